import { describe, expect, it } from "vitest";
import {
  emptyFeedUpdated,
  feedEntry,
  feedUpdated,
  jsonFeed,
  rfc3339,
  updatedOf,
  type FeedPost,
} from "../../../src/feeds/entries.ts";
import { storeBaghdadPost } from "../../helpers/stored-post.ts";

const site = { url: "https://example.org", pathPrefix: "/basra-blog/", timeZone: "Asia/Baghdad" };

const basra: FeedPost = {
  url: "/posts/basra/",
  // 2008-03-27 at midnight in Baghdad (UTC+3).
  date: new Date("2008-03-26T21:00:00Z"),
  data: {
    date: "2008-03-27",
    title: 'The "battle" for Basra & the south',
    summary: "The offensive falters.",
    author: "Ali Hassan",
    updated: "2008-03-28T09:30",
    tags: ["Iraq", "Basra"],
    image: { src: "lead.jpg", alt: "Smoke over Basra" },
  },
};
const timeline: FeedPost = {
  url: "/posts/timeline/",
  date: new Date("2008-03-31T21:00:00Z"),
  data: { date: "2008-04-01", title: "Timeline" },
};

describe("rfc3339", () => {
  it("writes an instant in UTC without fractions", () => {
    expect(rfc3339(new Date("2008-03-26T21:00:00.250Z"))).toBe("2008-03-26T21:00:00Z");
  });
});

describe("updatedOf and feedUpdated", () => {
  it("reads updated in the site's time zone, else the date", () => {
    expect(rfc3339(updatedOf(basra, site.timeZone))).toBe("2008-03-28T06:30:00Z");
    expect(rfc3339(updatedOf(timeline, site.timeZone))).toBe("2008-03-31T21:00:00Z");
  });

  it("is the latest change among the posts, never the build time", () => {
    expect(rfc3339(feedUpdated([timeline, basra], site.timeZone))).toBe("2008-03-31T21:00:00Z");
    expect(rfc3339(feedUpdated([basra], site.timeZone))).toBe("2008-03-28T06:30:00Z");
  });

  it("is the Unix epoch for a feed without posts", () => {
    expect(feedUpdated([], "UTC")).toBe(emptyFeedUpdated);
    expect(rfc3339(emptyFeedUpdated)).toBe("1970-01-01T00:00:00Z");
  });
});

describe("feedEntry", () => {
  it("gives every URL absolute under the path prefix and dates in RFC 3339", () => {
    expect(feedEntry(basra, "<p>Full text.</p>", site)).toEqual({
      id: "tag:example.org,2008-03-27:basra",
      url: "https://example.org/basra-blog/posts/basra/",
      title: 'The "battle" for Basra & the south',
      summary: "The offensive falters.",
      contentHtml: "<p>Full text.</p>",
      published: "2008-03-26T21:00:00Z",
      updated: "2008-03-28T06:30:00Z",
      authors: [{ name: "Ali Hassan", url: "https://example.org/basra-blog/authors/ali-hassan/" }],
      tags: ["Iraq", "Basra"],
      image: "https://example.org/basra-blog/posts/basra/share.png",
    });
  });

  it.each([
    [undefined, "tag:example.org,2008-04-01:timeline"],
    ["http://old.example.org/?p=12", "http://old.example.org/?p=12"],
    ["tag:example.org,2008-03-27:basra", "tag:example.org,2008-03-27:basra"],
    [
      "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a",
      "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a",
    ],
  ])(
    "takes the id %j from front matter, else the tag URI of the date as written and the slug",
    (id, expected) => {
      const post = { ...timeline, data: { ...timeline.data, ...(id ? { id } : {}) } };
      const entry = feedEntry(post, "", site);
      expect([entry.id, entry.url]).toEqual([
        expected,
        "https://example.org/basra-blog/posts/timeline/",
      ]);
    },
  );

  it.each<[string, Partial<FeedPost>, Partial<FeedPost["data"]>, string]>([
    [
      "a renamed post: the slug of its first /posts/ alias",
      { url: "/posts/basra-pipeline-attack/", inputPath: "./posts/basra/index.md" },
      { slug: "basra-pipeline-attack", aliases: ["/2008/03/27/x/", "/posts/basra/"] },
      "tag:example.org,2008-03-27:basra",
    ],
    [
      "a post's slug: without aliases",
      { url: "/posts/basra-pipeline-attack/", inputPath: "./posts/basra/index.md" },
      { slug: "basra-pipeline-attack" },
      "tag:example.org,2008-03-27:basra-pipeline-attack",
    ],
    [
      "its folder's name made a slug",
      { url: "/posts/basra-timeline/", inputPath: "./posts/Basra Timeline/index.md" },
      {},
      "tag:example.org,2008-03-27:basra-timeline",
    ],
    [
      "an Arabic slug from its URL, percent-encoded",
      { url: "/posts/%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9/" },
      {},
      "tag:example.org,2008-03-27:%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9",
    ],
  ])("makes the default id of %s", (_case, post, data, id) => {
    const entry = feedEntry({ ...basra, ...post, data: { ...basra.data, ...data } }, "", site);
    expect(entry.id).toBe(id);
  });

  it.each<[string, unknown, Date, string]>([
    [
      "a time whose day in UTC is the next",
      "2008-03-30T23:30:00-04:00",
      new Date("2008-03-31T03:30:00Z"),
      "2008-03-30",
    ],
    ["a wall-clock time", "2008-03-27T14:30", new Date("2008-03-27T11:30:00Z"), "2008-03-27"],
    [
      "no date as text (a post given as data): the day in UTC",
      undefined,
      new Date("2008-03-31T03:30:00Z"),
      "2008-03-31",
    ],
  ])("takes the date of %s as written, whatever the site's zone", (_case, date, at, day) => {
    const post = { ...timeline, date: at, data: { ...timeline.data, date } };
    const ids = ["UTC", "America/New_York", "Asia/Baghdad", "Pacific/Kiritimati"].map(
      (timeZone) => feedEntry(post, "", { ...site, timeZone }).id,
    );
    expect(ids).toEqual(Array(4).fill(`tag:example.org,${day}:timeline`));
  });

  it("keeps the id when the site moves to another domain and prefix, with tagAuthority kept", () => {
    const moved = {
      url: "https://analysis.example.net",
      pathPrefix: "/",
      timeZone: "Asia/Baghdad",
      tagAuthority: "example.org",
    };
    expect([feedEntry(basra, "", moved).id, feedEntry(basra, "", moved).url]).toEqual([
      "tag:example.org,2008-03-27:basra",
      "https://analysis.example.net/posts/basra/",
    ]);
  });

  it("refuses a post without a page", () => {
    expect(() => feedEntry({ ...timeline, url: false }, "", site)).toThrow(
      "a post without a page cannot be in a feed",
    );
  });
});

