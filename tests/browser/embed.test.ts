/**
 * A map's data download, its embed snippet's Copy button, and its embed page framed by a page of
 * another origin, with the `_headers` rules applied as Netlify and Cloudflare Pages apply them
 * (src/cli/chromium.ts): the embed page may be framed, a post's page may not.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { FeatureCollection } from "geojson";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, type PageRecord } from "../../src/cli/chromium.ts";
import { copyMessages } from "../../src/client/copy-embed.ts";
import { browserSite } from "../helpers/browser-site.ts";
import { buildSite, projectRoot } from "../helpers/build-site.ts";

/**
 * Another site: a server on `localhost` (the site is served on 127.0.0.1, so this is another
 * origin, and on the same machine, so Chromium's Private Network Access lets it frame the site)
 * whose one page frames `?src=` once per `?width=`.
 */
function serveEmbedder(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const query = new URL(request.url ?? "/", "http://localhost").searchParams;
    const src = query.get("src") ?? "";
    const frames = query
      .getAll("width")
      .map(
        (width, index) =>
          `<iframe name="f${index}" src="${src.replace(/"/g, "&quot;")}" title="Embedded map" width="${Number(width)}" height="${Number(query.get("height") ?? 700)}"></iframe>`,
      )
      .join("\n");
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.end(
      `<!doctype html><html lang="en"><title>Another site</title><body>${frames}</body></html>`,
    );
  });
  return new Promise((resolve) =>
    server.listen(0, "localhost", () =>
      resolve({ server, origin: `http://localhost:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

describe.skipIf(!chromiumPath)("a map's download, embed snippet and embed page", () => {
  const built = buildSite({ posts: path.join(projectRoot, "tests/fixtures/posts/map-embed") });
  const headersFile =
    built.exitCode === 0 ? readFileSync(path.join(built.output, "_headers"), "utf8") : "";
  const browser = browserSite(() => built.output, { headersFile });
  let embedder: { server: Server; origin: string } | undefined;
  beforeAll(async () => {
    embedder = await serveEmbedder();
  });
  afterAll(async () => {
    await new Promise((resolve) => embedder?.server.close(resolve));
  });

  it("builds", () => {
    expect(built.exitCode).toBe(0);
  });

  it("downloads the map's data as a valid GeoJSON FeatureCollection", async () => {
    const { page, record } = await browser.open();
    await page.goto(`${browser.baseUrl}/posts/basra-story/`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the data" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("basra-story-map-1.geojson");
    const collection = JSON.parse(readFileSync(await download.path(), "utf8")) as FeatureCollection;
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features.map((feature) => feature.properties?.precision)).toEqual([
      "approximate location, within about 10 km",
      undefined,
    ]);
    expect(record.errors).toEqual([]);
    await page.context().close();
  });

  it("copies the embed snippet with its Copy button and says so", async () => {
    const { page, record } = await browser.open();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: browser.baseUrl,
    });
    await page.goto(`${browser.baseUrl}/posts/basra-story/`);
    const block = page.locator(".dispatch-map-reuse__embed");
    const button = block.getByRole("button", { name: "Copy" });
    expect(await button.isVisible()).toBe(false);
    await block.locator("summary").click();
    await button.click();
    await block.getByRole("status").filter({ hasText: copyMessages.copied }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await block.getByRole("textbox").inputValue());
    expect(copied).toMatch(
      /^<iframe src="https:\/\/dispatch\.test\/posts\/basra-story\/map-1\/" title="Map: Basra, 25–31 March 2008\. [^"]*" width="100%" height="620"/,
    );
    expect(record.errors).toEqual([]);
    await page.context().close();
  });

  /** Opens the other site's page framing `src` in frames of the given widths. */
  async function framed(
    src: string,
    widths: number[],
    height = 700,
  ): Promise<{ page: Page; record: PageRecord; frames: Frame[] }> {
    const { page, record } = await browser.open();
    const origin = embedder?.origin ?? "";
    // The other site's page is let through (openPage refuses every origin but the site's).
    await page.route(`${origin}/**`, (route) => route.continue());
    const query = new URLSearchParams([
      ["src", src],
      ["height", String(height)],
      ...widths.map((w) => ["width", String(w)]),
    ]);
    await page.goto(`${origin}/article.html?${query}`);
    await page.waitForLoadState("load");
    return {
      page,
      record,
      frames: widths.map((_width, index) => page.frame({ name: `f${index}` }) as Frame),
    };
  }

  it("draws the embed page's map inside another site's frame, 300 and 800 px wide, with no horizontal scroll", async () => {
    const { page, record, frames } = await framed(
      `${browser.baseUrl}/posts/basra-story/map-1/`,
      [300, 800],
    );
    for (const [index, frame] of frames.entries()) {
      await frame.locator(".dispatch-map__pin").first().waitFor();
      const layout = await frame.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        canvas: document.querySelector("[data-map-canvas]")?.getBoundingClientRect().width ?? 0,
        pins: document.querySelectorAll(".dispatch-map__pin").length,
        source: document.querySelector(".dispatch-embed__source a")?.getAttribute("target"),
      }));
      expect(layout.scrollWidth, `frame ${index}`).toBeLessThanOrEqual(layout.clientWidth);
      expect(layout.canvas).toBeGreaterThan(index === 0 ? 250 : 700);
      expect(layout.pins).toBe(2);
      expect(layout.source).toBe("_top");
    }
    expect(record.errors).toEqual([]);
    expect(record.failed).toEqual([]);
    await page.context().close();
  });

  it("shows the map and its caption with the credit right under it in a 300 px frame of the snippet's height, key and list after", async () => {
    const story = await browser.open();
    await story.page.goto(`${browser.baseUrl}/posts/basra-story/`);
    const snippet = await story.page.locator(".dispatch-map-reuse__snippet").inputValue();
    await story.page.context().close();
    const height = Number(/height="(\d+)"/.exec(snippet)?.[1]);
    expect(height).toBe(620);
    const { page, frames } = await framed(
      `${browser.baseUrl}/posts/basra-story/map-1/`,
      [300],
      height,
    );
    const [frame] = frames as [Frame];
    await frame.locator(".dispatch-map__pin").first().waitFor();
    const box = (selector: string) =>
      frame.locator(selector).evaluate((element) => {
        const { top, bottom } = element.getBoundingClientRect();
        return { top: Math.round(top), bottom: Math.round(bottom) };
      });
    const canvas = await box("[data-map-canvas]");
    const caption = await box(".dispatch-map__caption");
    const credit = await box(".dispatch-map__credit");
    const legend = await box(".dispatch-map__legend");
    const list = await box(".dispatch-map__list");
    expect(caption.top - canvas.bottom).toBeLessThan(20);
    expect(credit.bottom).toBeLessThanOrEqual(height);
    expect(legend.top).toBeGreaterThanOrEqual(caption.bottom);
    expect(list.top).toBeGreaterThanOrEqual(legend.bottom);
    await page.context().close();
  });

  it("refuses to show a post's own page in another site's frame", async () => {
    const { page, record } = await framed(`${browser.baseUrl}/posts/basra-story/`, [800]);
    // Read again at each poll: on a busy machine the refused frame may settle after "load".
    const frame = () => page.frame({ name: "f0" });
    await expect.poll(() => frame()?.url()).toBe("chrome-error://chromewebdata/");
    expect(await frame()?.locator(".site-header, .dispatch-map").count()).toBe(0);
    // Chromium names only the refused page's origin.
    expect(record.errors.join("\n")).toMatch(
      /Refused to display 'http:\/\/127\.0\.0\.1:\d+\/' in a frame because it set 'X-Frame-Options' to 'deny'/,
    );
    await page.context().close();
  });

  it.each([
    ["the embed page, map drawn", "/posts/basra-story/map-1/", ".dispatch-map__pin"],
    ["the post, its embed block open", "/posts/basra-story/", "button[data-copy-embed]"],
  ])("has no serious or critical axe-core violation on %s", async (_name, urlPath, ready) => {
    const { page } = await browser.open();
    await page.goto(browser.baseUrl + urlPath);
    const summary = page.locator(".dispatch-map-reuse__embed summary");
    if ((await summary.count()) > 0) await summary.click();
    await page.locator(ready).first().waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(", ")}`);
    expect(serious).toEqual([]);
    await page.context().close();
  });
});
