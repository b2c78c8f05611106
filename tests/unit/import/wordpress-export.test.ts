import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { planPost, readManifest, sha256, writeManifest } from "../../../src/import/manifest.ts";
import {
  convertExport,
  decodePostName,
  itemTags,
  oldPath,
  oldUrlKey,
  skippedSummary,
  wordpressDate,
} from "../../../src/import/post/convert-export.ts";
import { decodeExport, ImportError, parseWxr } from "../../../src/import/export/wxr.ts";

const fixture = readFileSync(
  path.resolve(import.meta.dirname, "../../fixtures/wordpress/export.xml"),
  "utf8",
);

describe("reading a WordPress export", () => {
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
      "just text",
      "export.xml:1: this is not XML (char 'j' is not expected.). Fix: export the site again in WordPress, Tools → Export, and give the .xml file it saves",
    ],
    [
      "<rss><channel><title>Feed</title></channel></rss>",
      "export.xml is XML but not a WordPress export (WXR): it has no <rss><channel> with <wp:wxr_version>. Fix: in WordPress, use Tools → Export → All content, and give the .xml file it saves",
    ],
  ])("refuses %s with the fix", (xml, message) => {
    expect(() => parseWxr(xml, "export.xml")).toThrow(new ImportError(message));
  });

  it.each([
    ["ISO-8859-1", [0x43, 0x61, 0x66, 0xe9], "Café"],
    ["windows-1252", [0x93, 0x43, 0x61, 0x66, 0xe9, 0x94], "“Café”"],
    ["windows-1256", [0xc7, 0xe1, 0xc8, 0xd5, 0xd1, 0xc9], "البصرة"],
  ])("decodes an export declared in %s", (encoding, bytes, text) => {
    const head = `<?xml version="1.0" encoding="${encoding}" ?>\n<t>`;
    const file = Uint8Array.from([...Buffer.from(head, "latin1"), ...bytes]);
    expect(decodeExport(file, "export.xml")).toBe(`${head}${text}`);
  });

  it("decodes UTF-16 by its byte-order mark, and UTF-8 with or without one", () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><t>البصرة</t>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")]);
    expect(decodeExport(le, "export.xml")).toBe(xml);
    const utf8 = '<?xml version="1.0"?><t>البصرة</t>';
    expect(decodeExport(Buffer.from(`\uFEFF${utf8}`), "export.xml")).toBe(utf8);
    expect(decodeExport(Buffer.from(utf8), "export.xml")).toBe(utf8);
  });

  it("refuses an encoding it cannot read, with the fix", () => {
    expect(() =>
      decodeExport(Buffer.from('<?xml version="1.0" encoding="x-mac-klingon"?>'), "export.xml"),
    ).toThrow(
      new ImportError(
        'export.xml:1: the export says its encoding is "x-mac-klingon", which the import cannot read. Fix: save the file as UTF-8 (and write encoding="UTF-8" in its first line), or export it again from WordPress',
      ),
    );
  });
});

