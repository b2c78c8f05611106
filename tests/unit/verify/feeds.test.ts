import { describe, expect, it } from "vitest";
import {
  activeHtmlFindings,
  checkAtomEntries,
  checkJsonFeedItems,
} from "../../../src/verify/feeds.ts";

const holds = (where: string, finding: string) =>
  `${where} holds ${finding}, which feed readers may run: no feed may carry it`;

describe("activeHtmlFindings", () => {
  it.each([
    ['<p>Plain <a href="https://example.org/">text</a></p>', []],
    ["no markup at all, javascript: in prose", []],
    [
      '<noscript>x</noscript><svg><a><animate attributeName="href" values="javascript:x"/></a></svg><a href="javascript:x">y</a>',
      ["<noscript>", "animation of href on <animate>", "javascript: URL in href= on <a>"],
    ],
    [
      '<img src="a.png" onerror="x"><img src="b.png" onerror="y">',
      ["event handler onerror= on <img>"],
    ],
    ['<iframe srcdoc="x"></iframe>', ["<iframe>", "srcdoc= on <iframe>"]],
  ])("finds in %s: %j", (html, findings) => {
    expect(activeHtmlFindings(html)).toEqual(findings);
  });
});

describe("checkAtomEntries", () => {
  const feed = (entries: string) =>
    `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${entries}\n</feed>\n`;

  it("reports each finding of an html or xhtml <content> or <summary> at its line", () => {
    const xml = feed(
      [
        '<entry><content type="html">&lt;p&gt;fine&lt;/p&gt;</content></entry>',
        '<entry><summary type="html"><![CDATA[<script>x</script>]]></summary>',
        '<content type="html">&lt;a href="java&amp;#09;script:x"&gt;y&lt;/a&gt;</content></entry>',
      ].join("\n"),
    );
    expect(checkAtomEntries(xml, "feed.xml")).toEqual([
      { file: "feed.xml", line: 4, message: holds("<summary>", "<script>"), check: "feed" },
      {
        file: "feed.xml",
        line: 5,
        message: holds("<content>", "javascript: URL in href= on <a>"),
        check: "feed",
      },
    ]);
  });

  it("leaves text content, and files that are not Atom feeds", () => {
    expect(
      checkAtomEntries(feed("<entry><content>&lt;script&gt;</content></entry>"), "f.xml"),
    ).toEqual([]);
    expect(
      checkAtomEntries(
        '<urlset><content type="html">&lt;script&gt;</content></urlset>',
        "sitemap.xml",
      ),
    ).toEqual([]);
  });

  it("reports what it read before XML that is not well-formed, and no more", () => {
    const xml = feed(
      '<entry><content type="html">&lt;style&gt;</content></entry>\n<entry><content type="html">&lt;script&gt; & </content>',
    );
    expect(checkAtomEntries(xml, "feed.xml").map((problem) => problem.message)).toEqual([
      holds("<content>", "<style>"),
    ]);
  });
});

describe("checkJsonFeedItems", () => {
  const jsonFeed = (items: string) =>
    `{\n"version": "https://jsonfeed.org/version/1.1",\n"items": [\n${items}\n]\n}`;

  it("reports each finding at the line of its item's content_html", () => {
    const text = jsonFeed(
      [
        '{"id": "a", "content_html": "<p>fine</p>"},',
        '{"id": "b", "content_html": "<form></form>"}',
      ].join("\n"),
    );
    expect(checkJsonFeedItems(text, "feed.json")).toEqual([
      { file: "feed.json", line: 5, message: holds('"content_html"', "<form>"), check: "feed" },
    ]);
  });

  it.each([
    ["JSON that does not parse", '{"version": "https://jsonfeed.org/version/1.1",'],
    ["JSON that is not a JSON Feed", '{"items": [{"content_html": "<script></script>"}]}'],
    ["a feed without items", '{"version": "https://jsonfeed.org/version/1.1"}'],
  ])("gives [] for %s", (_, text) => {
    expect(checkJsonFeedItems(text, "x.json")).toEqual([]);
  });
});
