import type { Server } from "node:http";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chromiumPath, launchChromium, openPage, serveDirectory } from "../../src/cli/chromium.ts";

const site = inject("realSite");

describe.skipIf(!chromiumPath)("axe-core finds no serious or critical violation", () => {
  let server: Server;
  let baseUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ server, baseUrl } = await serveDirectory(site.output));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it.each([
    ["the home page", "/", "main"],
    [
      "the Basra page, map drawn",
      "/posts/continuing-battle-for-the-south-basra/",
      ".leaflet-marker-icon",
    ],
  ])("on %s", async (_, urlPath, ready) => {
    const { page } = await openPage(browser, baseUrl);
    await page.goto(baseUrl + urlPath);
    await page.waitForSelector(ready);
    await page.waitForLoadState("networkidle");
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(" ")).join(", ")})`,
      );
    expect(serious).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
    await page.context().close();
  });
});
