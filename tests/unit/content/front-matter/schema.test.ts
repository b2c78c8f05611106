import { describe, expect, it } from "vitest";
import {
  correctionSchema,
  isLanguageTag,
  postSchema,
} from "../../../../src/content/front-matter/schema.ts";
import { canonicalLanguageTag } from "../../../../src/i18n/direction.ts";

describe("postSchema", () => {
  it("keeps dates as the text the author wrote and passes unknown fields through", () => {
    const data = { title: "Basra", date: "2008-03-27T14:30", extra: 1 };
    expect(postSchema.parse(data)).toEqual(data);
  });

  it.each([
    [{ title: "T", date: "2008-02-30" }, ["date"]],
    [{ title: " ", date: "2008-03-27" }, ["title"]],
    [
      { title: "T", date: "2008-03-27", location: { name: "B", coordinates: [200, 0] } },
      ["location", "coordinates", 0],
    ],
    [
      {
        title: "T",
        date: "2008-03-27",
        citations: [{ title: "A", publisher: "B", url: "ftp://x" }],
      },
      ["citations", 0, "url"],
    ],
  ])("refuses %j at %j", (data, path) => {
    const result = postSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([path]);
  });

  it("gives a correction the kind correction by default", () => {
    expect(correctionSchema.parse({ date: "2008-03-28", text: "Fixed." })).toEqual({
      date: "2008-03-28",
      text: "Fixed.",
      kind: "correction",
    });
  });

  it("lists Dispatch's fields in the order of the schema", () => {
    expect(Object.keys(postSchema.shape).slice(0, 4)).toEqual([
      "title",
      "date",
      "updated",
      "draft",
    ]);
  });
});

describe("isLanguageTag", () => {
  // Front matter accepts exactly the tags pages are written in: a tag `Intl` reads but no page
  // could carry (a language subtag of 5 to 8 letters, such as "arabic") is refused up front.
  it.each([
    ["ar", true],
    ["fr-CA", true],
    ["ku-Arab", true],
    ["zh-Hant-TW", true],
    ["arabic", false],
    ["abcde", false],
    ["ar_IQ", false],
    ["", false],
  ])("%j → %s, as canonicalLanguageTag decides", (tag, expected) => {
    expect([isLanguageTag(tag), canonicalLanguageTag(tag) !== undefined]).toEqual([
      expected,
      expected,
    ]);
  });
});
