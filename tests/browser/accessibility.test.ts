import { AxeBuilder } from "@axe-core/playwright";
import { describe, expect, inject, it } from "vitest";
import { chromiumPath } from "../../src/cli/chromium.ts";
import { browserSite } from "../helpers/browser-site.ts";

const site = inject("realSite");

describe.skipIf(!chromiumPath)("axe-core finds no serious or critical violation", () => {
  const browser = browserSite(() => site.output);

  it.each([
    ["the home page", "/", "main"],
    [
      "the Basra page, map drawn",
      "/posts/continuing-battle-for-the-south-basra/",
      ".leaflet-marker-icon",
    ],
    ["the search page, results shown", "/search/?q=pipeline", ".search-result"],
  ])("on %s", async (_, urlPath, ready) => {
    const { page } = await browser.open();
    await page.goto(browser.baseUrl + urlPath);
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
