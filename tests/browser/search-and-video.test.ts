import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chromiumPath, headersForAllFiles } from "../../src/cli/chromium.ts";
import { browserSite } from "../helpers/browser-site.ts";
import { buildSite, projectRoot } from "../helpers/build-site.ts";

const prefix = "/basra-blog/";
/** Pagefind loads its WebAssembly and index on first search: slow on a busy machine. */
const slow = { timeout: 20_000 };

describe.skipIf(!chromiumPath)("search and video under /basra-blog/ and the site's policy", () => {
  const site = buildSite({
    posts: path.join(projectRoot, "tests/fixtures/posts/reading"),
    args: [`--pathprefix=${prefix}`],
  });
  const headers =
    site.exitCode === 0
      ? headersForAllFiles(readFileSync(path.join(site.output, "_headers"), "utf8"))
      : {};
  const browser = browserSite(() => site.output, { headers, pathPrefix: prefix });

  it("finds a post by a word of its text, with the prefix on the result's link and the word marked", async () => {
    expect(site.exitCode).toBe(0);
    expect(headers["Content-Security-Policy"]).toContain("'wasm-unsafe-eval'");
    const { page, record } = await browser.open();
    await page.goto(`${browser.baseUrl}${prefix}search/?q=tankers`);
    const status = page.locator("[data-search-status]");
    await expect.poll(() => status.textContent(), slow).toBe("1 result for “tankers”");
    expect(await status.getAttribute("aria-live")).toBe("polite");
    const link = page.locator(".search-result h2 a");
    expect(await link.textContent()).toBe("The oil terminal");
    expect(await link.getAttribute("href")).toBe(`${prefix}posts/the-oil-terminal/`);
    expect(await page.locator(".search-result mark").allTextContents()).toEqual(["Tankers"]);
    expect(await page.inputValue("#search-query")).toBe("tankers");
    expect(await page.locator("[data-search-no-js]").isHidden()).toBe(true);
    expect(record.requests.some((url) => url.endsWith(`${prefix}pagefind/pagefind.js`))).toBe(true);
    expect(record.errors).toEqual([]);
    expect(record.failed).toEqual([]);
    expect(record.refused).toEqual([]);
  });

  it("shows an excerpt of the article's text, cut at whole words with an ellipsis", async () => {
    const { page, record } = await browser.open();
    await page.goto(`${browser.baseUrl}${prefix}search/?q=bridges`);
    await expect
      .poll(() => page.locator("[data-search-status]").textContent(), slow)
      .toBe("1 result for “bridges”");
    const excerpt = page.locator(".search-result__excerpt");
    // Pagefind centres the excerpt on the match: cut before "old" and after "same", in the body's
    // text (no byline, date, reading time or footnote numbers), with "…" at both cuts.
    expect(await excerpt.textContent()).toBe(
      "…old city and the closing of the bridges. The port. Dockworkers stayed home. البصرة. مدينة البصرة. The name البصرة means “the overseer”. The port. A second section with the same…",
    );
    expect(await excerpt.locator("mark").allTextContents()).toEqual(["bridges."]);
    expect(record.errors).toEqual([]);
  });

  it("finds a post by a word of its headline only, titled by its headline", async () => {
    const { page, record } = await browser.open();
    await page.goto(`${browser.baseUrl}${prefix}search/?q=voices`);
    await expect
      .poll(() => page.locator("[data-search-status]").textContent(), slow)
      .toBe("1 result for “voices”");
    expect(await page.locator(".search-result h2 a").textContent()).toBe("Voices from Basra");
    expect(await page.locator(".search-result__excerpt").textContent()).toMatch(
      /^Residents described the shelling/,
    );
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(record.errors).toEqual([]);
  });

  it("finds nothing in navigation, the footer or a map's list of features", async () => {
    const { page, record } = await browser.open();
    for (const query of ["Qurnawordle", "Dispatch"]) {
      await page.goto(`${browser.baseUrl}${prefix}search/?q=${encodeURIComponent(query)}`);
      await expect
        .poll(() => page.locator("[data-search-status]").textContent(), slow)
        .toBe(`No results for “${query}”`);
      expect(await page.locator(".search-result").count()).toBe(0);
    }
    expect(record.errors).toEqual([]);
  });

  it("searches from the header's box on any page, as a plain form", async () => {
    const { page, record } = await browser.open();
    await page.goto(`${browser.baseUrl}${prefix}`);
    expect(record.requests.filter((url) => url.endsWith(".js"))).toEqual([]);
    await page.fill("#site-search-query", "dockworkers");
    await page.press("#site-search-query", "Enter");
    await page.waitForURL(`${browser.baseUrl}${prefix}search/?q=dockworkers`);
    await expect
      .poll(() => page.locator("[data-search-status]").textContent(), slow)
      .toBe("1 result for “dockworkers”");
    expect(await page.locator(".search-result h2 a").getAttribute("href")).toBe(
      `${prefix}posts/voices-from-basra/`,
    );
    expect(record.errors).toEqual([]);
  });

  it("says without JavaScript that search needs it, with links to the archive and topics", async () => {
    const context = await browser.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${browser.baseUrl}${prefix}search/?q=tankers`);
    const note = page.locator("[data-search-no-js]");
    expect(await note.isVisible()).toBe(true);
    expect(
      await note.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href"))),
    ).toEqual([`${prefix}archive/`, `${prefix}tags/`]);
    await context.close();
  });

  it("loads nothing from the video provider before the click, then the nocookie player", async () => {
    const { page, record } = await browser.open();
    const frames: string[] = [];
    await page.route("https://www.youtube-nocookie.com/**", async (route) => {
      frames.push(route.request().url());
      await route.fulfill({ status: 200, contentType: "text/html", body: "<p>player</p>" });
    });
    await page.goto(`${browser.baseUrl}${prefix}posts/voices-from-basra/`);
    await page.waitForLoadState("networkidle");
    const button = page.locator(".video-embed__play");
    expect(await button.isVisible()).toBe(true);
    expect(await button.textContent()).toBe("Play video (loads YouTube)");
    expect(frames).toEqual([]);
    expect(record.refused).toEqual([]);
    expect(await page.locator("iframe").count()).toBe(0);

    await button.click();
    const iframe = page.locator("figure.video-embed iframe");
    await iframe.waitFor();
    expect(await iframe.getAttribute("src")).toBe(
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
    );
    expect(await iframe.getAttribute("title")).toBe("Residents of Basra on the fighting");
    expect(await iframe.getAttribute("allow")).toContain("fullscreen");
    await expect
      .poll(() => frames)
      .toEqual(["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"]);
    await expect
      .poll(() =>
        page.frames().some((frame) => frame.url().startsWith("https://www.youtube-nocookie.com/")),
      )
      .toBe(true);
    expect(await page.locator("figcaption a").getAttribute("href")).toBe(
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    );
    expect(record.errors).toEqual([]);
  });
});
