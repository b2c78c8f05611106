import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { chromiumPath, headersForAllFiles, type PageRecord } from "../../src/cli/chromium.ts";
import { browserSite } from "../helpers/browser-site.ts";

const site = inject("realSite");

describe.skipIf(!chromiumPath)("the Basra page's JSON-LD in Chromium", () => {
  const headers = headersForAllFiles(readFileSync(path.join(site.output, "_headers"), "utf8"));
  const browser = browserSite(() => site.output, { headers });
  let page: Page;
  let record: PageRecord;

  beforeAll(async () => {
    ({ page, record } = await browser.open());
    await page.addInitScript(() => {
      const violations: string[] = [];
      Object.assign(window, { cspViolations: violations });
      document.addEventListener("securitypolicyviolation", (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(`${browser.baseUrl}/posts/continuing-battle-for-the-south-basra/`);
    await page.waitForLoadState("networkidle");
  });

  it("reads back as an AnalysisNewsArticle and a BreadcrumbList", async () => {
    const documents = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => JSON.parse(script.textContent ?? "") as Record<string, unknown>,
      ),
    );
    expect(documents.map((document) => [document["@type"], document.headline])).toEqual([
      ["AnalysisNewsArticle", "Continuing Battle for the South: Basra"],
      ["BreadcrumbList", undefined],
    ]);
    expect(documents[0]?.contentLocation).toEqual({
      "@type": "Place",
      name: "Basra",
      geo: { "@type": "GeoCoordinates", latitude: 30.515, longitude: 47.81 },
    });
  });

  it("is data the Content-Security-Policy lets be: no violation, no error", async () => {
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    expect(record.errors).toEqual([]);
  });
});
