import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkJson } from "../../../src/verify/json.ts";
import { verifySite } from "../../../src/verify/index.ts";

const sites = path.resolve(import.meta.dirname, "../../fixtures/sites");

describe("checkJson", () => {
  it("finds nothing wrong with strict JSON", () => {
    expect(checkJson('{"items": [], "title": "a \\u003c b"}', "feed.json")).toEqual([]);
  });

  it.each([
    ['{\n  "a": 1,\n  "b": \n}', 4, "ValueExpected"],
    ['{\n  // comment\n  "a": 1\n}', 2, "InvalidCommentToken"],
    ["{\n  'a': 1\n}", 2, "InvalidSymbol"],
  ])("reports %j at line %i: %s", (text, line, code) => {
    expect(checkJson(text, "feed.json")[0]).toEqual({
      file: "feed.json",
      line,
      message: `not valid JSON: ${code}`,
      check: "json",
    });
  });
});

describe("verifySite on JSON files", () => {
  it("reports each trailing comma of a JSON Feed with its line", async () => {
    const found = (await verifySite(path.join(sites, "invalid-json-feed"), "/")).map(
      (p) => `${p.file}:${p.line}: [${p.check}] ${p.message}`,
    );
    expect(found).toEqual([
      "feed.json:5: [json] not valid JSON: PropertyNameExpected",
      "feed.json:6: [json] not valid JSON: ValueExpected",
    ]);
  });
});