describe("jsonFeed", () => {
  const head = {
    title: "Dispatch",
    description: "Analysis.",
    language: "en",
    homeUrl: "https://example.org/basra-blog/",
    feedUrl: "https://example.org/basra-blog/feed.json",
    publisher: "Dispatch",
  };

  it("is a JSON Feed 1.1 with items: [] when there are no posts", () => {
    expect(jsonFeed(head, [])).toEqual({
      version: "https://jsonfeed.org/version/1.1",
      title: "Dispatch",
      home_page_url: "https://example.org/basra-blog/",
      feed_url: "https://example.org/basra-blog/feed.json",
      description: "Analysis.",
      language: "en",
      authors: [{ name: "Dispatch" }],
      items: [],
    });
  });

  it("maps an entry to a JSON Feed item, date_modified from updated", () => {
    const entry = feedEntry(timeline, "<p>Day by day.</p>", site);
    expect(jsonFeed(head, [entry]).items).toEqual([
      {
        id: "tag:example.org,2008-04-01:timeline",
        url: "https://example.org/basra-blog/posts/timeline/",
        title: "Timeline",
        content_html: "<p>Day by day.</p>",
        image: "https://example.org/basra-blog/posts/timeline/share.png",
        date_published: "2008-03-31T21:00:00Z",
        date_modified: "2008-03-31T21:00:00Z",
      },
    ]);
  });
});

describe("the authors of an entry and of its JSON Feed item", () => {
  const author = (name: string, slug: string) => ({
    name,
    url: `https://example.org/basra-blog/authors/${slug}/`,
  });
  it.each([
    ["Ali Hassan", [author("Ali Hassan", "ali-hassan")]],
    [
      "James Glanz and Michael Kamber",
      [author("James Glanz", "james-glanz"), author("Michael Kamber", "michael-kamber")],
    ],
    [
      ["علي حسن", "Michael Kamber"],
      [
        author("علي حسن", encodeURIComponent("علي-حسن")),
        author("Michael Kamber", "michael-kamber"),
      ],
    ],
    [["Reuters and AFP staff"], [author("Reuters and AFP staff", "reuters-and-afp-staff")]],
    [undefined, []],
  ])("are one per name of the byline %j, each linked to their page", (byline, authors) => {
    const data = { ...timeline.data, ...(byline ? { author: byline } : {}) };
    const entry = feedEntry({ ...timeline, data }, "<p>Day by day.</p>", site);
    expect(entry.authors).toEqual(authors);
    const item = jsonFeed(
      {
        title: "Dispatch",
        description: "Analysis.",
        language: "en",
        homeUrl: "https://example.org/basra-blog/",
        feedUrl: "https://example.org/basra-blog/feed.json",
        publisher: "Dispatch",
      },
      [entry],
    ).items as Record<string, unknown>[];
    expect(item[0]?.authors).toEqual(authors.length > 0 ? authors : undefined);
  });
});

describe("updatedOf a stored post", () => {
  it("is the post store's updated, read in the site's zone", () => {
    const inputPath = storeBaghdadPost("feed-store-test");
    const post = {
      url: "/posts/feed-store-test/",
      inputPath,
      date: new Date("2008-03-27T11:30:00Z"),
      data: { title: "T", updated: "2008-03-28T09:00" },
    };
    expect(updatedOf(post, "UTC").toISOString()).toBe("2008-03-28T06:00:00.000Z");
  });
});