describe("WordPress posts as Dispatch posts", () => {
  it.each([
    ["2008-03-27 10:32:00", "2008-03-27 14:32:00", "2008-03-27T10:32:00-04:00"],
    ["2008-03-27 17:02:00", "2008-03-27 13:32:00", "2008-03-27T17:02:00+03:30"],
    ["2008-03-27 12:00:00", "2008-03-27 12:00:00", "2008-03-27T12:00:00+00:00"],
    ["2008-04-02 12:00:00", "0000-00-00 00:00:00", "2008-04-02T12:00:00"],
    ["0000-00-00 00:00:00", "0000-00-00 00:00:00", undefined],
  ])("date %s with GMT %s → %s", (local, gmt, date) => {
    expect(wordpressDate(local, gmt)).toBe(date);
  });

  it.each([
    ["http://blog.example.org/2008/03/27/basra/", "/2008/03/27/basra/"],
    [
      "http://blog.example.org/2008/03/27/%d8%a7%d9%84%d8%a8%d8%b5%d8%b1%d8%a9/",
      "/2008/03/27/البصرة/",
    ],
    ["http://blog.example.org/?p=107", undefined],
    ["not a url", undefined],
  ])("old path of %s → %s", (link, alias) => {
    expect(oldPath(link)).toBe(alias);
  });

  it.each([
    ["http://old.example.org/blog/2008/03/27/x/", "http://old.example.org/blog", "/2008/03/27/x/"],
    ["http://old.example.org/blog/2008/03/27/x/", "http://old.example.org/blog/", "/2008/03/27/x/"],
    ["http://old.example.org/blog/", "http://old.example.org/blog", undefined],
    ["http://old.example.org/blogroll/x/", "http://old.example.org/blog", "/blogroll/x/"],
  ])("old path of %s in a blog at %s → %s", (link, siteUrl, alias) => {
    expect(oldPath(link, siteUrl)).toBe(alias);
  });

  it.each([
    ["%d8%a7%d9%84%d8%a8%d8%b5%d8%b1%d8%a9", "البصرة"],
    ["%d8%a7%d9%84%d8%a8%d8%b5%d8%b1%d8", "البصر"],
    ["%d8%a7%d9%84%d8%a8%d8%b5%d8%b1%d", "البصر"],
    ["plain-slug", "plain-slug"],
  ])("wp:post_name %s decodes to %s", (name, decoded) => {
    expect(decodePostName(name)).toBe(decoded);
  });

  it.each([
    ["https://www.Example.org/2008/03/27/x", undefined, "example.org/2008/03/27/x/"],
    ["/blog/2008/03/27/x/", "http://example.org/", "example.org/blog/2008/03/27/x/"],
    ["http://example.org/blog/?p=12&share=1", undefined, "example.org/blog/?p=12"],
    ["mailto:desk@example.org", undefined, undefined],
  ])("old URL %s (base %s) has the key %s", (url, base, key) => {
    expect(oldUrlKey(url, base)).toBe(key);
  });

  it("takes categories then tags, without Uncategorized, each once", () => {
    const terms = [
      { domain: "post_tag", nicename: "basra", name: "Basra" },
      { domain: "category", nicename: "uncategorized", name: "Uncategorized" },
      { domain: "category", nicename: "iraq", name: "Iraq" },
      { domain: "post_tag", nicename: "iraq-2", name: "iraq" },
    ];
    expect(itemTags({ terms } as Parameters<typeof itemTags>[0])).toEqual(["Iraq", "Basra"]);
  });

  it("unescapes tag names and keeps one of two names with one tag page, the first", () => {
    const terms = [
      { domain: "post_tag", nicename: "iraq", name: "Iraq" },
      { domain: "post_tag", nicename: "iraq-2", name: "Iraq!" },
      { domain: "post_tag", nicename: "war-peace", name: "War &amp; Peace" },
    ];
    expect(itemTags({ terms } as Parameters<typeof itemTags>[0])).toEqual(["Iraq", "War & Peace"]);
  });

  it("merges tags that would share a page across posts, with the first post's spelling", () => {
    const hard = readFileSync(
      path.resolve(import.meta.dirname, "../../fixtures/wordpress/hard-cases.xml"),
      "utf8",
    );
    const { posts } = convertExport(parseWxr(hard, "hard-cases.xml"));
    expect(posts.map((post) => /^tags: .*$/m.exec(post.text)?.[0])).toEqual([
      'tags: ["Iraq", "War & Peace"]',
      'tags: ["Iraq"]',
      undefined,
      undefined,
    ]);
  });

  it("lets a post keep its own wp:post_name over an earlier post's title, and avoids reserved slugs", () => {
    const wxr = parseWxr(fixture, "export.xml");
    const [first, second] = wxr.items;
    const items = [
      { ...first!, title: "Same title", postName: "" },
      { ...second!, title: "Other", postName: "same-title" },
    ];
    const { posts } = convertExport(
      { ...wxr, items },
      { reservedSlugs: new Set(["same-title-2"]) },
    );
    expect(posts.map((post) => post.slug)).toEqual(["same-title-3", "same-title"]);
  });

  it("imports published posts, gives equal titles distinct slugs and skips the rest", () => {
    const { posts, skipped } = convertExport(parseWxr(fixture, "export.xml"));
    expect(posts.map((post) => post.slug)).toEqual([
      "continuing-battle-for-the-south-basra",
      "smoke-over-zubair",
      "residents-of-basra",
      "photographs-from-basra",
      "basra-the-ceasefire",
      "basra-the-ceasefire-2",
    ]);
    expect(skipped).toEqual([
      { id: "107", title: "Notes on the Basra police", reason: "draft" },
      { id: "2", title: "About", reason: "page" },
      { id: "12", title: "zubair", reason: "attachment" },
    ]);
    expect(posts[0]?.text.split("\n").slice(0, 10)).toEqual([
      "---",
      'title: "Continuing Battle for the South: Basra"',
      'date: "2008-03-27T10:32:00-04:00"',
      'author: "The Iraq Desk"',
      `summary: "Militants have blown up a crude oil pipeline as the Iraqi government's offensive against the Mahdi Army in Basra falters."`,
      'tags: ["Iraq", "Basra", "Mahdi Army"]',
      'slug: "continuing-battle-for-the-south-basra"',
      'aliases: ["/2008/03/27/continuing-battle-for-the-south-basra/"]',
      "---",
      "",
    ]);
    expect(posts[3]?.unconverted).toEqual([
      { line: 11, name: "gallery", text: '[gallery ids="12,13,14" columns="3"]' },
      { line: 13, name: "pollvote", text: '[pollvote id="7"]' },
    ]);
  });

  it("imports drafts with --drafts, as drafts, and keeps earlier slugs", () => {
    const { posts } = convertExport(parseWxr(fixture, "export.xml"), {
      drafts: true,
      previousSlugs: new Map([["106", "ceasefire-holds"]]),
    });
    const draft = posts.find((post) => post.id === "107");
    expect(draft?.slug).toBe("notes-on-the-basra-police");
    expect(draft?.text).toContain(
      'date: "2008-04-02T12:00:00"\nauthor: "The Iraq Desk"\nslug: "notes-on-the-basra-police"\ndraft: true\n---\n',
    );
    expect(posts.find((post) => post.id === "106")?.slug).toBe("ceasefire-holds");
    expect(posts.find((post) => post.id === "105")?.slug).toBe("basra-the-ceasefire");
  });
});

