import { describe, expect, it } from "vitest";
import {
  feedLinksFor,
  groupFeeds,
  groupFeedTitle,
  groupPagePath,
  type GroupFeed,
} from "../../../src/feeds/group-feeds.ts";
import { postsNewestFirst } from "../../../src/content/collections.ts";
import { slugify } from "../../../src/shared/slug.ts";
import { collectAuthors } from "../../../src/taxonomy/authors.ts";
import { collectSeries } from "../../../src/taxonomy/series.ts";
import { post } from "../taxonomy/posts.ts";

const group = (name: string, extra: { bio?: string } = {}) => ({
  key: name.toLowerCase(),
  name,
  slug: slugify(name, "author"),
  posts: [`${name} 2`, `${name} 1`],
  ...extra,
});

describe("groupFeeds", () => {
  it("gives each author an Atom feed and a JSON Feed beside their page, by them", () => {
    expect(groupFeeds("author", [group("Ali Hassan")], "Dispatch")).toEqual([
      {
        kind: "author",
        format: "atom",
        slug: "ali-hassan",
        name: "Ali Hassan",
        file: "feed.xml",
        place: {
          feedPath: "/authors/ali-hassan/feed.xml",
          homePath: "/authors/ali-hassan/",
          title: "Ali Hassan — Dispatch",
          description: "Analysis by Ali Hassan, newest first.",
          author: { name: "Ali Hassan", url: "/authors/ali-hassan/" },
        },
        posts: ["Ali Hassan 2", "Ali Hassan 1"],
      },
      {
        kind: "author",
        format: "json",
        slug: "ali-hassan",
        name: "Ali Hassan",
        file: "feed.json",
        place: {
          feedPath: "/authors/ali-hassan/feed.json",
          homePath: "/authors/ali-hassan/",
          title: "Ali Hassan — Dispatch",
          description: "Analysis by Ali Hassan, newest first.",
          author: { name: "Ali Hassan", url: "/authors/ali-hassan/" },
        },
        posts: ["Ali Hassan 2", "Ali Hassan 1"],
      },
    ]);
  });

  it.each([
    ["tag", "Iraq", {}, "/tags/iraq/feed.xml", "Analysis tagged Iraq, newest first."],
    [
      "series",
      "Battle for the South",
      {},
      "/series/battle-for-the-south/feed.xml",
      "The parts of the series Battle for the South, newest first.",
    ],
    [
      "author",
      "Jane Roe",
      { bio: "Baghdad correspondent." },
      "/authors/jane-roe/feed.xml",
      "Baghdad correspondent.",
    ],
  ] as const)("a %s named %s: %s, described as %j", (kind, name, extra, feedPath, description) => {
    const [atom] = groupFeeds(kind, [group(name, extra)], "Dispatch");
    expect(atom?.place.feedPath).toBe(feedPath);
    expect(atom?.place.description).toBe(description);
    expect("author" in (atom?.place ?? {})).toBe(kind === "author");
  });

  it.each([
    // Arabic letters are kept; tatweel and vowel marks are not spelling.
    ["علي حسن", "/authors/علي-حسن/feed.xml"],
    ["عـلـيّ حَسَن", "/authors/علي-حسن/feed.xml"],
    // Nothing that could leave the folder survives a slug.
    ["../../etc/passwd", "/authors/etc-passwd/feed.xml"],
    ["..", expect.stringMatching(/^\/authors\/author-[0-9a-z]+\/feed\.xml$/)],
    ["a/b\\c%2F", "/authors/a-b-c-2f/feed.xml"],
    ["O'Brien, Seán", "/authors/obrien-seán/feed.xml"],
  ])("keeps the feed of %j in its own folder: %s", (name, feedPath) => {
    expect(groupFeeds("author", [group(name)], "Dispatch")[0]?.place.feedPath).toEqual(feedPath);
  });
});

describe("groupFeedTitle and groupPagePath", () => {
  it.each([
    ["Ali Hassan", "Dispatch", "Ali Hassan — Dispatch"],
    ["البصرة", "Dispatch", "البصرة — Dispatch"],
  ])("%s on %s → %s", (name, site, title) => {
    expect(groupFeedTitle(name, site)).toBe(title);
  });

  it.each([
    ["tag", "iraq", "/tags/iraq/"],
    ["author", "ali-hassan", "/authors/ali-hassan/"],
    ["series", "battle-for-the-south", "/series/battle-for-the-south/"],
  ] as const)("%s %s → %s", (kind, slug, path) => {
    expect(groupPagePath(kind, slug)).toBe(path);
  });
});

