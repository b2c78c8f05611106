import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { indexSite, siteLanguageOf } from "../../../src/search/index-site.ts";

/** Writes `pages` (path → HTML) into a fresh folder and returns it. */
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "dispatch-search-"));
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><nav>Navigation</nav>${body}</body></html>`;

describe("indexSite", () => {
  it("indexes only pages with data-pagefind-body, and says how many", async () => {
    const dir = site({
      "index.html": page("<ol><li>A list of posts</li></ol>"),
      "posts/a/index.html": page(
        "<article data-pagefind-body><h1>Post A</h1><p>Basra.</p></article>",
      ),
      "posts/b/index.html": page(
        "<article data-pagefind-body><h1>Post B</h1><p>Umm Qasr.</p></article>",
      ),
    });
    expect(await indexSite(dir)).toEqual({ pageCount: 2 });
    const entry = JSON.parse(readFileSync(path.join(dir, "pagefind/pagefind-entry.json"), "utf8"));
    expect(entry.languages.en.page_count).toBe(2);
    // Only what Dispatch's search page loads is written: no ready-made Pagefind interfaces.
    const bundle = readdirSync(path.join(dir, "pagefind")).filter((file) => !file.includes("."));
    expect(bundle.sort()).toEqual(["fragment", "index"]);
    const files = readdirSync(path.join(dir, "pagefind")).filter((file) =>
      /\.(js|css)$/.test(file),
    );
    expect(files.sort()).toEqual(["pagefind-worker.js", "pagefind.js"]);
  }, 60_000);

  it("leaves a map's key and list of features and a video's button out of the index", async () => {
    const dir = site({
      "posts/a/index.html": page(
        '<article data-pagefind-body><h1>Post A</h1><p>Tankers loaded.</p><figure><div class="dispatch-map__legend">Keyword</div><div class="dispatch-map__list">Qurnawordle</div><div class="video-embed__frame"><button>Playbutton</button></div></figure></article>',
      ),
    });
    await indexSite(dir);
    const folder = path.join(dir, "pagefind/fragment");
    const text = readdirSync(folder)
      .map((file) => gunzipSync(readFileSync(path.join(folder, file))).toString("utf8"))
      .join("");
    expect(text).toContain("Tankers loaded.");
    expect(text).not.toContain("Keyword");
    expect(text).not.toContain("Qurnawordle");
    expect(text).not.toContain("Playbutton");
  }, 60_000);
});

describe("indexSite and languages", () => {
  it("puts a page in another language in the one index of the site's language, which the search page loads", async () => {
    const dir = site({
      "index.html": page("<ol><li>Posts</li></ol>"),
      "posts/a/index.html": page(
        "<article data-pagefind-body><h1>Post A</h1><p>Basra.</p></article>",
      ),
      "posts/a-ar/index.html":
        '<!doctype html><html lang="ar" dir="rtl"><head><title>t</title></head><body><article data-pagefind-body><h1>البصرة</h1><p>الزبير.</p></article></body></html>',
    });
    expect(await indexSite(dir)).toEqual({ pageCount: 2 });
    const entry = JSON.parse(readFileSync(path.join(dir, "pagefind/pagefind-entry.json"), "utf8"));
    expect(Object.keys(entry.languages)).toEqual(["en"]);
    expect(entry.languages.en.page_count).toBe(2);
  }, 60_000);

  it.each([
    ['<!doctype html><html lang="EN-gb"><head></head><body></body></html>', "en-GB"],
    ['<!doctype html><html lang="ar" dir="rtl"><head></head></html>', "ar"],
    ["<!doctype html><html><head></head></html>", undefined],
    ['<!doctype html><html lang="not a tag"><head></head></html>', undefined],
  ])("reads the site's language from the home page %j: %j", (html, language) => {
    expect(siteLanguageOf(site({ "index.html": html }))).toBe(language);
  });

  it("has no language for a site without a home page", () => {
    expect(siteLanguageOf(site({ "posts/a/index.html": page("") }))).toBeUndefined();
  });
});
