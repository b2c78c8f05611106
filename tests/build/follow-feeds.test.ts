import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseAtomFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { buildSite, projectRoot, readPage, runVerify } from "../helpers/build-site.ts";

const base = "https://dispatch.test/basra-blog";
const arabic = "علي-حسن";
const series = "Battle for the South: Basra & <Beyond>";
const seriesSlug = "battle-for-the-south-basra-beyond";
const url = (folder: string) => `${base}/posts/${folder}/`;

/** What a JSON Feed 1.1 file holds, as the test reads it. */
interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  authors: { name: string; url?: string }[];
  items: { id: string; url: string; title: string; content_html: string }[];
}

describe("feeds of each author, series and topic, on a site built for /basra-blog/", () => {
  // Four posts by two authors (one named in Arabic, one spelt two ways), three of them parts of
  // a series whose name needs escaping; two co-written posts, one with a byline written as text
  // ("James Glanz and Michael Kamber"), one in Arabic with a list of names; three posts a feed.
  const site = buildSite({
    posts: path.join(projectRoot, "tests/fixtures/posts/follow-feeds"),
    args: ["--pathprefix=/basra-blog/"],
    site: {
      lists: { feedItems: 3 },
      authors: [
        { name: "Ali Hassan", bio: "Basra correspondent.", url: "https://example.net/ali" },
        { name: "Sam Listed" },
      ],
    },
  });
  const read = (file: string) => readFileSync(path.join(site.output, file), "utf8");
  const atom = (file: string) => parseAtomFeed(read(file));
  const json = (file: string) => JSON.parse(read(file)) as JsonFeed;
  /** The site's feed ids by post URL, from the main Atom feed. */
  const mainIds = () =>
    new Map((atom("feed.xml").entries ?? []).map((entry) => [entry.links?.[0]?.href, entry.id]));

  it("builds, and npm run verify passes with every new feed checked", () => {
    // The one warning of a build under a prefix: robots.txt is read only at the host's root.
    expect(site.stderr).toMatch(
      /^build: warning: crawlers read robots\.txt only at the root[^\n]*\n$/,
    );
    expect(site.exitCode).toBe(0);
    const verify = runVerify(site.root);
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });

  it("writes an Atom feed and a JSON Feed beside every author, series and topic page, nowhere else", () => {
    const feeds = readdirSync(site.output, { recursive: true, encoding: "utf8" })
      .map((file) => file.split(path.sep).join("/"))
      .filter((file) => /(^|\/)feed\.(xml|json)$/.test(file))
      .sort();
    const pair = (folder: string) => [`${folder}/feed.json`, `${folder}/feed.xml`];
    expect(feeds).toEqual(
      [
        ...pair("authors/ali-hassan"),
        ...pair("authors/james-glanz"),
        ...pair("authors/michael-kamber"),
        ...pair("authors/sam-listed"),
        ...pair(`authors/${arabic}`),
        "feed.json",
        "feed.xml",
        ...pair(`series/${seriesSlug}`),
        ...pair("tags/basra"),
        ...pair("tags/iraq"),
        ...pair("tags/oil"),
      ].sort(),
    );
  });

  it.each([
    [
      "authors/ali-hassan",
      "Ali Hassan — Dispatch",
      "Basra correspondent.",
      ["d-outside", "c-part-three", "a-part-one"],
    ],
    [
      `authors/${arabic}`,
      "علي حسن — Dispatch",
      "Analysis by علي حسن, newest first.",
      ["b-part-two", "f-arabic"],
    ],
    [
      "authors/james-glanz",
      "James Glanz — Dispatch",
      "Analysis by James Glanz, newest first.",
      ["e-co-written"],
    ],
    [
      "authors/michael-kamber",
      "Michael Kamber — Dispatch",
      "Analysis by Michael Kamber, newest first.",
      ["e-co-written", "f-arabic"],
    ],
    [
      `series/${seriesSlug}`,
      `${series} — Dispatch`,
      `The parts of the series ${series}, newest first.`,
      ["c-part-three", "b-part-two", "a-part-one"],
    ],
    [
      "tags/iraq",
      "Iraq — Dispatch",
      "Analysis tagged Iraq, newest first.",
      ["b-part-two", "a-part-one"],
    ],
  ])(
    "%s: titled %s, its newest posts first, in Atom and JSON Feed alike",
    (folder, title, description, posts) => {
      const home = `${base}/${encodeURI(folder)}/`;
      const feed = atom(`${folder}/feed.xml`);
      expect({
        title: feed.title?.value,
        subtitle: feed.subtitle?.value,
        id: feed.id,
        links: feed.links,
        entries: feed.entries?.map((entry) => entry.links?.[0]?.href),
      }).toEqual({
        title,
        subtitle: description,
        id: home,
        links: [
          { href: `${home}feed.xml`, rel: "self", type: "application/atom+xml" },
          { href: home, rel: "alternate", type: "text/html" },
          // The site's licence (src/site.ts), in every Atom feed.
          { href: "https://creativecommons.org/licenses/by/4.0/", rel: "license" },
        ],
        entries: posts.map(url),
      });
      const document = json(`${folder}/feed.json`);
      expect({
        version: document.version,
        title: document.title,
        description: document.description,
        home: document.home_page_url,
        self: document.feed_url,
        items: document.items.map((item) => item.url),
      }).toEqual({
        version: "https://jsonfeed.org/version/1.1",
        title,
        description,
        home,
        self: `${home}feed.json`,
        items: posts.map(url),
      });
      expect(document.items.map((item) => item.id)).toEqual(feed.entries?.map((entry) => entry.id));
    },
  );

  it("gives each entry the id and the content the site's own feeds give the same post", () => {
    const ids = mainIds();
    expect([...ids.keys()]).toEqual(["d-outside", "c-part-three", "b-part-two"].map(url));
    const main = new Map(json("feed.json").items.map((item) => [item.url, item]));
    let compared = 0;
    for (const folder of [
      "authors/ali-hassan",
      `authors/${arabic}`,
      `series/${seriesSlug}`,
      "tags/basra",
    ]) {
      for (const entry of atom(`${folder}/feed.xml`).entries ?? []) {
        const link = entry.links?.[0]?.href ?? "";
        if (!ids.has(link)) continue;
        expect(entry.id).toBe(ids.get(link));
        compared++;
      }
      for (const item of json(`${folder}/feed.json`).items) {
        if (!main.has(item.url)) continue;
        expect(item.id).toBe(main.get(item.url)?.id);
        expect(item.content_html).toBe(main.get(item.url)?.content_html);
      }
    }
    // Ali Hassan: 2 of 3 (part 1 is not in the site's newest three), علي حسن: 1, the series: 2, Basra: 2.
    expect(compared).toBe(7);
    // An id written in front matter (a WordPress guid) is kept in every feed.
    expect(json(`authors/${arabic}/feed.json`).items[0]?.id).toBe("https://old.example.com/?p=42");
    expect(json(`series/${seriesSlug}/feed.json`).items.map((item) => item.content_html)).toEqual([
      expect.stringContaining("<p>Sadr called on his fighters to stand down.</p>"),
      expect.stringContaining("<p>The offensive stalled in the Hayaniya district.</p>"),
      expect.stringContaining("<p>Iraqi forces entered Basra at dawn.</p>"),
    ]);
  });

  it("names the author as the author of their feed, the publisher elsewhere", () => {
    const home = `${base}/authors/ali-hassan/`;
    expect(atom("authors/ali-hassan/feed.xml").authors).toEqual([
      { name: "Ali Hassan", uri: home },
    ]);
    expect(json("authors/ali-hassan/feed.json").authors).toEqual([
      { name: "Ali Hassan", url: home },
    ]);
    expect(atom(`series/${seriesSlug}/feed.xml`).authors).toEqual([{ name: "Dispatch" }]);
    expect(json("feed.json").authors).toEqual([{ name: "Dispatch" }]);
  });

  it("escapes a series name in the feed's XML and writes a feed for an author without posts", () => {
    expect(read(`series/${seriesSlug}/feed.xml`)).toContain(
      "<title>Battle for the South: Basra &amp; &lt;Beyond&gt; — Dispatch</title>",
    );
    const empty = atom("authors/sam-listed/feed.xml");
    expect({ updated: empty.updated, entries: empty.entries ?? [] }).toEqual({
      updated: "1970-01-01T00:00:00Z",
      entries: [],
    });
    expect(json("authors/sam-listed/feed.json").items).toEqual([]);
  });

  describe("a co-written post", () => {
    const coWritten = url("e-co-written");
    const arabicPost = url("f-arabic");
    const author = (slug: string, name: string) => ({
      name,
      uri: `${base}/authors/${encodeURIComponent(slug)}/`,
    });
    const glanz = author("james-glanz", "James Glanz");
    const kamber = author("michael-kamber", "Michael Kamber");

    it("has a page for each name of its byline, each listing it, and none for the byline whole", () => {
      expect(existsSync(path.join(site.output, "authors/james-glanz-and-michael-kamber"))).toBe(
        false,
      );
      const listed = (slug: string) =>
        [
          ...readPage(site.output, `/authors/${slug}/`).querySelectorAll("main .post-list-title a"),
        ].map((link) => link.getAttribute("href"));
      expect(listed("james-glanz")).toEqual(["/basra-blog/posts/e-co-written/"]);
      expect(listed("michael-kamber")).toEqual([
        "/basra-blog/posts/e-co-written/",
        "/basra-blog/posts/f-arabic/",
      ]);
      expect(listed(arabic)).toEqual([
        "/basra-blog/posts/b-part-two/",
        "/basra-blog/posts/f-arabic/",
      ]);
      const index = [
        ...readPage(site.output, "/authors/").querySelectorAll("main .author-index a"),
      ];
      expect(index.map((link) => link.textContent)).toEqual([
        "Ali Hassan",
        "James Glanz",
        "Michael Kamber",
        "Sam Listed",
        "علي حسن",
      ]);
    });

    it("gives its JSON-LD an array of Persons, each with their author page; one author stays one Person", () => {
      const article = (folder: string) =>
        [
          ...readPage(site.output, `/posts/${folder}/`).querySelectorAll(
            'script[type="application/ld+json"]',
          ),
        ]
          .map((script) => JSON.parse(script.textContent ?? "") as Record<string, unknown>)
          .find((node) => node["@type"] === "AnalysisNewsArticle");
      expect(article("e-co-written")?.author).toEqual([
        { "@type": "Person", name: "James Glanz", url: glanz.uri },
        { "@type": "Person", name: "Michael Kamber", url: kamber.uri },
      ]);
      expect(article("f-arabic")?.author).toEqual([
        { "@type": "Person", name: "علي حسن", url: author("علي-حسن", "").uri },
        { "@type": "Person", name: "Michael Kamber", url: kamber.uri },
      ]);
      expect(article("d-outside")?.author).toEqual({
        "@type": "Person",
        name: "Ali Hassan",
        url: `${base}/authors/ali-hassan/`,
        sameAs: "https://example.net/ali",
      });
      const meta = [
        ...readPage(site.output, "/posts/e-co-written/").querySelectorAll(
          'meta[property="article:author"]',
        ),
      ].map((tag) => tag.getAttribute("content"));
      expect(meta).toEqual([glanz.uri, kamber.uri]);
    });

    it.each(["authors/james-glanz", "authors/michael-kamber", "tags/oil"])(
      "is in %s's feeds with one Atom <author> and one JSON Feed author per name",
      (folder) => {
        const entry = atom(`${folder}/feed.xml`).entries?.find(
          (item) => item.links?.[0]?.href === coWritten,
        );
        expect(entry?.authors).toEqual([glanz, kamber]);
        const item = (
          json(`${folder}/feed.json`).items as { url: string; authors?: unknown }[]
        ).find((candidate) => candidate.url === coWritten);
        expect(item?.authors).toEqual([
          { name: glanz.name, url: glanz.uri },
          { name: kamber.name, url: kamber.uri },
        ]);
      },
    );

    it("keeps the names of a list whole in the feeds, in its order", () => {
      const entry = atom("authors/michael-kamber/feed.xml").entries?.find(
        (item) => item.links?.[0]?.href === arabicPost,
      );
      expect(entry?.authors).toEqual([author("علي-حسن", "علي حسن"), kamber]);
    });

    it.each([
      [
        "/posts/e-co-written/",
        ".post-header .byline .author",
        "By James Glanz and Michael Kamber",
        ["James Glanz", "/basra-blog/authors/james-glanz/"],
        ["Michael Kamber", "/basra-blog/authors/michael-kamber/"],
      ],
      [
        "/authors/michael-kamber/",
        ".post-list-item:first-child .byline .author",
        "By James Glanz and Michael Kamber",
        ["James Glanz", "/basra-blog/authors/james-glanz/"],
        ["Michael Kamber", "/basra-blog/authors/michael-kamber/"],
      ],
      [
        "/posts/f-arabic/",
        ".post-header .byline .author",
        "بقلم علي حسن وMichael Kamber",
        ["علي حسن", `/basra-blog/authors/${arabic}/`],
        ["Michael Kamber", "/basra-blog/authors/michael-kamber/"],
      ],
    ])(
      "%s: the byline reads %s, each name a link to its page",
      (page, selector, text, ...links) => {
        const byline = readPage(site.output, page).querySelector(selector);
        expect(byline?.textContent).toBe(text);
        expect(
          [...(byline?.querySelectorAll("a") ?? [])].map((link) => [
            link.textContent,
            decodeURI(link.getAttribute("href") ?? ""),
          ]),
        ).toEqual(links);
      },
    );

    it("marks an Arabic title in its Related analysis with its lang and dir", () => {
      const related = [
        ...readPage(site.output, "/posts/e-co-written/").querySelectorAll(".related-posts li a"),
      ].map((link) => [link.textContent, link.getAttribute("lang"), link.getAttribute("dir")]);
      expect(related).toContainEqual(["مقال بالعربية", "ar", "rtl"]);
      expect(related).toContainEqual(["Oil exports after Basra", null, null]);
    });
  });

  describe("the pages", () => {
    const siteFeeds = [
      ["application/atom+xml", "Dispatch", "/basra-blog/feed.xml"],
      ["application/feed+json", "Dispatch (JSON Feed)", "/basra-blog/feed.json"],
    ];
    const alternates = (urlPath: string) =>
      [...readPage(site.output, urlPath).querySelectorAll('head link[rel="alternate"]')].map(
        (link) => [
          link.getAttribute("type"),
          link.getAttribute("title"),
          link.getAttribute("href"),
        ],
      );
    const own = (folder: string, title: string) => [
      ["application/atom+xml", title, `/basra-blog/${encodeURI(folder)}/feed.xml`],
      [
        "application/feed+json",
        `${title} (JSON Feed)`,
        `/basra-blog/${encodeURI(folder)}/feed.json`,
      ],
    ];

    it.each([
      ["/authors/ali-hassan/", own("authors/ali-hassan", "Ali Hassan — Dispatch")],
      [`/authors/${arabic}/`, own(`authors/${arabic}`, "علي حسن — Dispatch")],
      [`/series/${seriesSlug}/`, own(`series/${seriesSlug}`, `${series} — Dispatch`)],
      ["/tags/iraq/", own("tags/iraq", "Iraq — Dispatch")],
    ])("%s announces its own feeds first, then the site's", (page, feeds) => {
      expect(alternates(page)).toEqual([...feeds, ...siteFeeds]);
      for (const [, , href] of feeds) {
        const file = decodeURI(href ?? "").replace(/^\/basra-blog\//, "");
        expect(existsSync(path.join(site.output, file))).toBe(true);
      }
    });

    it("keeps a post's page to the site's two feeds: its author's and series' are a link away", () => {
      expect(alternates("/posts/c-part-three/")).toEqual(siteFeeds);
    });

    it.each([
      ["/authors/ali-hassan/", "Ali Hassan", "authors/ali-hassan"],
      ["/authors/james-glanz/", "James Glanz", "authors/james-glanz"],
      [`/series/${seriesSlug}/`, series, `series/${seriesSlug}`],
      ["/tags/oil/", "Oil", "tags/oil"],
    ])("%s links its feeds for readers: Follow … Atom · JSON Feed", (page, name, folder) => {
      const follow = readPage(site.output, page).querySelector("main .follow-feeds");
      expect(follow?.textContent).toBe(`Follow ${name} in a feed reader: Atom · JSON Feed`);
      expect([...(follow?.querySelectorAll("a") ?? [])].map((a) => a.getAttribute("href"))).toEqual(
        [`/basra-blog/${folder}/feed.xml`, `/basra-blog/${folder}/feed.json`],
      );
    });
  });
});
