import path from "node:path";
import type { Frame, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumPath, openPage } from "../../src/cli/chromium.ts";
import { browserSite } from "../helpers/browser-site.ts";
import { buildSite, projectRoot } from "../helpers/build-site.ts";
import { darkGround, lightGround } from "../../src/maps/draw/palette.ts";

/** A #rrggbb colour as CSS computes it, `rgb(r, g, b)`. */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

/** A post with a dated map of four steps (line 8) and a map without dates (line 29). */
const fixture = path.join(projectRoot, "tests/fixtures/posts/small-multiples");
const postPath = "/posts/basra-four-days/";
const dated = "#map-basra-four-days-1";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether each element `selector` matches is shown (CSS `checkVisibility`), in order. */
const shown = (page: Page | Frame, selector: string) =>
  page.$$eval(selector, (elements) => elements.map((element) => element.checkVisibility()));

/** The panels' boxes, and whether each image has loaded. */
const panels = (page: Page) =>
  page.$$eval(`${dated} .dispatch-map__panel`, (items) =>
    items.map((item) => ({
      box: item.querySelector("img")?.getBoundingClientRect().toJSON() as Box,
      loaded: (item.querySelector("img") as HTMLImageElement | null)?.naturalWidth ?? 0,
      label: item.querySelector("time")?.textContent,
    })),
  );

/** How many panels share each row, top to bottom. */
function rows(boxes: Box[]): number[] {
  const tops = new Map<number, number>();
  for (const box of boxes) {
    const top = Math.round(box.y + box.height);
    tops.set(top, (tops.get(top) ?? 0) + 1);
  }
  return [...tops.entries()].sort(([a], [b]) => a - b).map(([, count]) => count);
}