describe("feedLinksFor", () => {
  const feeds: GroupFeed<unknown>[] = [
    ...groupFeeds("tag", [group("Iraq"), group("البصرة")], "Dispatch"),
    ...groupFeeds("author", [group("Ali Hassan")], "Dispatch"),
    ...groupFeeds("series", [group("Battle for the South")], "Dispatch"),
  ];
  const links = (folder: string, slug: string, title: string) => [
    { type: "application/atom+xml", title, path: `/${folder}/${slug}/feed.xml` },
    {
      type: "application/feed+json",
      title: `${title} (JSON Feed)`,
      path: `/${folder}/${slug}/feed.json`,
    },
  ];

  it.each([
    ["/tags/iraq/", links("tags", "iraq", "Iraq — Dispatch")],
    ["/tags/iraq/page/3/", links("tags", "iraq", "Iraq — Dispatch")],
    ["/tags/%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9/", links("tags", "البصرة", "البصرة — Dispatch")],
    ["/tags/البصرة/", links("tags", "البصرة", "البصرة — Dispatch")],
    ["/authors/ali-hassan/", links("authors", "ali-hassan", "Ali Hassan — Dispatch")],
    [
      "/series/battle-for-the-south/",
      links("series", "battle-for-the-south", "Battle for the South — Dispatch"),
    ],
    ["/tags/", []],
    ["/tags/unknown/", []],
    ["/authors/ali-hassan/feed.xml", []],
    ["/posts/iraq/", []],
    ["/", []],
    ["/tags/%E0%A4%A/", []],
    [false, []],
  ])("%s → %j", (url, expected) => {
    expect(feedLinksFor(url, feeds)).toEqual(expected);
  });

  it("answers from the list it is given, a list made after an edit included", () => {
    const renamed = groupFeeds("tag", [group("IRAQ")], "Dispatch");
    expect(feedLinksFor("/tags/iraq/", feeds)[0]?.title).toBe("Iraq — Dispatch");
    expect(feedLinksFor("/tags/iraq/", renamed)[0]?.title).toBe("IRAQ — Dispatch");
    expect(feedLinksFor("/tags/البصرة/", renamed)).toEqual([]);
  });
});

describe("the feeds of authors and series whose names make one slug", () => {
  const posts = postsNewestFirst([
    post("new", "2008-04-01", { author: "Ali Hassan!", series: "South, North" }),
    post("old", "2008-03-01", { author: "ali hassan?", series: "South north" }),
    post("arabic", "2008-03-15", { author: "عليّ حسن" }),
  ]);

  it("are refused with a problem, never written over each other", () => {
    const authors = collectAuthors(posts, [{ name: "Ali-Hassan" }, { name: "علي حسن" }], "en");
    const series = collectSeries(posts, "en");
    expect(authors.problems.map((problem) => problem.message)).toEqual([
      'author "Ali Hassan!" has the URL /authors/ali-hassan/, the same as author "ali hassan?" of posts/old/index.md; two authors cannot share a page',
      'author "Ali-Hassan" in site.authors has the URL /authors/ali-hassan/, the same as author "ali hassan?"; two authors cannot share a page',
      // The shadda is a vowel mark, not spelling: the slugs are one, the names are not.
      'author "علي حسن" in site.authors has the URL /authors/علي-حسن/, the same as author "عليّ حسن"; two authors cannot share a page',
    ]);
    expect(series.problems).toHaveLength(1);
    const paths = [
      ...groupFeeds("author", authors.authors, "Dispatch"),
      ...groupFeeds("series", series.series, "Dispatch"),
    ].map((feed) => feed.place.feedPath);
    expect(paths).toEqual([
      "/authors/ali-hassan/feed.xml",
      "/authors/ali-hassan/feed.json",
      "/authors/علي-حسن/feed.xml",
      "/authors/علي-حسن/feed.json",
      "/series/south-north/feed.xml",
      "/series/south-north/feed.json",
    ]);
  });
});
