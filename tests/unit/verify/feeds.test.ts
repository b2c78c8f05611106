import { describe, expect, it } from "vitest";
import {
  activeHtmlFindings,
  checkAtomEntries,
  checkFeedSelf,
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

describe("checkFeedSelf", () => {
  const atom = (href: string) =>
    `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>x</title>\n${href}\n<entry><link href="https://example.org/x/" rel="self"/></entry>\n</feed>\n`;
  const json = (feedUrl: string | undefined) =>
    JSON.stringify(
      {
        version: "https://jsonfeed.org/version/1.1",
        title: "x",
        ...(feedUrl === undefined ? {} : { feed_url: feedUrl }),
        items: [],
      },
      null,
      2,
    );
  const at = (file: string, text: string, prefix = "/basra-blog/") =>
    checkFeedSelf(text, file, prefix, "https://example.org").map(
      (problem) => `${problem.file}:${problem.line}: [${problem.check}] ${problem.message}`,
    );

  it.each([
    ["feed.xml", atom('<link href="https://example.org/basra-blog/feed.xml" rel="self"/>')],
    [
      "authors/علي-حسن/feed.xml",
      atom(
        '<link rel="self" href="https://example.org/basra-blog/authors/%D8%B9%D9%84%D9%8A-%D8%AD%D8%B3%D9%86/feed.xml"/>',
      ),
    ],
    ["series/battle/feed.json", json("https://example.org/basra-blog/series/battle/feed.json")],
    ["sitemap.xml", '<?xml version="1.0"?><urlset><link rel="self" href="x"/></urlset>'],
    ["search.json", '{"pages": []}'],
    ["broken.xml", "<feed><link rel='self'"],
  ])("accepts %s", (file, text) => {
    expect(at(file, text)).toEqual([]);
  });

  it.each([
    [
      "authors/ali-hassan/feed.xml",
      atom('<link href="https://example.org/basra-blog/tags/iraq/feed.xml" rel="self"/>'),
      `authors/ali-hassan/feed.xml:4: [feed] the feed's <link rel="self"> is https://example.org/basra-blog/tags/iraq/feed.xml, but the feed is at https://example.org/basra-blog/authors/ali-hassan/feed.xml: feed readers would follow it to another address`,
    ],
    [
      "feed.xml",
      atom('<link href="https://example.org/feed.xml" rel="self"/>'),
      `feed.xml:4: [feed] the feed's <link rel="self"> is https://example.org/feed.xml, but the feed is at https://example.org/basra-blog/feed.xml: feed readers would follow it to another address`,
    ],
    [
      "feed.xml",
      atom('<link href="https://example.org/basra-blog/" rel="alternate"/>'),
      `feed.xml:1: [feed] the feed has no <link rel="self">: feed readers cannot tell it is at https://example.org/basra-blog/feed.xml`,
    ],
    [
      "series/battle/feed.json",
      json(undefined),
      `series/battle/feed.json:1: [feed] the feed has no "feed_url": feed readers cannot tell it is at https://example.org/basra-blog/series/battle/feed.json`,
    ],
    [
      "series/battle/feed.json",
      json("https://example.org/basra-blog/feed.json"),
      `series/battle/feed.json:4: [feed] the feed's "feed_url" is https://example.org/basra-blog/feed.json, but the feed is at https://example.org/basra-blog/series/battle/feed.json: feed readers would follow it to another address`,
    ],
  ])("reports %s when its self link is not its address", (file, text, problem) => {
    expect(at(file, text)).toEqual([problem]);
  });
});
