import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { chromiumPath, openPage, type PageRecord } from "../../src/cli/chromium.ts";
import { contrastRatio, darkGround, luminance } from "../../src/maps/draw/palette.ts";
import { browserSite } from "../helpers/browser-site.ts";

const site = inject("realSite");
const postPath = "/posts/continuing-battle-for-the-south-basra/";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

/** `rgb(r, g, b)` as `#rrggbb`. */
function hex(rgb: string): string {
  const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number) as [number, number, number];
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

async function boxes(page: Page, selector: string): Promise<Box[]> {
  return page
    .locator(selector)
    .evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().toJSON() as Box),
    );
}

/** The zoom of the tiles the map shows (their URLs end in `/z/x/y.png`), loaded or not. */
async function tileZoom(page: Page): Promise<number> {
  const src = await page
    .locator(".leaflet-tile-container:last-child img")
    .first()
    .getAttribute("src");
  return Number(/\/(\d+)\/\d+\/\d+\.png$/.exec(src ?? "")?.[1]);
}

/**
 * Moves pin 2 (al-Jamiyat, among the neighbourhoods) to the middle of the map and zooms in until
 * area labels show, from the keyboard as a reader would: arrows pan by 80 px, "=" zooms in.
 */
async function zoomToLabels(page: Page): Promise<void> {
  const map = (await boxes(page, "[data-map-canvas]"))[0] as Box;
  const pin = (await boxes(page, ".dispatch-map__pin"))[1] as Box;
  await page.locator("[data-map-canvas]").focus();
  const dx = Math.round((pin.x + pin.width / 2 - (map.x + map.width / 2)) / 80);
  const dy = Math.round((pin.y + pin.height - (map.y + map.height / 2)) / 80);
  for (let i = 0; i < Math.abs(dx); i++)
    await page.keyboard.press(dx > 0 ? "ArrowRight" : "ArrowLeft");
  for (let i = 0; i < Math.abs(dy); i++)
    await page.keyboard.press(dy > 0 ? "ArrowDown" : "ArrowUp");
  for (let zoom = await tileZoom(page); zoom < 12; zoom++) {
    await page.keyboard.press("Equal");
    await page.waitForFunction(
      (next) =>
        [...document.querySelectorAll(".leaflet-tile")].some((tile) =>
          (tile as HTMLImageElement).src.includes(`/${next}/`),
        ) && !document.querySelector(".leaflet-zoom-anim"),
      zoom + 1,
    );
  }
  await page.waitForSelector(".dispatch-map__label");
  // The labels are placed again when the map settles (moveend): read them once no pan or zoom is
  // under way and two frames have been drawn since, not while a keyboard pan still runs. A busy
  // machine can end Leaflet's zoom (its 250 ms timer) before the pins' and badges' CSS transition
  // to their new places has finished; read them when no animation runs.
  await page.waitForFunction(
    () =>
      !document.querySelector(".leaflet-zoom-anim, .leaflet-pan-anim") &&
      document.getAnimations().every((animation) => animation.playState !== "running"),
  );
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** Zooms to the labels and checks that each label shown covers no pin and no badge. */
async function expectLabelsClearOfPins(page: Page): Promise<void> {
  await zoomToLabels(page);
  const { labels, pins, badges } = await labelsAndObstacles(page);
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) {
    for (const obstacle of [...pins, ...badges]) {
      expect(intersects(label.box, obstacle), label.text ?? "").toBe(false);
    }
  }
}

/** The label boxes shown, and every pin's and badge's box. */
async function labelsAndObstacles(page: Page) {
  const labels = await page
    .locator(".dispatch-map__label:not(.dispatch-map__label--hidden)")
    .evaluateAll((elements) =>
      elements.map((element) => ({
        text: element.textContent,
        box: element.getBoundingClientRect().toJSON() as Box,
      })),
    );
  return {
    labels,
    pins: await boxes(page, ".dispatch-map__pin"),
    badges: await boxes(page, ".dispatch-map__badge"),
  };
}