describe("the summary of skipped items", () => {
  it.each([
    [["draft"], "Skipped 1 item: 1 draft."],
    [["draft", "page", "draft", "trash", "trash"], "Skipped 5 items: 2 drafts, 1 page, 2 trash."],
    [
      ["attachment", "attachment", "nav_menu_item"],
      "Skipped 3 items: 2 attachments, 1 nav_menu_item.",
    ],
  ])("%j → %s", (reasons, sentence) => {
    expect(skippedSummary(reasons.map((reason) => ({ id: "1", title: "T", reason })))).toBe(
      sentence,
    );
  });
});

describe("re-importing", () => {
  const text = "---\ntitle: A\n---\n";
  it.each([
    ["no file yet", undefined, undefined, false, "write"],
    ["the same text", text, { sha256: "x" }, false, "unchanged"],
    [
      "untouched since the last import, export changed",
      "old",
      { sha256: sha256("old") },
      false,
      "update",
    ],
    ["edited since the last import", "edited", { sha256: sha256("old") }, false, "keep"],
    ["edited, with --force", "edited", { sha256: sha256("old") }, true, "overwrite"],
    ["a file the import did not write", "mine", undefined, false, "keep"],
    ["a file the import did not write, with --force", "mine", undefined, true, "keep"],
    ["deleted since the last import", undefined, { sha256: sha256("old") }, false, "deleted"],
    ["deleted since the last import, with --force", undefined, { sha256: "x" }, true, "write"],
  ])("%s → %s", (_what, existing, recorded, force, action) => {
    expect(planPost(text, existing, recorded, force)).toBe(action);
  });

  it("writes the manifest in post-id order, and reads back what it wrote", () => {
    const manifest = {
      version: 1 as const,
      posts: { "12": { slug: "b", sha256: "2" }, "9": { slug: "a", sha256: "1" } },
    };
    const written = writeManifest(manifest);
    expect(written).toBe(
      '{\n  "version": 1,\n  "posts": {\n    "9": {\n      "slug": "a",\n      "sha256": "1"\n    },\n    "12": {\n      "slug": "b",\n      "sha256": "2"\n    }\n  }\n}\n',
    );
    expect(readManifest(written)).toEqual(manifest);
    expect(readManifest("not json")).toEqual({ version: 1, posts: {} });
  });
});
