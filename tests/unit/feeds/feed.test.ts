import { describe, expect, it } from "vitest";
import { jsonFeedText, type Feed } from "../../../src/feeds/feed.ts";

const feed = (author: Feed["author"]): Feed => ({
  head: {
    title: "Ali Hassan — Dispatch",
    description: "Analysis by Ali Hassan, newest first.",
    language: "en",
    homeUrl: "https://example.org/authors/ali-hassan/",
    feedUrl: "https://example.org/authors/ali-hassan/feed.json",
    publisher: "Dispatch",
  },
  author,
  updated: "1970-01-01T00:00:00Z",
  entries: [],
});

describe("jsonFeedText", () => {
  it.each([
    [
      { name: "Ali Hassan", url: "https://example.org/authors/ali-hassan/" },
      [{ name: "Ali Hassan", url: "https://example.org/authors/ali-hassan/" }],
    ],
    [{ name: "Dispatch" }, [{ name: "Dispatch" }]],
  ])("names %j as the feed's author", (author, authors) => {
    expect(JSON.parse(jsonFeedText(feed(author)))).toEqual({
      version: "https://jsonfeed.org/version/1.1",
      title: "Ali Hassan — Dispatch",
      home_page_url: "https://example.org/authors/ali-hassan/",
      feed_url: "https://example.org/authors/ali-hassan/feed.json",
      description: "Analysis by Ali Hassan, newest first.",
      language: "en",
      authors,
      items: [],
    });
  });

  it("writes strict JSON indented by two spaces, authors where JSON Feed 1.1 lists them", () => {
    const text = jsonFeedText(feed({ name: "Ali Hassan" }));
    expect(text.split("\n").slice(0, 3)).toEqual([
      "{",
      '  "version": "https://jsonfeed.org/version/1.1",',
      '  "title": "Ali Hassan — Dispatch",',
    ]);
    expect(Object.keys(JSON.parse(text) as object).indexOf("authors")).toBe(6);
  });
});
