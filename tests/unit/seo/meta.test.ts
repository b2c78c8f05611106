import { describe, expect, it } from "vitest";
import { isPostInput, pageMeta } from "../../../src/seo/meta.ts";

const site = {
  url: "https://example.org",
  pathPrefix: "/",
  title: "Dispatch",
  description: "Analysis of foreign affairs.",
  language: "en",
  timeZone: "UTC",
  publisher: "Dispatch",
  authors: [],
};

describe("isPostInput", () => {
  it.each([
    ["./posts/basra/index.md", true],
    ["posts/basra/index.md", true],
    ["./posts/basra/notes.md", false],
    ["./pages/map.njk", false],
  ])("%s → %s", (input, expected) => {
    expect(isPostInput(input)).toBe(expected);
  });
});

describe("pageMeta", () => {
  it("describes a post as an article, with JSON-LD that parses back", () => {
    const meta = pageMeta(
      { url: "/posts/basra/", inputPath: "./posts/basra/index.md" },
      {
        title: "Basra & </script>",
        date: "2008-03-27",
        updated: "2008-03-29",
        author: "Ali Hassan",
        tags: ["Iraq"],
        image: { src: "lead.jpg", alt: 'The "port"' },
        shareImage: { alt: 'The "port"' },
      },
      site,
    );
    expect({ ...meta, jsonLd: meta.jsonLd.map((json) => JSON.parse(json)["@type"]) }).toEqual({
      canonical: "https://example.org/posts/basra/",
      type: "article",
      title: "Basra & </script>",
      description: "Analysis of foreign affairs.",
      siteName: "Dispatch",
      language: "en",
      image: {
        url: "https://example.org/posts/basra/share.png",
        type: "image/png",
        width: 1200,
        height: 630,
        alt: 'The "port"',
      },
      published: "2008-03-27",
      modified: "2008-03-29",
      author: "https://example.org/authors/ali-hassan/",
      tags: ["Iraq"],
      twitterCard: "summary_large_image",
      jsonLd: ["AnalysisNewsArticle", "BreadcrumbList"],
    });
    expect(meta.jsonLd.join("")).not.toMatch(/[<>&]/);
  });

  it("describes any other page as a website without JSON-LD", () => {
    expect(
      pageMeta(
        { url: "/map/", inputPath: "./pages/map.njk" },
        { title: "Map", summary: "Where." },
        site,
      ),
    ).toEqual({
      canonical: "https://example.org/map/",
      type: "website",
      title: "Map",
      description: "Where.",
      siteName: "Dispatch",
      language: "en",
      tags: [],
      twitterCard: "summary",
      jsonLd: [],
    });
  });

  it("gives a noindex page no canonical URL", () => {
    const meta = pageMeta(
      { url: "/404.html", inputPath: "./pages/404.njk" },
      { noindex: true },
      site,
    );
    expect(meta.canonical).toBeUndefined();
    expect(meta.title).toBe("Dispatch");
  });
});
