import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath } from "../../src/cli/chromium.ts";
import { browserSite } from "../helpers/browser-site.ts";
import { buildSite, projectRoot } from "../helpers/build-site.ts";
import path from "node:path";

const fixture = path.join(projectRoot, "tests/fixtures/posts/translations");

/** What the Arabic page's layout measures, in CSS pixels, read in the page. */
interface Layout {
  /** The post column's left and right edges. */
  column: { left: number; right: number };
  /** Right edges of the byline's author and date: the author comes first, on the right. */
  bylineAuthorRight: number;
  bylineDateRight: number;
  /** The first list item's text: its right edge and its item's right edge. */
  listTextRight: number;
  listItemRight: number;
  /** The list's computed padding on each side (the markers' side is the right). */
  listPadding: { left: string; right: string };
  mapListPadding: { left: string; right: string };
  mapItemTextRight: number;
  mapItemRight: number;
  footnoteTextRight: number;
  footnoteItemRight: number;
  /** The right edge of the first footnote's back-reference arrow, after its text. */
  footnoteBackrefRight: number;
  tocBorder: { left: string; right: string };
  blockquoteBorder: { left: string; right: string };
  /** The first source's first part (its title) and last part (its date): right to left. */
  sourceTitleRight: number;
  sourceDateRight: number;
  headlineFont: string;
  /** Noto Naskh Arabic faces the page loaded (`document.fonts`). */
  naskhLoaded: string[];
  /** Whether the headline's text can be drawn in Noto Naskh Arabic without a download. */
  naskhReady: boolean;
  scrollWidth: number;
  clientWidth: number;
}

