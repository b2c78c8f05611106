import { describe, expect, it } from "vitest";
import {
  aliasesLine,
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
