import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseWxr } from "../../../../src/import/export/wxr.ts";
import { importErrorOf } from "../../../helpers/import-error.ts";

const fixture = readFileSync(
  path.resolve(import.meta.dirname, "../../../fixtures/wordpress/export.xml"),
  "utf8",
);

describe("reading a WordPress export (WXR)", () => {
  it("reads authors and items, every value as text", () => {
    const wxr = parseWxr(fixture, "export.xml");
    expect(wxr.authors).toEqual(new Map([["iraqdesk", "The Iraq Desk"]]));
    expect(wxr.items.map((item) => [item.id, item.postType, item.status])).toEqual([
      ["101", "post", "publish"],
      ["102", "post", "publish"],
      ["103", "post", "publish"],
      ["104", "post", "publish"],
      ["105", "post", "publish"],
      ["106", "post", "publish"],
      ["107", "post", "draft"],
      ["2", "page", "publish"],
      ["12", "attachment", "inherit"],
    ]);
  });

  it.each([
    [
      "<rss>\n<item></itm>\n</rss>",
      "export.xml:2: this is not XML (Expected closing tag 'item' (opened in line 2, col 1) instead of closing tag 'itm'.). Fix: export the site again in WordPress, Tools → Export, and give the .xml file it saves",
    ],
    [
      '<rss version="2.0">\n<channel>\n<wp:wxr_version>1.2</wp:wxr_version>\n<item><title>Basra</title>\n<content:encoded>The port',
      "export.xml:5: ends inside <rss><channel><item><content:encoded>, so the export was cut short (a whole export ends with </rss>). Fix: export the site again in WordPress, Tools → Export, and check the download finished (the file's last line is </rss>)",
    ],
    [
      '<rss version="2.0">\n<channel>\n<wp:wxr_version>1.2</wp:wxr_version>\n<item><title>Basra</title></item>\n</wp',
      "export.xml:5: ends before </rss>, so the export was cut short (a whole export ends with </rss>). Fix: export the site again in WordPress, Tools → Export, and check the download finished (the file's last line is </rss>)",
    ],
    [
      "just text",
      "export.xml:1: this is not XML (char 'j' is not expected.). Fix: export the site again in WordPress, Tools → Export, and give the .xml file it saves",
    ],
    [
      "<rss><channel><title>Feed</title></channel></rss>",
      "export.xml is XML but not a WordPress export (WXR): it has no <rss><channel> with <wp:wxr_version>. Fix: in WordPress, use Tools → Export → All content, and give the .xml file it saves",
    ],
  ])("refuses %s with the fix", (xml, message) => {
    expect(importErrorOf(() => parseWxr(xml, "export.xml")).message).toBe(message);
  });

  it("reads post meta, comments and a password from the export", () => {
    const wxr = parseWxr(
      "<rss><channel><wp:wxr_version>1.2</wp:wxr_version><item><wp:post_id>9</wp:post_id><wp:post_password>pw</wp:post_password><wp:postmeta><wp:meta_key>footnotes</wp:meta_key><wp:meta_value>[]</wp:meta_value></wp:postmeta><wp:comment><wp:comment_id>1</wp:comment_id></wp:comment></item></channel></rss>",
      "e.xml",
    );
    expect([
      wxr.items[0]?.password,
      wxr.items[0]?.meta.get("footnotes"),
      wxr.items[0]?.comments,
    ]).toEqual(["pw", "[]", 1]);
  });
});
