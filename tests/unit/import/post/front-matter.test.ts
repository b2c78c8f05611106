import { describe, expect, it } from "vitest";
import {
  aliasesLine,
  feedIdFromGuid,
  feedIds,
  fieldLine,
  frontMatterHead,
} from "../../../../src/import/post/front-matter.ts";
import { wxrItem } from "../../../helpers/wxr-item.ts";

const wxr = { siteUrl: "http://o.org", authors: new Map([["desk", "The &amp; Desk"]]), items: [] };

describe("an imported post's front matter", () => {
  it("writes title, date, author, summary, tags, series and slug, each quoted", () => {
    const item = wxrItem({
      excerpt: "<p>A <b>short</b> summary.</p>",
      terms: [
        { domain: "post_tag", nicename: "iraq", name: "IRAQ" },
        { domain: "series", nicename: "s", name: "Siege" },
      ],
    });
    const fields = {
      title: "Basra: 1984",
      date: "2008-03-27T10:00:00+00:00",
      slug: "basra",
      series: ["Siege"],
    };
    expect(frontMatterHead(item, fields, wxr, new Map([["iraq", "Iraq"]]))).toEqual([
      "---",
      'title: "Basra: 1984"',
      'date: "2008-03-27T10:00:00+00:00"',
      'author: "The & Desk"',
      'summary: "A short summary."',
      'tags: ["Iraq"]',
      'series: "Siege"',
      'slug: "basra"',
    ]);
  });

  it("leaves out an author, summary, tags and series it does not have", () => {
    const item = wxrItem({ creator: "" });
    const fields = { title: "T", date: "2008-03-27T10:00:00", slug: "t", series: [] };
    expect(frontMatterHead(item, fields, wxr, new Map())).toEqual([
      "---",
      'title: "T"',
      'date: "2008-03-27T10:00:00"',
      'slug: "t"',
    ]);
  });

  it("writes an alias and finds a field's line", () => {
    expect(aliasesLine('/2008/03/27/"x"/')).toBe('aliases: ["/2008/03/27/\\"x\\"/"]');
    expect(fieldLine(["---", 'title: "T"', 'slug: "t"'], "slug")).toBe(3);
    expect(fieldLine(["---"], "series")).toBe(0);
  });
});

describe("the feed id from the guid", () => {
  it("writes the guid as id: after slug:, quoted for YAML", () => {
    const item = wxrItem({ creator: "", guid: "http://old.example.org/?p=12" });
    const fields = { title: "T", date: "2008-03-27T10:00:00", slug: "t", series: [] };
    const id = feedIdFromGuid(item.guid);
    expect(frontMatterHead(item, { ...fields, id }, wxr, new Map())).toEqual([
      "---",
      'title: "T"',
      'date: "2008-03-27T10:00:00"',
      'slug: "t"',
      'id: "http://old.example.org/?p=12"',
    ]);
  });

  it.each([
    ["http://old.example.org/?p=12", "http://old.example.org/?p=12"],
    ["http://old.example.org/?p=12&#038;lang=ar", "http://old.example.org/?p=12&lang=ar"],
    ["http://old.example.org/?p=12&#x26;lang=ar&#0;", "http://old.example.org/?p=12&lang=ar&#0;"],
    ["  http://old.example.org/?p=12&lang=ar \n", "http://old.example.org/?p=12&lang=ar"],
    ['http://old.example.org/?p=12#"x"', "http://old.example.org/?p=12#%22x%22"],
    ["http://old.example.org/a b/", "http://old.example.org/a%20b/"],
    ["http://old.example.org/البصرة/", "http://old.example.org/البصرة/"],
    ["tag:old.example.org,2008:12", "tag:old.example.org,2008:12"],
    ["", undefined],
    ["   ", undefined],
    ["12", undefined],
    ["/?p=12", undefined],
  ])("the guid %j gives the id %j", (guid, id) => {
    expect(feedIdFromGuid(guid)).toBe(id);
  });

  it("gives a guid two items share to the first only", () => {
    const first = wxrItem({ id: "1", guid: "http://o.org/?p=1" });
    const again = wxrItem({ id: "1", guid: "http://o.org/?p=1" });
    const other = wxrItem({ id: "2", guid: "http://o.org/?p=2" });
    const none = wxrItem({ id: "3", guid: "" });
    const ids = feedIds([first, again, other, none]);
    expect([first, again, other, none].map((item) => ids.get(item))).toEqual([
      "http://o.org/?p=1",
      undefined,
      "http://o.org/?p=2",
      undefined,
    ]);
  });
});