describe.skipIf(!chromiumPath)("small multiples of a dated map, in Chromium", () => {
  const site = buildSite({ posts: fixture });
  const browser = browserSite(() => site.output);

  it("builds", () => {
    expect(site.exitCode).toBe(0);
  });

  it.each([
    [1280, [3, 1], 200],
    [390, [2, 2], 150],
  ])(
    "without JavaScript at %i px, shows the panels labelled, %j to a row, inside the page",
    async (width, perRow, minimumWidth) => {
      const context = await browser.browser.newContext({
        javaScriptEnabled: false,
        viewport: { width, height: 900 },
      });
      const page = await context.newPage();
      const refused: string[] = [];
      await page.route("**/*", (route) => {
        if (route.request().url().startsWith(browser.baseUrl)) return route.continue();
        refused.push(route.request().url());
        return route.abort("blockedbyclient");
      });
      await page.goto(browser.baseUrl + postPath);
      await page.locator(dated).scrollIntoViewIfNeeded();
      await page.waitForFunction(
        (selector) =>
          [...document.querySelectorAll<HTMLImageElement>(`${selector} .dispatch-map__panel img`)]
            .map((image) => image.complete && image.naturalWidth > 0)
            .every(Boolean),
        dated,
      );
      expect(await shown(page, `${dated} .dispatch-map__small-multiples`)).toEqual([true]);
      expect(await shown(page, `${dated} .dispatch-map__static`)).toEqual([false]);
      expect(await shown(page, `${dated} .dispatch-map__canvas`)).toEqual([false]);
      // The map without dates shows its one static map, as before.
      expect(await shown(page, "#map-basra-four-days-2 .dispatch-map__static")).toEqual([true]);
      const found = await panels(page);
      expect(found.map((panel) => panel.label)).toEqual([
        "Tuesday 25 March",
        "Wednesday 26 March",
        `Day 3 <b>&</b> "after"`,
        "Friday 28 March",
      ]);
      expect(found.every((panel) => panel.loaded === 240)).toBe(true);
      const boxes = found.map((panel) => panel.box);
      expect(rows(boxes)).toEqual(perRow);
      const figure = (await page.locator(dated).boundingBox()) as Box;
      for (const box of boxes) {
        expect(box.width).toBeGreaterThanOrEqual(minimumWidth);
        // Each panel keeps the drawing's 3:2 shape.
        expect(Math.abs(box.width / box.height - 1.5)).toBeLessThan(0.03);
        expect(box.x).toBeGreaterThanOrEqual(figure.x - 0.5);
        expect(box.x + box.width).toBeLessThanOrEqual(figure.x + figure.width + 0.5);
      }
      // Nothing is wider than the window.
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      expect(refused).toEqual([]);
      await context.close();
    },
  );

  it("with JavaScript, holds the live map's place with the static map until the live map is drawn", async () => {
    const { page, record } = await openPage(browser.browser, browser.baseUrl);
    // The loader waits for the map to near the viewport: with no observer firing, it never draws.
    await page.addInitScript(() => {
      window.IntersectionObserver = class {
        observe() {}
        unobserve() {}
        disconnect() {}
      } as unknown as typeof IntersectionObserver;
    });
    await page.goto(browser.baseUrl + postPath);
    await page.waitForLoadState("networkidle");
    expect(await shown(page, `${dated} .dispatch-map__static`)).toEqual([true]);
    expect(await shown(page, `${dated} .dispatch-map__small-multiples`)).toEqual([false]);
    const image = (await page.locator(`${dated} .dispatch-map__static`).boundingBox()) as Box;
    expect(image.width).toBeGreaterThan(600);
    expect(record.errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ["in a frame sandboxed without allow-same-origin, where the map module is blocked", "", false],
    ["when the live map's module cannot be fetched", "block", true],
  ])("shows the panels, not the all-dates static map, %s", async (_, block, direct) => {
    const { page } = await openPage(browser.browser, browser.baseUrl);
    // Leaflet's stylesheet refused (an ad-blocker, a flaky network): the live map cannot start.
    if (block) await page.route(/\/leaflet\.css$/, (route) => route.abort());
    let target: Page | Frame = page;
    if (direct) {
      await page.goto(browser.baseUrl + postPath);
    } else {
      // A CMS's frame of the map's embed page: scripts allowed, but an opaque origin, so the
      // module is refused (CORS). The host page is answered by the test, with no policy of its own.
      await page.goto(browser.baseUrl + postPath);
      const embed = await page.getAttribute(`${dated} ~ [data-embed-page]`, "data-embed-page");
      const host = `${browser.baseUrl}/cms-host.html`;
      await page.route(host, (route) =>
        route.fulfill({
          contentType: "text/html",
          body: `<!doctype html><title>CMS</title><iframe name="cms" sandbox="allow-scripts" src="${embed}" width="800" height="3000"></iframe>`,
        }),
      );
      await page.goto(host);
      target = page.frame({ name: "cms" }) as Frame;
    }
    await target.locator(dated).scrollIntoViewIfNeeded();
    // The loader ran and the module failed, or the loader itself was refused: either way, panels.
    if (direct) await target.waitForSelector(`${dated}.dispatch-map--failed`);
    else
      expect(
        await target.evaluate(() =>
          document.documentElement.classList.contains("dispatch-map-loader"),
        ),
      ).toBe(false);
    expect(await shown(target, `${dated} .dispatch-map__small-multiples`)).toEqual([true]);
    expect(await shown(target, `${dated} .dispatch-map__static`)).toEqual([false]);
    expect(await shown(target, `${dated} .dispatch-map__panel img`)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    await page.context().close();
  });

  it("hides the panels once the live map is drawn, and prints them instead of the live map", async () => {
    const { page, record } = await openPage(browser.browser, browser.baseUrl);
    await page.goto(browser.baseUrl + postPath);
    await page.locator(dated).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${dated}.dispatch-map--interactive .leaflet-tile-loaded`);
    expect(await shown(page, `${dated} .dispatch-map__small-multiples`)).toEqual([false]);
    expect(await shown(page, `${dated} .dispatch-map__static`)).toEqual([false]);
    expect(await shown(page, `${dated} .dispatch-map__canvas`)).toEqual([true]);

    await page.emulateMedia({ media: "print" });
    expect(await shown(page, `${dated} .dispatch-map__small-multiples`)).toEqual([true]);
    expect(await shown(page, `${dated} .dispatch-map__panel img`)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(await shown(page, `${dated} .dispatch-map__canvas`)).toEqual([false]);
    expect(await shown(page, `${dated} .dispatch-map__static`)).toEqual([false]);
    // The map without dates prints its static map, as before.
    expect(await shown(page, "#map-basra-four-days-2 .dispatch-map__static")).toEqual([true]);
    await page.waitForFunction(
      (selector) =>
        [...document.querySelectorAll<HTMLImageElement>(`${selector} .dispatch-map__panel img`)]
          .map((image) => image.complete && image.naturalWidth > 0)
          .every(Boolean),
      dated,
    );
    // Three to a row on paper.
    expect(rows((await panels(page)).map((panel) => panel.box))).toEqual([3, 1]);
    expect(record.errors).toEqual([]);
    expect(record.failed).toEqual([]);
    await page.context().close();
  });

  it("draws a panel dark on a dark screen and light in print from a dark-mode system", async () => {
    const { page, record } = await openPage(browser.browser, browser.baseUrl);
    await page.goto(browser.baseUrl + postPath);
    const src = await page.$eval(`${dated} .dispatch-map__panel img`, (image) =>
      image.getAttribute("src"),
    );
    // The panel's own document: an <img> cannot be looked into, its SVG opened alone can.
    await page.goto(new URL(src ?? "", browser.baseUrl + postPath).href);
    const fills = async (media: "screen" | "print") => {
      await page.emulateMedia({ media, colorScheme: "dark" });
      return page.$eval(".land", (land) => getComputedStyle(land).fill);
    };
    expect(await fills("screen")).toBe(rgb(darkGround.land));
    expect(await fills("print")).toBe(rgb(lightGround.land));
    expect(record.errors).toEqual([]);
    await page.context().close();
  });
});
