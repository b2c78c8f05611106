import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { chromiumPath, type PageRecord } from "../../src/cli/chromium.ts";
import { browserSite } from "../helpers/browser-site.ts";

const site = inject("realSite");
const postPath = "/posts/continuing-battle-for-the-south-basra/";

describe.skipIf(!chromiumPath)("the Basra page in Chromium", () => {
  const browser = browserSite(() => site.output);
  let page: Page;
  let record: PageRecord;

  beforeAll(async () => {
    expect(site.exitCode).toBe(0);
    ({ page, record } = await browser.open());
    await page.goto(browser.baseUrl + postPath);
    await page.waitForSelector(".dispatch-map__pin");
    await page.waitForLoadState("networkidle");
  });

  it("shows the map container", async () => {
    expect(await page.isVisible("[data-map-canvas]")).toBe(true);
    const box = await page.locator("[data-map-canvas]").boundingBox();
    expect(box?.height).toBeGreaterThan(200);
    // The static map's 720 × 420 shape, so the live map replaces it without moving the text.
    expect(Math.abs((box?.height ?? 0) - ((box?.width ?? 0) * 7) / 12)).toBeLessThan(2);
  });

  it("draws a pin for each of the two points", async () => {
    const titles = await page
      .locator(".dispatch-map__pin")
      .evaluateAll((pins) => pins.map((pin) => pin.getAttribute("title")));
    expect(titles).toEqual([
      "Zubair-1 export pipeline bombed, 27 March 2008",
      "al-Jamiyat: army headquarters seized, 25 March 2008",
    ]);
  });

  it("draws the eight neighbourhoods dashed and the two uncertainty circles", async () => {
    const paths = await page.locator("path.leaflet-interactive").evaluateAll((elements) =>
      elements.map((element) => ({
        dash: element.getAttribute("stroke-dasharray"),
        stroke: element.getAttribute("stroke"),
      })),
    );
    expect(paths).toHaveLength(10);
    expect(paths.filter((p) => p.stroke === "#8b1a1a" && p.dash === "6 6")).toHaveLength(9);
    expect(paths.filter((p) => p.stroke === "#b22222" && p.dash === "6 6")).toHaveLength(1);
  });

  it("fits the view to the features, with tiles from the configured provider", async () => {
    const zoom = await page.locator(".leaflet-tile").first().getAttribute("src");
    expect(zoom).toMatch(/^https:\/\/tile\.openstreetmap\.org\/1[01]\/\d+\/\d+\.png$/);
    expect(record.tiles.length).toBeGreaterThan(0);
    expect(await page.textContent(".leaflet-control-attribution")).toContain("OpenStreetMap");
  });

  it("opens a popup whose text is the feature's title, precision, description and source", async () => {
    await page.locator(".dispatch-map__pin").first().click();
    const popup = page.locator(".leaflet-popup-content");
    await popup.waitFor();
    expect(await popup.locator(".dispatch-map__popup-title").textContent()).toBe(
      "Zubair-1 export pipeline bombed, 27 March 2008",
    );
    expect(await popup.locator(".dispatch-map__popup-precision").textContent()).toBe(
      "(approximate location, within about 10 km)",
    );
    expect(await popup.locator(".dispatch-map__popup-source").textContent()).toMatch(
      /^Source: The Times/,
    );
  });

  it("loads every file it asks for from the site, and nothing from elsewhere but tiles", () => {
    expect(record.failed).toEqual([]);
    expect(record.refused).toEqual([]);
  });

  it("logs no console error", () => {
    expect(record.errors).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)("a map whose drawing fails in the browser", () => {
  const browser = browserSite(() => site.output);
  let page: Page;
  let record: PageRecord;

  beforeAll(async () => {
    const baseUrl = browser.baseUrl;
    ({ page, record } = await browser.open());
    // Serve the page with a data island Leaflet cannot fit a view to.
    await page.route(`${baseUrl}${postPath}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /(<script type="application\/json" data-map-features>)[^<]*/,
        '$1{"type":"FeatureCollection","features":[]}',
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(baseUrl + postPath);
    await page.waitForLoadState("networkidle");
  });

  it("hides the empty map and keeps the caption and the feature list", async () => {
    expect(await page.isHidden("[data-map-canvas]")).toBe(true);
    expect(await page.isVisible("figcaption")).toBe(true);
    expect(await page.locator(".dispatch-map__features > li").count()).toBe(10);
    expect(record.errors).toHaveLength(1);
    expect(record.errors[0]).toContain("Bounds are not valid");
  });
});
