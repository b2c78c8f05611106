import { describe, expect, it } from "vitest";
import {
  articleJsonLd,
  breadcrumbJsonLd,
  bylinePersons,
  schemaDate,
  type ArticlePost,
} from "../../../src/seo/structured-data.ts";

const site = {
  url: "https://example.org",
  pathPrefix: "/basra-blog/",
  title: "Dispatch",
  language: "en",
  timeZone: "Asia/Baghdad",
  publisher: "Dispatch Media",
  authors: [{ name: "Ali Hassan", url: "https://ali.example.net/" }],
};

const post: ArticlePost = {
  url: "/posts/basra/",
  date: "2008-03-27",
  updated: "2008-03-28T09:30",
  title: `Sadr's "army" & Basra </script><!--`,
  summary: "The offensive falters.",
  author: "Ali Hassan",
  dateline: "BASRA, Iraq",
  series: "Battle for the South",
  tags: ["Iraq", "Mahdi Army"],
  image: { src: "lead.jpg", alt: "Smoke" },
  citations: [
    {
      title: "Iraqi Army's Assault on Militias in Basra Stalls",
      author: "James Glanz",
      publisher: "The New York Times",
      date: "2008-03-27",
      url: "https://www.nytimes.com/2008/03/27/world/middleeast/27iraq.html",
    },
    { title: "Clashes in Basra", publisher: "Al Jazeera English" },
  ],
  location: { name: "Basra", coordinates: [47.81, 30.515] },
};

describe("schemaDate", () => {
  it.each([
    ["2008-03-27", "2008-03-27"],
    ["2008-03-28T09:30", "2008-03-28T09:30:00+03:00"],
    ["2008-03-28T09:30Z", "2008-03-28T12:30:00+03:00"],
  ])("%s → %s", (value, expected) => {
    expect(schemaDate(value, "Asia/Baghdad")).toBe(expected);
  });
  it("writes an instant in the site's zone", () => {
    expect(schemaDate(new Date("2008-03-26T21:00:00Z"), "Asia/Baghdad")).toBe(
      "2008-03-27T00:00:00+03:00",
    );
  });
});

describe("articleJsonLd", () => {
  it("is an AnalysisNewsArticle with every field from front matter", () => {
    expect(articleJsonLd(post, site)).toEqual({
      "@context": "https://schema.org",
      "@type": "AnalysisNewsArticle",
      "@id": "https://example.org/basra-blog/posts/basra/#article",
      headline: `Sadr's "army" & Basra </script><!--`,
      description: "The offensive falters.",
      url: "https://example.org/basra-blog/posts/basra/",
      mainEntityOfPage: {
        "@type": "WebPage",
        "@id": "https://example.org/basra-blog/posts/basra/",
      },
      datePublished: "2008-03-27",
      dateModified: "2008-03-28T09:30:00+03:00",
      author: {
        "@type": "Person",
        name: "Ali Hassan",
        url: "https://example.org/basra-blog/authors/ali-hassan/",
        sameAs: "https://ali.example.net/",
      },
      publisher: {
        "@type": "Organization",
        name: "Dispatch Media",
        url: "https://example.org/basra-blog/",
      },
      image: "https://example.org/basra-blog/posts/basra/share.png",
      keywords: ["Iraq", "Mahdi Army"],
      dateline: "BASRA, Iraq",
      citation: [
        {
          "@type": "CreativeWork",
          name: "Iraqi Army's Assault on Militias in Basra Stalls",
          author: { "@type": "Person", name: "James Glanz" },
          publisher: { "@type": "Organization", name: "The New York Times" },
          datePublished: "2008-03-27",
          url: "https://www.nytimes.com/2008/03/27/world/middleeast/27iraq.html",
          archivedAt:
            "https://web.archive.org/web/20080327/https://www.nytimes.com/2008/03/27/world/middleeast/27iraq.html",
        },
        {
          "@type": "CreativeWork",
          name: "Clashes in Basra",
          publisher: { "@type": "Organization", name: "Al Jazeera English" },
        },
      ],
      contentLocation: {
        "@type": "Place",
        name: "Basra",
        geo: { "@type": "GeoCoordinates", latitude: 30.515, longitude: 47.81 },
      },
      isPartOf: {
        "@type": "CreativeWorkSeries",
        name: "Battle for the South",
        url: "https://example.org/basra-blog/series/battle-for-the-south/",
      },
      inLanguage: "en",
    });
  });

  it("leaves out what the front matter does not give; dateModified is then the date; the share image stays", () => {
    expect(
      articleJsonLd(
        { url: "/posts/x/", date: "2008-04-01", title: "X" },
        { ...site, pathPrefix: "/" },
      ),
    ).toEqual({
      "@context": "https://schema.org",
      "@type": "AnalysisNewsArticle",
      "@id": "https://example.org/posts/x/#article",
      headline: "X",
      url: "https://example.org/posts/x/",
      mainEntityOfPage: { "@type": "WebPage", "@id": "https://example.org/posts/x/" },
      datePublished: "2008-04-01",
      dateModified: "2008-04-01",
      publisher: { "@type": "Organization", name: "Dispatch Media", url: "https://example.org/" },
      image: "https://example.org/posts/x/share.png",
      inLanguage: "en",
    });
  });
});