describe.skipIf(!chromiumPath)("the Basra map on a phone in dark mode, tiles blocked", () => {
  const browser = browserSite(() => site.output);
  let page: Page;
  let record: PageRecord;

  beforeAll(async () => {
    ({ page, record } = await openPage(browser.browser, browser.baseUrl, {
      viewport: { width: 390, height: 844 },
      colorScheme: "dark",
      blockTiles: true,
    }));
    await page.goto(browser.baseUrl + postPath);
    await page.locator("figure[data-dispatch-map]").scrollIntoViewIfNeeded();
    await page.waitForSelector(".leaflet-dispatch-ground-pane path.dispatch-map__land");
    await page.waitForSelector(".dispatch-map__note");
  });

  it("numbers every feature 1 to 10, as the list under the map", async () => {
    const badges = await page.locator(".dispatch-map__badge").allTextContents();
    const listed = await page.locator(".dispatch-map__features > li").count();
    expect(listed).toBe(10);
    expect(badges).toEqual(Array.from({ length: listed }, (_, i) => String(i + 1)));
    // Pictures of the list's numbers: screen readers read the list instead.
    const hidden = await page
      .locator(".dispatch-map__badge")
      .evaluateAll((elements) => elements.map((e) => e.getAttribute("aria-hidden")));
    expect(new Set(hidden)).toEqual(new Set(["true"]));
  });

  it("puts each pin's badge on its head", async () => {
    const pins = await boxes(page, ".dispatch-map__pin");
    const badges = await boxes(page, ".dispatch-map__badge");
    for (const [index, pin] of pins.entries()) {
      const badge = badges[index] as Box;
      expect(Math.abs(badge.x + badge.width / 2 - (pin.x + pin.width / 2))).toBeLessThan(1);
      expect(Math.abs(badge.y + badge.height / 2 - (pin.y + pin.height - 22))).toBeLessThan(1);
    }
  });

  it("draws the static map's land and borders under the failed tiles, in the dark palette", async () => {
    expect(record.tiles.length).toBeGreaterThan(0);
    const ground = await page.locator(".leaflet-dispatch-ground-pane path").evaluateAll((paths) =>
      paths.map((path) => ({
        kind: path.getAttribute("class")?.match(/dispatch-map__(\w+)/)?.[1],
        fill: getComputedStyle(path).fill,
        stroke: getComputedStyle(path).stroke,
        d: path.getAttribute("d")?.length ?? 0,
      })),
    );
    expect(ground.map((path) => path.kind)).toEqual(["sea", "land", "border"]);
    expect(ground.every((path) => path.d > 20)).toBe(true);
    expect(hex(ground[0]?.fill ?? "")).toBe(darkGround.sea);
    expect(hex(ground[1]?.fill ?? "")).toBe(darkGround.land);
    expect(hex(ground[2]?.stroke ?? "")).toBe(darkGround.border);
    expect(await page.textContent(".dispatch-map__note")).toBe(
      "The background map could not be loaded; the places are still shown.",
    );
  });

  it("is at least 300 px tall on a 390 px screen", async () => {
    const box = (await boxes(page, "[data-map-canvas]"))[0] as Box;
    expect(box.width).toBeGreaterThan(340);
    expect(box.height).toBeGreaterThanOrEqual(300);
  });

  it("keeps the credits behind a © button that never covers the scale bar", async () => {
    const toggle = page.locator(".dispatch-map__credits-toggle");
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await page.isHidden(".leaflet-control-attribution")).toBe(true);
    await toggle.focus();
    await page.keyboard.press("Enter");
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await page.textContent(".leaflet-control-attribution")).toContain("OpenStreetMap");
    const credits = (await boxes(page, ".leaflet-control-attribution"))[0] as Box;
    const scale = (await boxes(page, ".leaflet-control-scale"))[0] as Box;
    expect(credits.width).toBeGreaterThan(0);
    expect(intersects(credits, scale)).toBe(false);
    await page.keyboard.press("Enter");
    expect(await page.isHidden(".leaflet-control-attribution")).toBe(true);
  });

  it("dims the tiles and draws features that stand out on the dark ground", async () => {
    const filter = await page
      .locator(".leaflet-tile-pane")
      .evaluate((pane) => getComputedStyle(pane).filter);
    expect(filter).toContain("invert(1)");
    const background = await page
      .locator("[data-map-canvas]")
      .evaluate((canvas) => getComputedStyle(canvas).backgroundColor);
    expect(luminance(hex(background))).toBeLessThan(0.05);
    const strokes = await page
      .locator(".leaflet-overlay-pane path.leaflet-interactive")
      .evaluateAll((paths) => paths.map((path) => path.getAttribute("stroke") ?? ""));
    expect(strokes).toHaveLength(10);
    for (const stroke of strokes) {
      expect(contrastRatio(stroke, darkGround.land)).toBeGreaterThanOrEqual(3);
    }
  });

  it("draws its static map in the same dark palette", async () => {
    const src = await page.getAttribute("img.dispatch-map__static", "src");
    const { page: svg } = await openPage(browser.browser, browser.baseUrl, { colorScheme: "dark" });
    await svg.goto(new URL(src ?? "", page.url()).href);
    const fills = await svg.evaluate(() => ({
      sea: getComputedStyle(document.querySelector(".sea") as Element).fill,
      land: getComputedStyle(document.querySelector(".land") as Element).fill,
    }));
    expect(hex(fills.sea)).toBe(darkGround.sea);
    expect(hex(fills.land)).toBe(darkGround.land);
    await svg.context().close();
  });

  it("shows area labels from zoom 12 clear of every pin and badge", () =>
    expectLabelsClearOfPins(page));

  it("logs no error but the failed tiles", () => {
    expect(record.errors.filter((error) => !/ERR_CONNECTION_REFUSED/.test(error))).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)("the Basra map on a desktop, light, tiles answered", () => {
  const browser = browserSite(() => site.output);
  let page: Page;

  beforeAll(async () => {
    ({ page } = await openPage(browser.browser, browser.baseUrl, {
      viewport: { width: 1280, height: 900 },
    }));
    await page.goto(browser.baseUrl + postPath);
    await page.locator("figure[data-dispatch-map]").scrollIntoViewIfNeeded();
    await page.waitForSelector(".leaflet-tile-loaded");
    await page.waitForSelector(".leaflet-dispatch-ground-pane path.dispatch-map__land");
  });

  it("keeps the credits open, clear of the scale bar, with no button", async () => {
    expect(await page.isHidden(".dispatch-map__credits-toggle")).toBe(true);
    const credits = (await boxes(page, ".leaflet-control-attribution"))[0] as Box;
    const scale = (await boxes(page, ".leaflet-control-scale"))[0] as Box;
    expect(credits.width).toBeGreaterThan(0);
    expect(intersects(credits, scale)).toBe(false);
  });

  it("leaves the tiles undimmed and over the ground", async () => {
    const filter = await page
      .locator(".leaflet-tile-pane")
      .evaluate((pane) => getComputedStyle(pane).filter);
    expect(filter).toBe("none");
    const [ground, tiles] = await Promise.all(
      [".leaflet-dispatch-ground-pane", ".leaflet-tile-pane"].map((selector) =>
        page.locator(selector).evaluate((pane) => Number(getComputedStyle(pane).zIndex)),
      ),
    );
    expect(ground).toBeLessThan(tiles as number);
  });

  it("shows area labels from zoom 12 clear of every pin and badge", () =>
    expectLabelsClearOfPins(page));
});

describe.skipIf(!chromiumPath)("the coverage map on a phone", () => {
  const browser = browserSite(() => site.output);

  it("shows every pin whole, inside the map", async () => {
    const { page } = await openPage(browser.browser, browser.baseUrl, {
      viewport: { width: 390, height: 844 },
    });
    await page.goto(`${browser.baseUrl}/map/`);
    await page.locator("figure[data-dispatch-map]").scrollIntoViewIfNeeded();
    await page.waitForSelector(".dispatch-map__pin");
    const map = (await boxes(page, "[data-map-canvas]"))[0] as Box;
    const pins = await boxes(page, ".dispatch-map__pin");
    expect(pins.length).toBeGreaterThan(0);
    for (const pin of pins) expect(inside(pin, map)).toBe(true);
    await page.context().close();
  });
});
