import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { chromiumPath, type PageRecord } from "../../src/cli/chromium.ts";
import { browserSite } from "../helpers/browser-site.ts";
import { buildSite, projectRoot } from "../helpers/build-site.ts";

const site = inject("realSite");
const postPath = "/posts/continuing-battle-for-the-south-basra/";

/** Web Mercator world pixel of `[longitude, latitude]` at `zoom`, 256-pixel tiles. */
function worldPixel([lon, lat]: [number, number], zoom: number): [number, number] {
  const size = 256 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [
    ((lon + 180) / 360) * size,
    (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size,
  ];
}

/**
 * Where `[longitude, latitude]` is on screen, measured from a drawn tile: the tile `z/x/y`'s
 * top-left corner is world pixel `(x·256, y·256)` at zoom `z`.
 */
async function screenPoint(page: Page, position: [number, number]): Promise<[number, number]> {
  const tile = await page
    .locator(".leaflet-tile-loaded")
    .first()
    .evaluate((img) => {
      const rect = img.getBoundingClientRect();
      return { src: (img as HTMLImageElement).src, left: rect.left, top: rect.top };
    });
  const [z, x, y] = (/\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(tile.src) ?? []).slice(1).map(Number) as [
    number,
    number,
    number,
  ];
  const [px, py] = worldPixel(position, z);
  return [tile.left + px - x * 256, tile.top + py - y * 256];
}

describe.skipIf(!chromiumPath)("the Basra map in Chromium", () => {
  const browser = browserSite(() => site.output);
  let page: Page;
  let record: PageRecord;

  beforeAll(async () => {
    ({ page, record } = await browser.open());
    await page.goto(browser.baseUrl + postPath);
    await page.locator("figure[data-dispatch-map]").scrollIntoViewIfNeeded();
    await page.waitForSelector(".leaflet-tile-loaded");
    await page.waitForLoadState("networkidle");
  });

  it("draws the pipeline pin where its position says, measured in map pixels", async () => {
    const [x, y] = await screenPoint(page, [47.78, 30.43]);
    const pin = await page.locator('.dispatch-map__pin[title^="Zubair-1"]').boundingBox();
    expect(Math.abs((pin?.x ?? 0) + (pin?.width ?? 0) / 2 - x)).toBeLessThan(2);
    expect(Math.abs((pin?.y ?? 0) + (pin?.height ?? 0) - y)).toBeLessThan(2);
  });

  it("draws each neighbourhood where its positions say, measured in map pixels", async () => {
    // Tannumah's hexagon spans longitude 47.8609–47.8851, latitude 30.5139–30.5401.
    const [left, bottom] = await screenPoint(page, [47.8609, 30.5139]);
    const [right, top] = await screenPoint(page, [47.8851, 30.5401]);
    const boxes = await page.locator("path.leaflet-interactive").evaluateAll((paths) =>
      paths.map((p) => {
        const r = p.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    const tannumah = boxes.find(
      (b) => Math.abs(b.left - left) < 3 && Math.abs(b.right - right) < 3,
    );
    expect(tannumah).toBeDefined();
    expect(Math.abs((tannumah?.top ?? 0) - top)).toBeLessThan(3);
    expect(Math.abs((tannumah?.bottom ?? 0) - bottom)).toBeLessThan(3);
  });

  it("puts the key, the scale bar and the locator inset on the map, and hides the static map", async () => {
    expect(await page.locator(".leaflet-control .dispatch-map__key > li").count()).toBe(5);
    expect(await page.isHidden("figure > .dispatch-map__legend")).toBe(true);
    expect(await page.textContent(".leaflet-control-scale")).toMatch(/\d+ (km|m)/);
    const inset = page.locator(".dispatch-map__locator img");
    expect(await inset.getAttribute("alt")).toBe("Locator map: the area shown lies in Iraq");
    expect(await inset.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(132);
    expect(await page.isHidden("img.dispatch-map__static")).toBe(true);
  });

  it("credits the map's makers beside the tiles' attribution", async () => {
    expect(await page.textContent(".leaflet-control-attribution")).toContain(
      "Map by Dispatch from press reports of March and April 2008; every position is an estimate.",
    );
  });

  it("shows in its locator inset that Basra's area lies inside Iraq's outline", async () => {
    const { page: inset } = await browser.open();
    const locator = await page.getAttribute("[data-map-canvas]", "data-locator");
    await inset.goto(`${page.url()}${locator}`);
    const fill = await inset.evaluate(() => {
      const frame = document.querySelector('rect[stroke="#c8102e"]') as SVGRectElement;
      const box = frame.getBoundingClientRect();
      return document
        .elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
        ?.getAttribute("fill");
    });
    expect(fill).toBe("#e4d9c0");
    await inset.context().close();
  });

  it("opens a feature's popup from the list with the keyboard, and Escape returns focus", async () => {
    const button = page.locator("button.dispatch-map__show", { hasText: "Tannumah" });
    await button.focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector(".leaflet-popup-content .dispatch-map__popup-title");
    expect(
      await page.evaluate(
        () => document.activeElement?.querySelector(".dispatch-map__popup-title")?.textContent,
      ),
    ).toBe("Tannumah");
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Tannumah");
    await page.locator(".leaflet-popup").waitFor({ state: "detached", timeout: 2000 });
  });

  it("labels the areas once zoomed in", async () => {
    expect(await page.locator(".dispatch-map__label").count()).toBe(0);
    await page.locator("button.dispatch-map__show", { hasText: "Jumhuriyah" }).click();
    await page.locator(".leaflet-control-zoom-in").click();
    await page.locator(".leaflet-control-zoom-in").click();
    await page.waitForTimeout(600);
    const labels = await page.locator(".dispatch-map__label").allTextContents();
    expect(labels).toContain("Jumhuriyah");
  });

  it("saves a screenshot for review and logs no console error", async () => {
    const dir = path.join(projectRoot, "test-results");
    mkdirSync(dir, { recursive: true });
    await page
      .locator("figure[data-dispatch-map]")
      .screenshot({ path: path.join(dir, "basra-map.png") });
    expect(record.errors).toEqual([]);
    expect(record.failed).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)("maps in harder places", () => {
  const fixtures = buildSite({ posts: path.join(projectRoot, "tests/fixtures/posts/maps") });
  const browser = browserSite(() => fixtures.output);

  it("builds", () => {
    expect(fixtures.exitCode).toBe(0);
  });

  it("loads Leaflet only when a map nears the viewport", async () => {
    const { page, record } = await browser.open();
    // Push the maps far below the fold once the page is parsed, before its module runs.
    await page.addInitScript(() => {
      document.addEventListener("readystatechange", () => {
        if (document.readyState !== "interactive") return;
        const spacer = document.createElement("div");
        spacer.style.height = "4000px";
        document.querySelector("main")?.prepend(spacer);
      });
    });
    await page.goto(`${browser.baseUrl}/posts/kml-and-gpx/`);
    await page.waitForLoadState("networkidle");
    // The chunk map.js imports when a map nears: Leaflet and the drawing code.
    const loader = await (await fetch(`${browser.baseUrl}/assets/js/map.js`)).text();
    const chunk = /import\("\.\/(map-[A-Z0-9]+\.js)"\)/.exec(loader)?.[1] ?? "(no chunk)";
    const loaded = () =>
      record.requests.filter((url) => url.endsWith("/leaflet.css") || url.endsWith(`/${chunk}`));
    expect(await page.locator(".leaflet-container").count()).toBe(0);
    expect(loaded()).toEqual([]);
    await page.locator("figure[data-dispatch-map]").first().scrollIntoViewIfNeeded();
    await page.locator(".dispatch-map__pin").first().waitFor();
    expect(
      loaded()
        .map((url) => new URL(url).pathname)
        .sort(),
    ).toEqual([`/assets/js/${chunk}`, "/assets/leaflet/leaflet.css"]);
    await page.context().close();
  });

  it("a map in a closed details element is drawn, whole, when the reader opens it", async () => {
    const { page, record } = await browser.open();
    await page.goto(`${browser.baseUrl}/posts/in-details/`);
    await page.waitForLoadState("networkidle");
    const first = page.locator("figure[data-dispatch-map]").first();
    expect(await first.locator(".leaflet-container").count()).toBe(0);
    // The second map, in view, has loaded Leaflet; nothing was drawn in the closed details.
    await page.locator("figure[data-dispatch-map]").nth(1).locator(".dispatch-map__pin").waitFor();
    await page.click("summary");
    await first.locator(".dispatch-map__pin").waitFor();
    const canvas = await first.locator("[data-map-canvas]").boundingBox();
    const pin = await first.locator(".dispatch-map__pin").boundingBox();
    expect(canvas?.width).toBeGreaterThan(300);
    expect(pin?.x).toBeGreaterThan(canvas?.x ?? 0);
    expect((pin?.x ?? 0) + (pin?.width ?? 0)).toBeLessThan((canvas?.x ?? 0) + (canvas?.width ?? 0));
    expect(record.errors).toEqual([]);
    await page.context().close();
  });

  it("draws a map across the antimeridian in one piece, with a pin's marker-symbol", async () => {
    const { page, record } = await browser.open();
    await page.goto(`${browser.baseUrl}/posts/fiji/`);
    await page.locator(".dispatch-map__pin").first().waitFor();
    await page.waitForLoadState("networkidle");
    const zoom = Number(/\/(\d+)\/\d+\/\d+\.png$/.exec(record.tiles[0] ?? "")?.[1]);
    expect(zoom).toBeGreaterThanOrEqual(6);
    const pins = await page.locator(".dispatch-map__pin").evaluateAll((icons) =>
      icons.map((icon) => ({
        title: icon.getAttribute("title"),
        symbol: icon.querySelector("text")?.textContent ?? null,
      })),
    );
    expect(pins).toEqual([
      { title: "Suva", symbol: "S" },
      { title: "Labasa", symbol: null },
      { title: "Lakeba", symbol: null },
    ]);
    await page.context().close();
  });

  it("draws a Maki icon in a large pin, larger than a small one, its badge beside the head", async () => {
    const { page, record } = await browser.open();
    await page.goto(`${browser.baseUrl}/posts/marker-icons/`);
    await page.locator(".dispatch-map__pin").first().waitFor();
    const pins = await page.locator(".dispatch-map__pin").evaluateAll((icons) =>
      icons.map((icon) => {
        const box = icon.getBoundingClientRect();
        const symbol = icon.querySelector("svg > :nth-child(2)");
        const head = symbol?.getBoundingClientRect();
        return {
          title: icon.getAttribute("title"),
          width: box.width,
          height: box.height,
          symbol: symbol?.tagName,
          d: symbol?.getAttribute("d"),
          fill: symbol?.getAttribute("fill"),
          // The icon's centre from the pin's left edge and top, in pixels.
          centre: head ? [head.x + head.width / 2 - box.x, head.y + head.height / 2 - box.y] : [],
        };
      }),
    );
    const island = JSON.parse(
      (await page.locator("script[data-map-features]").textContent()) ?? "",
    ) as { markerIcons: Record<string, string> };
    const [fuel, rail, police] = pins;
    expect(fuel).toMatchObject({ title: "Fuel depot", symbol: "path", fill: "#ffffff" });
    expect(fuel?.d).toBe(island.markerIcons.fuel);
    expect(fuel?.d?.startsWith("m14 6v5.5")).toBe(true);
    // Sizes as laid out (to 1/64 pixel): large 35 × 57.4, small 20 × 32.8, medium 25 × 41.
    const size = (pin: typeof fuel) => [pin?.width, pin?.height].map((n) => Math.round(n ?? 0));
    expect([size(fuel), size(rail), size(police)]).toEqual([
      [35, 57],
      [20, 33],
      [25, 41],
    ]);
    expect(police?.fill).toBe("#000000");
    // The icon is centred in the head (12.5 pixels from the top of a medium pin, × 1.4).
    expect(Math.abs((fuel?.centre[0] ?? 0) - 17.5)).toBeLessThan(1.5);
    expect(Math.abs((fuel?.centre[1] ?? 0) - 17.5)).toBeLessThan(1.5);
    const [fuelPin, fuelBadge] = await Promise.all([
      page.locator('.dispatch-map__pin[title="Fuel depot"]').boundingBox(),
      page.locator(".dispatch-map__badge").first().boundingBox(),
    ]);
    // The number sits beside the head, right of the icon, not on it.
    expect((fuelBadge?.x ?? 0) - (fuelPin?.x ?? 0)).toBeGreaterThan(17.5 + 10.5 - 1);
    expect(await page.locator(".dispatch-map__badge").first().textContent()).toBe("1");
    // The large pin is the northernmost: the first view keeps its 16-pixel margin above its badge.
    const canvas = await page.locator("[data-map-canvas]").boundingBox();
    expect((fuelBadge?.y ?? 0) - (canvas?.y ?? Infinity)).toBeGreaterThanOrEqual(15);
    expect(record.errors).toEqual([]);
    await page.context().close();
  });

  it("when tiles fail, the features, key and list stay and a quiet note says why", async () => {
    const { page } = await browser.open();
    await page.route("https://tile.openstreetmap.org/**", (route) =>
      route.fulfill({ status: 503, body: "" }),
    );
    await page.goto(`${browser.baseUrl}/posts/kml-and-gpx/`);
    const figure = page.locator("figure[data-dispatch-map]").first();
    await figure.locator(".dispatch-map__pin").waitFor();
    await figure.locator(".dispatch-map__note").waitFor();
    expect(await figure.locator(".dispatch-map__note").textContent()).toBe(
      "The background map could not be loaded; the places are still shown.",
    );
    expect(await figure.locator("path.leaflet-interactive").count()).toBe(1);
    expect(await figure.locator(".dispatch-map__features > li").count()).toBe(2);
    await page.context().close();
  });
});