describe("bylinePersons and the article's author", () => {
  const person = (name: string, slug: string, sameAs?: string) => ({
    "@type": "Person",
    name,
    url: `https://example.org/basra-blog/authors/${slug}/`,
    ...(sameAs ? { sameAs } : {}),
  });
  it.each([
    ["Ali Hassan", [person("Ali Hassan", "ali-hassan", "https://ali.example.net/")]],
    [
      "James Glanz and Michael Kamber",
      [person("James Glanz", "james-glanz"), person("Michael Kamber", "michael-kamber")],
    ],
    [
      "James Glanz, ali  HASSAN and علي حسن",
      [
        person("James Glanz", "james-glanz"),
        person("ali HASSAN", "ali-hassan", "https://ali.example.net/"),
        person("علي حسن", encodeURIComponent("علي-حسن")),
      ],
    ],
    [["Reuters and AFP staff"], [person("Reuters and AFP staff", "reuters-and-afp-staff")]],
    [undefined, []],
  ])("%j is %j", (byline, expected) => {
    expect(bylinePersons(byline, site)).toEqual(expected);
  });

  it.each([
    ["Ali Hassan", person("Ali Hassan", "ali-hassan", "https://ali.example.net/")],
    [
      ["James Glanz", "Michael Kamber"],
      [person("James Glanz", "james-glanz"), person("Michael Kamber", "michael-kamber")],
    ],
    [undefined, undefined],
  ])("gives the byline %j the author %j: one Person, or an array of several", (byline, author) => {
    const article = articleJsonLd(
      { url: "/posts/x/", date: "2008-04-01", title: "X", ...(byline ? { author: byline } : {}) },
      site,
    );
    expect(article.author).toEqual(author);
    expect("author" in article).toBe(author !== undefined);
  });
});

describe("articleJsonLd's licence and archived sources", () => {
  const license = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" };
  const bare: ArticlePost = { url: "/posts/x/", date: "2008-04-01", title: "X" };

  it.each([
    ["a site with a licence", { ...site, license }, "https://creativecommons.org/licenses/by/4.0/"],
    ["a site with none", site, undefined],
  ])("gives %s's licence URL as license", (_name, settings, expected) => {
    expect(articleJsonLd(bare, settings).license).toBe(expected);
  });

  it.each([
    [
      "the author's archived copy over the Wayback link",
      { url: "https://a.example/x", date: "2008-03-27", archived: "https://archive.ph/AbC12" },
      "https://archive.ph/AbC12",
    ],
    [
      "a copy named with no url or date",
      { archived: "https://web.archive.org/web/2008/https://a.example/x" },
      "https://web.archive.org/web/2008/https://a.example/x",
    ],
    [
      "the Wayback link, query kept",
      { url: "https://a.example/x?id=1&p=2", date: "2008-03-27" },
      "https://web.archive.org/web/20080327/https://a.example/x?id=1&p=2",
    ],
    ["nothing without a date", { url: "https://a.example/x" }, undefined],
  ])("gives each citation's archivedAt: %s", (_name, fields, expected) => {
    const citation = { title: "T", publisher: "P", ...fields };
    const [node] = articleJsonLd({ ...bare, citations: [citation] }, site).citation as {
      archivedAt?: string;
    }[];
    expect(node?.archivedAt).toBe(expected);
  });
});

describe("breadcrumbJsonLd", () => {
  it("is Home › Series › Post", () => {
    expect(breadcrumbJsonLd(post, site)).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        {
          "@type": "ListItem",
          position: 1,
          name: "Dispatch",
          item: "https://example.org/basra-blog/",
        },
        {
          "@type": "ListItem",
          position: 2,
          name: "Battle for the South",
          item: "https://example.org/basra-blog/series/battle-for-the-south/",
        },
        {
          "@type": "ListItem",
          position: 3,
          name: `Sadr's "army" & Basra </script><!--`,
          item: "https://example.org/basra-blog/posts/basra/",
        },
      ],
    });
  });

  it("is Home › Post outside a series", () => {
    const crumbs = breadcrumbJsonLd({ url: "/posts/x/", title: "X" }, site).itemListElement;
    expect(crumbs).toEqual([
      {
        "@type": "ListItem",
        position: 1,
        name: "Dispatch",
        item: "https://example.org/basra-blog/",
      },
      {
        "@type": "ListItem",
        position: 2,
        name: "X",
        item: "https://example.org/basra-blog/posts/x/",
      },
    ]);
  });
});
