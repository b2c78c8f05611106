import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { chromiumPath, type PageRecord } from "../../src/cli/chromium.ts";
import { browserSite } from "../helpers/browser-site.ts";

describe.skipIf(!chromiumPath)("the Basra page served under /basra-blog/", () => {
  const site = inject("realSiteUnderPrefix");
  const browser = browserSite(() => site.output, { pathPrefix: "/basra-blog/" });
  let page: Page;
  let record: PageRecord;

  beforeAll(async () => {
    expect(site.exitCode).toBe(0);
    ({ page, record } = await browser.open());
    await page.goto(`${browser.baseUrl}/basra-blog/posts/continuing-battle-for-the-south-basra/`);
    await page.waitForSelector(".dispatch-map__pin");
    await page.waitForLoadState("networkidle");
  });

  it("loads its stylesheets and the map module, and draws the map", async () => {
    expect(await page.locator("path.leaflet-interactive").count()).toBe(10);
    const stylesheets = await page.evaluate(() =>
      [...document.styleSheets].map((sheet) => new URL(sheet.href ?? "").pathname),
    );
    expect(stylesheets).toEqual([
      "/basra-blog/assets/css/site.css",
      "/basra-blog/assets/leaflet/leaflet.css",
    ]);
  });

  it("serves Leaflet's marker images beside the map module, where the module points Leaflet", async () => {
    const imagePath = await page.evaluate(async () => {
      const response = await fetch(
        new URL(
          "../leaflet/images/marker-icon.png",
          new URL("/basra-blog/assets/js/map.js", location.href),
        ),
      );
      return response.status;
    });
    expect(imagePath).toBe(200);
  });

  it("requests nothing that 404s", () => {
    expect(record.failed).toEqual([]);
    expect(record.errors).toEqual([]);
  });
});