/** Measures the page (run in the browser; no imports). */
function measure(): Layout {
  const rect = (selector: string) => {
    const element = document.querySelector(selector);
    if (!element) throw new Error(`no ${selector}`);
    return element.getBoundingClientRect();
  };
  const textRect = (selector: string) => {
    const element = document.querySelector(selector);
    const node = [...(element?.childNodes ?? [])].find(
      (child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? "").trim() !== "",
    );
    if (!node) throw new Error(`no text in ${selector}`);
    const range = document.createRange();
    range.selectNodeContents(node);
    return range.getBoundingClientRect();
  };
  const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
  const sides = (selector: string, property: "padding" | "border") => {
    const computed = style(selector);
    return property === "padding"
      ? { left: computed.paddingLeft, right: computed.paddingRight }
      : { left: computed.borderLeftWidth, right: computed.borderRightWidth };
  };
  const column = rect(".post-body");
  return {
    column: { left: column.left, right: column.right },
    bylineAuthorRight: rect(".byline .author").right,
    bylineDateRight: rect(".byline > time").right,
    listTextRight: textRect(".post-body ul > li").right,
    listItemRight: rect(".post-body ul > li").right,
    listPadding: sides(".post-body ul", "padding"),
    mapListPadding: sides(".dispatch-map__features", "padding"),
    mapItemTextRight: rect(".dispatch-map__feature-title").right,
    mapItemRight: rect(".dispatch-map__feature").right,
    footnoteTextRight: textRect(".footnote-item p").right,
    footnoteItemRight: rect(".footnote-item").right,
    footnoteBackrefRight: rect(".footnote-item .footnote-backref").right,
    tocBorder: sides(".toc", "border"),
    blockquoteBorder: sides(".post-body blockquote", "border"),
    sourceTitleRight: rect(".citation cite").right,
    sourceDateRight: rect(".citation time").right,
    headlineFont: getComputedStyle(document.querySelector("h1")!).fontFamily,
    naskhLoaded: [...document.fonts]
      .filter((face) => face.family.replace(/"/g, "") === "Noto Naskh Arabic")
      .filter((face) => face.status === "loaded")
      .map((face) => face.weight)
      .sort(),
    naskhReady: document.fonts.check('700 2rem "Noto Naskh Arabic"', "تفجير"),
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  };
}

describe.skipIf(!chromiumPath)("an Arabic post laid out right to left", () => {
  const site = buildSite({ posts: fixture });
  const browser = browserSite(() => site.output);

  /** Opens a page of the site at a width and returns it and the site's requests. */
  async function open(url: string, width: number): Promise<{ page: Page; requests: string[] }> {
    const { page, record } = await browser.open();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${browser.baseUrl}${url}`);
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => document.fonts.ready);
    return { page, requests: record.requests };
  }

  it.each([1280, 390])(
    "reads from the right at %i px: byline, lists, map list, footnotes, sources",
    async (width) => {
      expect(site.exitCode).toBe(0);
      const { page } = await open("/posts/zubair-pipeline-ar/", width);
      try {
        // The live map starts when it comes into view (a phone's, too): draw it, then measure.
        await page.locator(".dispatch-map").scrollIntoViewIfNeeded();
        await page.waitForSelector(".leaflet-container");
        await page.evaluate(() => window.scrollTo(0, 0));
        const layout = await page.evaluate(measure);
        // The byline starts at the right: "بقلم Nadia Karim", then the date to its left.
        expect(layout.bylineAuthorRight).toBeCloseTo(layout.column.right, -1);
        expect(layout.bylineDateRight).toBeLessThan(layout.bylineAuthorRight);
        // A list item's text is right-aligned, its marker in the padding on the right.
        expect(layout.listTextRight).toBeCloseTo(layout.listItemRight, 0);
        expect(layout.listPadding.left).toBe("0px");
        expect(parseFloat(layout.listPadding.right)).toBeGreaterThan(10);
        // The map's list: the same.
        expect(layout.mapListPadding.left).toBe("0px");
        expect(parseFloat(layout.mapListPadding.right)).toBeGreaterThan(10);
        expect(layout.mapItemTextRight).toBeGreaterThan(layout.mapItemRight - 60);
        // Footnotes: the text from the right, the back-reference after it (leftwards).
        expect(layout.footnoteTextRight).toBeCloseTo(layout.footnoteItemRight, 0);
        expect(layout.footnoteBackrefRight).toBeLessThan(layout.footnoteItemRight - 20);
        // Rules of the contents and quotations on the right, the side a line starts.
        expect(layout.tocBorder).toEqual({ left: "0px", right: "3px" });
        expect(layout.blockquoteBorder).toEqual({ left: "0px", right: "3px" });
        // A source in English: its title first (right), its date last (left).
        expect(layout.sourceDateRight).toBeLessThan(layout.sourceTitleRight);
        // Nothing wider than the screen.
        expect(layout.scrollWidth).toBe(layout.clientWidth);
      } finally {
        await page.context().close();
      }
    },
  );

  it("finds the Arabic post from the search page by an Arabic word", async () => {
    const { page } = await open("/search/?q=الزبير", 1280);
    try {
      await page.waitForSelector(".search-result");
      const results = await page.locator(".search-result a").allTextContents();
      expect(results.map((text) => text.trim())).toContain("تفجير خط أنابيب الزبير 1 جنوب البصرة");
    } finally {
      await page.context().close();
    }
  });

  it("gives axe-core no serious or critical violation on the Arabic page (lang, contrast, names)", async () => {
    const { page } = await open("/posts/zubair-pipeline-ar/", 1280);
    try {
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
        .map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((n) => n.target.join(" ")).join(", ")}`,
        );
      expect(serious).toEqual([]);
      expect(results.passes.map((pass) => pass.id)).toEqual(
        expect.arrayContaining(["html-has-lang", "html-lang-valid", "valid-lang"]),
      );
    } finally {
      await page.context().close();
    }
  });

  it("sets the headline in Noto Naskh Arabic, which a page without Arabic letters never downloads", async () => {
    const arabic = await open("/posts/zubair-pipeline-ar/", 1280);
    try {
      const layout = await arabic.page.evaluate(measure);
      expect(layout.headlineFont.startsWith(`"Noto Naskh Arabic"`)).toBe(true);
      expect(layout.naskhLoaded).toEqual(["400", "700"]);
      expect(layout.naskhReady).toBe(true);
      expect(arabic.requests.filter((url) => url.includes("noto-naskh-arabic")).sort()).toEqual([
        `${browser.baseUrl}/assets/fonts/noto-naskh-arabic-arabic-400-normal.woff2`,
        `${browser.baseUrl}/assets/fonts/noto-naskh-arabic-arabic-700-normal.woff2`,
      ]);
    } finally {
      await arabic.page.context().close();
    }
    // A page with no Arabic letters (the authors' page) downloads nothing of the Arabic face;
    // the English post does, for the words in Arabic it shows (its translation's name and title).
    const authors = await open("/authors/", 1280);
    try {
      expect(
        await authors.page.evaluate(() => /\p{Script=Arabic}/u.test(document.body.innerText)),
      ).toBe(false);
      expect(authors.requests.filter((url) => url.includes("/assets/fonts/"))).toEqual([
        `${browser.baseUrl}/assets/fonts/source-serif-4-latin-wght-normal.woff2`,
      ]);
    } finally {
      await authors.page.context().close();
    }
  });
});
