import { describe, expect, it } from "vitest";
import { pageMeta } from "../../../src/seo/meta.ts";
import { storeBaghdadPost } from "../../helpers/stored-post.ts";

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
      authors: ["https://example.org/authors/ali-hassan/"],
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
      authors: [],
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

describe("pageMeta of a stored post", () => {
  it("writes the dates the post store read, in the site's zone, without reading them again", () => {
    const inputPath = storeBaghdadPost("meta-store-test");
    const meta = pageMeta(
      { url: "/posts/meta-store-test/", inputPath },
      { title: "T", date: "2008-03-27T14:30", updated: "2008-03-28T09:00" },
      site,
    );
    expect([meta.published, meta.modified]).toEqual([
      "2008-03-27T14:30:00+03:00",
      "2008-03-28T09:00:00+03:00",
    ]);
  });
});
