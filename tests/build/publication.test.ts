import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, projectRoot, readPage, type BuiltSite } from "../helpers/build-site.ts";

const fixture = path.join(projectRoot, "tests/fixtures/posts/publication");

/** Every file of a built site, as paths relative to it with `/`. */
function outputFiles(output: string): string[] {
  return readdirSync(output, { recursive: true, encoding: "utf8" })
    .filter((entry) => statSync(path.join(output, entry)).isFile())
    .map((entry) => entry.split(path.sep).join("/"))
    .sort();
}

/** The text of an output file; Pagefind's gzip-compressed index files are decompressed. */
function readOutput(output: string, file: string): string {
  const bytes = readFileSync(path.join(output, file));
  if (/\.pf_(fragment|index|meta|filter)$/.test(file)) return gunzipSync(bytes).toString("utf8");
  if (/\.(html|xml|json|txt|js|css|svg)$/.test(file) || file === "_headers")
    return bytes.toString("utf8");
  return "";
}

const unpublishedWords = [
  "draft-analysis",
  "Unfinished draft",
  "Zubair",
  "Drafted topic",
  "scheduled-analysis",
  "Scheduled analysis",
  "Scheduled topic",
  "2999",
];

describe("drafts and scheduled posts in a production build", () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite({ posts: fixture });
  });

  it("builds, with only the published post", () => {
    expect(site.stderr).toBe("");
    expect(site.exitCode).toBe(0);
    const posts = readdirSync(path.join(site.output, "posts")).sort();
    expect(posts).toEqual(["published-analysis"]);
  });

  it("leaves no trace of them in any output file: pages, lists, feeds, sitemap, search index", () => {
    const files = outputFiles(site.output);
    expect(files).toContain("index.html");
    expect(files.some((file) => file.startsWith("pagefind/"))).toBe(true);
    const leaks: string[] = [];
    for (const file of files) {
      const text = readOutput(site.output, file);
      for (const word of unpublishedWords) if (text.includes(word)) leaks.push(`${file}: ${word}`);
    }
    expect(leaks).toEqual([]);
    // The same reading finds the published post, in the search index too.
    const fragments = files.filter((file) => file.endsWith(".pf_fragment"));
    expect(fragments.length).toBeGreaterThan(0);
    expect(
      fragments.some((file) =>
        readOutput(site.output, file).includes("Published analysis of Basra"),
      ),
    ).toBe(true);
  });

  it("carries the lead image and the corrections log in the feed entry, URLs absolute", () => {
    const feed = JSON.parse(readFileSync(path.join(site.output, "feed.json"), "utf8")) as {
      items: { url: string; content_html: string }[];
    };
    expect(feed.items.map((item) => item.url)).toEqual([
      "https://dispatch.test/posts/published-analysis/",
    ]);
    const content = parseHTML(`<body>${feed.items[0]?.content_html}</body>`).document;
    expect(content.querySelector("figure img")?.getAttribute("src")).toBe(
      "https://dispatch.test/posts/published-analysis/lead.svg",
    );
    expect([...content.querySelectorAll("h2")].map((h) => h.textContent)).toEqual([
      "Corrections and updates",
    ]);
    expect(content.querySelectorAll("ol li")).toHaveLength(2);
  });

  it("lists the published post on the home page", () => {
    const home = readPage(site.output, "/");
    const titles = [...home.querySelectorAll(".story-headline")].map((h) => h.textContent?.trim());
    expect(titles).toEqual(["Published analysis of Basra"]);
  });
});

describe("drafts and scheduled posts when drafts are shown (the dev server, or DISPATCH_DRAFTS=1)", () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = buildSite({ posts: fixture, env: { DISPATCH_DRAFTS: "1" } });
  });

  it("builds every post, each unpublished one marked as such", () => {
    expect(site.exitCode).toBe(0);
    expect(readdirSync(path.join(site.output, "posts")).sort()).toEqual([
      "draft-analysis",
      "published-analysis",
      "scheduled-analysis",
    ]);
    const status = (slug: string) =>
      readPage(site.output, `/posts/${slug}/`).querySelector(".publication-status")?.textContent;
    expect(status("draft-analysis")).toBe("Draft: not published; only the dev server shows it.");
    expect(status("scheduled-analysis")).toBe(
      "Scheduled: published from 1 January 2999; only the dev server shows it now.",
    );
    expect(status("published-analysis")).toBeUndefined();
  });
});

describe("the journalism layer of a post", () => {
  let page: Document;
  beforeAll(() => {
    const site = buildSite({ posts: fixture });
    page = readPage(site.output, "/posts/published-analysis/");
  });

  it("shows the publication and update dates in the byline", () => {
    const times = [...page.querySelectorAll(".byline time")].map((time) => [
      time.getAttribute("datetime"),
      time.textContent,
    ]);
    expect(times).toEqual([
      ["2008-03-27", "27 March 2008"],
      ["2008-03-29", "29 March 2008"],
    ]);
    expect(page.querySelector(".byline .updated")?.textContent).toBe("Updated 29 March 2008");
    expect(page.querySelector(".byline .author a")?.getAttribute("href")).toBe(
      "/authors/jane-roe/",
    );
    expect(page.querySelector(".byline")?.textContent?.replace(/\s+/g, " ").trim()).toBe(
      "By Jane Roe · 27 March 2008 · Updated 29 March 2008 · 1 min read",
    );
  });

  it("opens the first paragraph with the dateline", () => {
    const first = page.querySelector(".post-body p");
    expect(first?.querySelector(".dateline")?.textContent).toBe("BASRA, Iraq");
    expect(first?.textContent).toBe(
      "BASRA, Iraq — According to several reports, the battle is not going well.",
    );
    expect(page.querySelectorAll(".dateline")).toHaveLength(1);
  });

  it("shows the lead image with its caption and credit", () => {
    const image = page.querySelector(".post-header .lead-image img");
    expect(image?.getAttribute("src")).toBe("lead.svg");
    expect(image?.getAttribute("alt")).toBe("A plain placeholder rectangle");
    expect(page.querySelector(".lead-image figcaption")?.textContent).toBe(
      "The Shatt al-Arab at Basra. Drawing: Dispatch",
    );
  });

  it("ends with the dated corrections and updates log, Markdown rendered", () => {
    const entries = [...page.querySelectorAll(".corrections li")];
    expect(entries.map((entry) => entry.textContent?.replace(/\s+/g, " ").trim())).toEqual([
      "Correction, 28 March 2008: An earlier version put the pipeline north of Basra; it is south of the city.",
      "Update, 29 March 2008: Added the repair of the pipeline, reported by Dow Jones.",
    ]);
    expect(entries[0]?.querySelector("em")?.textContent).toBe("north");
    expect(entries[1]?.querySelector("a")?.getAttribute("href")).toBe("https://www.rigzone.com/");
    expect(entries[1]?.querySelector("time")?.getAttribute("datetime")).toBe("2008-03-29");
  });
});
