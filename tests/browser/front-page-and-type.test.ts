/**
 * What a reader meets first, in Chromium: the front page's hierarchy on a desktop and a phone,
 * the site's own typeface loaded from the site, and lines (the navigation, bylines) that wrap
 * between their parts, never inside one, in light and dark; a byline of three long names wraps
 * between words on a phone.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chromiumPath } from "../../src/cli/chromium.ts";
import { browserSite } from "../helpers/browser-site.ts";
import { buildSite, projectRoot } from "../helpers/build-site.ts";
import path from "node:path";

const site = inject("realSite");
const timeline = "/posts/basra-timeline-24-31-march-2008/";

/** Boxes of the elements matching `selector`, with the number of lines each is laid out on. */
function layout(page: Page, selector: string) {
  return page.$$eval(selector, (elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      const lines = new Set([...element.getClientRects()].map((rect) => Math.round(rect.top)));
      return {
        text: element.textContent?.trim() ?? "",
        top: box.top,
        height: box.height,
        lines: lines.size,
      };
    }),
  );
}

describe.skipIf(!chromiumPath)("the front page and the site's type", () => {
  const browser = browserSite(() => site.output);

  describe.each([
    {
      name: "desktop, light",
      viewport: { width: 1280, height: 900 },
      colorScheme: "light" as const,
    },
    { name: "phone, dark", viewport: { width: 390, height: 844 }, colorScheme: "dark" as const },
  ])("on a $name screen", ({ viewport, colorScheme }) => {
    let page: Page;
    let fontRequests: string[];
    beforeAll(async () => {
      const context = await browser.browser.newContext({
        viewport,
        colorScheme,
        ...(viewport.width < 600 ? { isMobile: true, hasTouch: true } : {}),
      });
      page = await context.newPage();
      fontRequests = [];
      page.on("request", (request) => {
        if (request.resourceType() === "font") fontRequests.push(new URL(request.url()).pathname);
      });
      await page.goto(browser.baseUrl + "/");
      await page.evaluate(() => document.fonts.ready);
    });
    afterAll(async () => {
      await page.context().close();
    });

    it("leads with the newest post in the largest headline, the next as a top story", async () => {
      const headlines = await page.$$eval(".story-headline", (elements) =>
        elements.map((element) => ({
          text: element.textContent?.trim(),
          size: Number.parseFloat(getComputedStyle(element).fontSize),
        })),
      );
      expect(headlines.map((headline) => headline.text)).toEqual([
        "Basra, 24–31 March 2008: a timeline",
        "Continuing Battle for the South: Basra",
      ]);
      expect(headlines[0]!.size).toBeGreaterThan(headlines[1]!.size * 1.2);
      // The top story's picture is the drawing of its map, loaded and shown whole.
      const picture = await page.$eval(".story--with-map .story-visual img", (image) => ({
        loaded: (image as HTMLImageElement).naturalWidth,
        ratio: image.getBoundingClientRect().width / image.getBoundingClientRect().height,
      }));
      expect(picture.loaded).toBe(720);
      expect(picture.ratio).toBeCloseTo(720 / 420, 1);
    });

    it("sets headlines and text in Source Serif 4 from the site's own files, and no other", async () => {
      const families = await page.$$eval(".story-headline, .dek", (elements) =>
        elements.map((element) => getComputedStyle(element).fontFamily.split(",")[0]),
      );
      expect(new Set(families)).toEqual(new Set(['"Source Serif 4"']));
      expect(await page.evaluate(() => document.fonts.check('600 2rem "Source Serif 4"'))).toBe(
        true,
      );
      expect(fontRequests).toEqual(["/assets/fonts/source-serif-4-latin-wght-normal.woff2"]);
    });

    it("never lays the page out wider than the screen", async () => {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBe(viewport.width);
    });

    it("keeps every navigation item and every part of a byline on one line", async () => {
      // Shown items only: the nav's Search link is for phones, where the search box is hidden.
      const items = (await layout(page, ".site-nav li, .byline > span, .byline > time")).filter(
        (item) => item.height > 0,
      );
      expect(items.length).toBeGreaterThan(8);
      for (const item of items) expect(item, item.text).toMatchObject({ lines: 1 });
      // The navigation is a single row on both screens (on a phone it scrolls sideways).
      const shown = (await layout(page, ".site-nav li")).filter((item) => item.height > 0);
      const tops = new Set(shown.map((item) => Math.round(item.top)));
      expect(tops.size).toBe(1);
    });

    it(`draws the page in the ${colorScheme} palette`, async () => {
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === "dark" ? "rgb(22, 22, 24)" : "rgb(253, 252, 249)");
    });
  });

  it("gives a long analysis a table of contents linked to its sections, on a phone too", async () => {
    const { page } = await browser.open();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(browser.baseUrl + timeline);
    const entries = await page.$$eval(".toc a", (links) =>
      links.map((link) => [link.textContent, link.getAttribute("href")]),
    );
    expect(entries.length).toBeGreaterThanOrEqual(3);
    for (const [, href] of entries) {
      expect(await page.locator(`[id="${href!.slice(1)}"]`).count(), href!).toBe(1);
    }
    await page.click(`.toc a[href="${entries[1]![1]}"]`);
    expect(new URL(page.url()).hash).toBe(entries[1]![1]);
    await page.context().close();
  });
});

describe.skipIf(!chromiumPath)("a byline of three long names", () => {
  const site = buildSite({ posts: path.join(projectRoot, "tests/fixtures/posts/long-byline") });
  const browser = browserSite(() => site.output);

  it.each([
    ["/posts/three-correspondents/", 390],
    ["/posts/three-correspondents/", 1280],
    [`/authors/${encodeURIComponent("şükrü-çelik")}/`, 390],
  ])(
    "%s at %i px: the names wrap between words, the page no wider than the screen",
    async (url, width) => {
      expect(site.exitCode).toBe(0);
      const { page } = await browser.open();
      try {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(browser.baseUrl + url);
        await page.evaluate(() => document.fonts.ready);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
        const names = await page.$$eval(".byline .author a", (links) =>
          links.map((link) => link.textContent),
        );
        expect(names).toEqual([
          "Şükrü Çelik",
          "José Ángel de la Peña Fernández",
          "Åsa Ødegård-Lindqvist",
        ]);
        const [author] = await layout(page, ".byline > .author");
        // On a phone the names take two lines or more; on a desktop, one.
        if (width === 390) expect(author!.lines).toBeGreaterThan(1);
        else expect(author!.lines).toBe(1);
        // The dates and the reading time stay whole.
        const parts = await layout(
          page,
          ".byline > time, .byline > .updated, .byline > .reading-time",
        );
        expect(parts.length).toBeGreaterThan(1);
        for (const part of parts) expect(part, part.text).toMatchObject({ lines: 1 });
      } finally {
        await page.context().close();
      }
    },
  );
});
