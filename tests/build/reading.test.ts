import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildSite,
  projectRoot,
  readPage,
  runVerify,
  type BuiltSite,
} from "../helpers/build-site.ts";

const fixture = path.join(projectRoot, "tests/fixtures/posts/reading");
let built: BuiltSite;

beforeAll(() => {
  built = buildSite({ posts: fixture });
  if (built.exitCode !== 0) throw new Error(built.stderr);
});

/** The `src` of every script a page loads. */
const scripts = (document: Document) =>
  [...document.querySelectorAll("script[src]")].map((script) => script.getAttribute("src"));

/** The text of every Pagefind index file (gzip-compressed), joined. */
function indexText(output: string): string {
  const folder = path.join(output, "pagefind");
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.pf_(fragment|index|meta)$/.test(file))
    .map((file) => gunzipSync(readFileSync(path.join(folder, file))).toString("utf8"))
    .join("\n");
}

describe("search", () => {
  it("indexes the two posts, and only them", () => {
    const entry = JSON.parse(
      readFileSync(path.join(built.output, "pagefind/pagefind-entry.json"), "utf8"),
    );
    expect(entry.version).toBe("1.6.0");
    expect(entry.languages.en.page_count).toBe(2);
  });

  it("indexes a post's text but not navigation, footers or a map's list of features", () => {
    const text = indexText(built.output);
    expect(text).toContain("Dockworkers");
    expect(text).toContain("Tankers");
    expect(text).not.toContain("Qurnawordle");
    expect(text).not.toContain("Skip to content");
    expect(text).not.toContain("Analysis of foreign affairs");
    expect(text).not.toContain("Built with Dispatch");
  });

  it("links every page to the feeds in its footer and to the site's icon in its head", () => {
    for (const url of ["/", "/posts/voices-from-basra/", "/404.html"]) {
      const page = readPage(built.output, url);
      expect(
        [...page.querySelectorAll("footer.site-footer a")].map((a) => [
          a.textContent,
          a.getAttribute("href"),
        ]),
      ).toEqual([
        ["Atom feed", "/feed.xml"],
        ["JSON Feed", "/feed.json"],
        // The site's licence (src/site.ts `license`), after the feeds.
        ["CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"],
      ]);
      const icon = page.querySelector('head link[rel="icon"]');
      expect(icon?.getAttribute("href")).toBe("/assets/favicon.svg");
      expect(icon?.getAttribute("type")).toBe("image/svg+xml");
    }
    expect(readFileSync(path.join(built.output, "assets/favicon.svg"), "utf8")).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32">/,
    );
  });

  it("puts a plain GET search form in every page's header and loads no script on pages that need none", () => {
    for (const url of ["/", "/posts/voices-from-basra/", "/map/"]) {
      const form = readPage(built.output, url).querySelector("header.site-header form");
      expect(form?.getAttribute("role")).toBe("search");
      expect(form?.getAttribute("action")).toBe("/search/");
      expect(form?.getAttribute("method")).toBe("get");
      expect(form?.querySelector("input")?.getAttribute("name")).toBe("q");
    }
    expect(scripts(readPage(built.output, "/"))).toEqual([]);
    expect(scripts(readPage(built.output, "/search/"))).toEqual(["/assets/js/search.js"]);
  });

  it("has one search box on the search page: its own, not the header's", () => {
    const page = readPage(built.output, "/search/");
    expect(page.querySelectorAll('input[type="search"]')).toHaveLength(1);
    expect(page.querySelector("header.site-header form")).toBeNull();
    expect(page.querySelector('input[type="search"]')?.id).toBe("search-query");
  });

  it("has a search page that works as a plain form and says what to do without JavaScript", () => {
    const page = readPage(built.output, "/search/");
    const form = page.querySelector("main form[role=search]");
    expect(form?.getAttribute("action")).toBe("/search/");
    expect(page.querySelector("#search-query")?.getAttribute("name")).toBe("q");
    expect(page.querySelector("[data-search-status]")?.getAttribute("aria-live")).toBe("polite");
    const note = page.querySelector("[data-search-no-js]");
    expect(note?.textContent).toBe(
      "Search needs JavaScript, which is off or has not loaded. You can browse the archive by date or the topics instead.",
    );
    expect([...note!.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "/archive/",
      "/tags/",
    ]);
  });

  it("marks a post's body as its searchable content, its headline and dek as the result's metadata", () => {
    const page = readPage(built.output, "/posts/voices-from-basra/");
    expect(
      [...page.querySelectorAll("[data-pagefind-body]")].map((element) => element.className),
    ).toEqual(["post-body"]);
    expect(
      [...page.querySelectorAll("[data-pagefind-meta]")].map((element) => [
        element.tagName,
        element.getAttribute("data-pagefind-meta"),
      ]),
    ).toEqual([
      ["H1", "title"],
      ["P", "summary"],
    ]);
  });

  it("indexes the text excerpts are made from: the body, without byline or footnote numbers", () => {
    // Each fragment file is "pagefind_dcd" and the page's JSON: its URL, text and metadata.
    const fragments = indexText(built.output)
      .split("\n")
      .filter((line) => line.startsWith("pagefind_dcd{"))
      .map(
        (line) =>
          JSON.parse(line.slice("pagefind_dcd".length)) as {
            url: string;
            content: string;
            meta: { title: string };
          },
      );
    const voices = fragments.find((fragment) => fragment.url === "/posts/voices-from-basra/");
    expect(voices?.meta.title).toBe("Voices from Basra");
    expect(voices?.content).toMatch(
      /^Residents described the shelling of the old city and the closing of the bridges\. The port\. /,
    );
    expect(voices?.content).not.toContain("min read");
  });
});

