import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exampleTagIdProblems, tagIdAuthority } from "../../../src/verify/feed-id-authority.ts";

const root = mkdtempSync(path.join(tmpdir(), "dispatch-feed-id-authority-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** An output folder whose feed.xml holds entries with these ids. */
function output(ids: string[]): string {
  const dir = mkdtempSync(path.join(root, "site-"));
  mkdirSync(dir, { recursive: true });
  const entries = ids.map((id) => `  <entry>\n    <id>${id}</id>\n  </entry>`).join("\n");
  writeFileSync(
    path.join(dir, "feed.xml"),
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <id>tag:example.org,2008:feed</id>\n${entries}\n</feed>\n`,
  );
  return dir;
}

describe("tagIdAuthority", () => {
  it.each<[string, string | undefined]>([
    ["tag:example.org,2008-03-27:basra", "example.org"],
    ["tag:Desk@Example.org,2008:x", "desk@example.org"],
    ["https://dispatch.test/posts/basra/", undefined],
    ["urn:uuid:1", undefined],
  ])("%s: %s", (id, authority) => {
    expect(tagIdAuthority(id)).toBe(authority);
  });
});

describe("exampleTagIdProblems", () => {
  it("reports the first entry id named for an example domain, on its line", () => {
    expect(
      exampleTagIdProblems(
        output([
          "tag:dispatch.test,2008-03-26:a",
          "tag:example.org,2008-03-27:basra",
          "tag:example.org,2008-03-28:b",
        ]),
        "https://dispatch.test",
      ),
    ).toEqual([
      {
        file: "feed.xml",
        line: 8,
        check: "feed-id",
        message: `the feed id "tag:example.org,2008-03-27:basra" is named for example.org, a domain reserved for examples (tagAuthority in src/site.ts); feed readers keep ids for ever, so every post would change id once it is set. Fix: set tagAuthority in src/site.ts to the site's own domain name before the first deploy`,
      },
    ]);
  });

  it.each<[string, string[], string | undefined]>([
    [
      "ids of the site's own domain",
      ["tag:dispatch.test,2008-03-27:basra"],
      "https://dispatch.test",
    ],
    ["ids that are URLs", ["https://example.org/posts/basra/"], "https://dispatch.test"],
    [
      "the example URL's own host, which the site-url check reports",
      ["tag:example.org,2008-03-27:basra"],
      "https://example.org",
    ],
  ])("finds nothing for %s", (_case, ids, siteUrl) => {
    expect(exampleTagIdProblems(output(ids), siteUrl)).toEqual([]);
  });

  it("finds nothing without a feed", () => {
    expect(exampleTagIdProblems(mkdtempSync(path.join(root, "empty-")))).toEqual([]);
  });
});