describe("a post with footnotes, headings in two scripts, Arabic passages and a video", () => {
  it("gives every heading a unique id from the site's slugs", () => {
    const page = readPage(built.output, "/posts/voices-from-basra/");
    expect([...page.querySelectorAll(".post-body h2")].map((h) => h.id)).toEqual([
      "the-port",
      "البصرة",
      "the-port-1",
      "section-1f7vzt7",
    ]);
    const ids = [...page.querySelectorAll("[id]")].map((element) => element.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives footnotes ids carrying the post's slug, whose links resolve in the page", () => {
    const page = readPage(built.output, "/posts/voices-from-basra/");
    expect([...page.querySelectorAll(".footnote-item")].map((item) => item.id)).toEqual([
      "fn-voices-from-basra-1",
      "fn-voices-from-basra-2",
    ]);
    for (const link of page.querySelectorAll(".footnote-ref a, .footnote-backref")) {
      const target = decodeURIComponent(link.getAttribute("href")!.slice(1));
      expect(page.getElementById(target)).not.toBeNull();
    }
  });

  it("keeps footnote ids unique where two posts share a page: the feed", () => {
    const feed = JSON.parse(readFileSync(path.join(built.output, "feed.json"), "utf8")) as {
      items: { content_html: string }[];
    };
    expect(feed.items).toHaveLength(2);
    const { document } = parseHTML(
      `<!doctype html><html><body>${feed.items.map((item) => `<article>${item.content_html}</article>`).join("")}</body></html>`,
    );
    const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
    expect(ids.filter((id) => id.startsWith("fn")).sort()).toEqual([
      "fn-the-oil-terminal-1",
      "fn-voices-from-basra-1",
      "fn-voices-from-basra-2",
      "fnref-the-oil-terminal-1",
      "fnref-voices-from-basra-1",
      "fnref-voices-from-basra-2",
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    // Each reference points at its own post's note.
    const targets = [...document.querySelectorAll(".footnote-ref a")].map(
      (link) => link.getAttribute("href")?.replace(/^[^#]*#/, "") ?? "",
    );
    expect(targets.sort()).toEqual([
      "fn-the-oil-terminal-1",
      "fn-voices-from-basra-1",
      "fn-voices-from-basra-2",
    ]);
  });

  it("marks the Arabic passage and name with lang=ar and dir=rtl", () => {
    const page = readPage(built.output, "/posts/voices-from-basra/");
    const block = page.querySelector(".post-body div[lang]");
    expect([
      block?.getAttribute("lang"),
      block?.getAttribute("dir"),
      block?.textContent?.trim(),
    ]).toEqual(["ar", "rtl", "مدينة البصرة"]);
    const span = page.querySelector(".post-body span[lang]");
    expect(span?.outerHTML).toBe('<span lang="ar" dir="rtl">البصرة</span>');
  });

  it("embeds the video as a link that works without JavaScript, and loads only the video module", () => {
    const page = readPage(built.output, "/posts/voices-from-basra/");
    const figure = page.querySelector("figure.video-embed");
    expect(figure?.querySelector("figcaption a")?.getAttribute("href")).toBe(
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    );
    expect(figure?.getAttribute("data-embed-url")).toBe(
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    );
    expect(page.querySelector("iframe")).toBeNull();
    expect(scripts(page)).toEqual(["/assets/js/video.js"]);
    expect(scripts(readPage(built.output, "/posts/the-oil-terminal/"))).toEqual([
      "/assets/js/map.js",
    ]);
  });

  it("allows WebAssembly for search and frames only from the video players in the policy", () => {
    const policy = readPage(built.output, "/")
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.getAttribute("content");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policy).toContain(
      "frame-src https://www.youtube-nocookie.com https://player.vimeo.com;",
    );
  });

  it("passes npm run verify", () => {
    const run = runVerify(built.root);
    expect(run.stdout + run.stderr).toContain("is sound");
    expect(run.exitCode).toBe(0);
  });
});
