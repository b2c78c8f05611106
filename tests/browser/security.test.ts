import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSite, projectRoot } from "../helpers/build-site.ts";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { chromiumPath, headersForAllFiles, type PageRecord } from "../../src/cli/chromium.ts";
import { browserSite } from "../helpers/browser-site.ts";

const site = inject("realSite");

describe.skipIf(!chromiumPath)("the Basra page under the site's Content-Security-Policy", () => {
  const headers = headersForAllFiles(readFileSync(path.join(site.output, "_headers"), "utf8"));
  const browser = browserSite(() => site.output, { headers });
  let page: Page;
  let record: PageRecord;

  beforeAll(async () => {
    const baseUrl = browser.baseUrl;
    ({ page, record } = await browser.open());
    await page.addInitScript(() => {
      const violations: string[] = [];
      Object.assign(window, { cspViolations: violations });
      document.addEventListener("securitypolicyviolation", (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await page.goto(`${baseUrl}/posts/continuing-battle-for-the-south-basra/`);
    await page.waitForSelector(".dispatch-map__pin");
    await page.waitForLoadState("networkidle");
  });

  it("is sent with script-src 'self' and no unsafe-inline or unsafe-eval", () => {
    const policy = headers["Content-Security-Policy"] ?? "";
    // 'wasm-unsafe-eval' lets search compile Pagefind's WebAssembly; it allows no JavaScript eval.
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policy).not.toMatch(/'unsafe-(inline|eval)'/);
    expect(policy).toContain("img-src 'self' data: https://tile.openstreetmap.org");
  });

  it("draws the map with every pin and area", async () => {
    expect(await page.locator(".dispatch-map__pin").count()).toBe(2);
    expect(await page.locator("path.leaflet-interactive").count()).toBe(10);
  });

  it("reports no violation of the policy", async () => {
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    expect(record.errors).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)(
  "a post with script payloads in its front matter and map data",
  () => {
    const xss = buildSite({ posts: path.join(projectRoot, "tests/fixtures/posts/xss") });
    const browser = browserSite(() => xss.output);
    let page: Page;
    let record: PageRecord;

    beforeAll(async () => {
      expect(xss.exitCode).toBe(0);
      const baseUrl = browser.baseUrl;
      ({ page, record } = await browser.open());
      await page.goto(`${baseUrl}/posts/xss/`);
      await page.waitForSelector(".dispatch-map__pin");
      await page.locator(".dispatch-map__pin").click();
      await page.waitForSelector(".leaflet-popup-content");
    });

    it("runs none of them, even with the popup open", async () => {
      expect(
        await page.evaluate(() => (window as unknown as { xss?: string }).xss),
      ).toBeUndefined();
      expect(record.errors).toEqual([]);
    });

    it("shows the popup's title and description as text", async () => {
      expect(await page.textContent(".dispatch-map__popup-title")).toBe(
        "</script><script>window.xss = 'island'</script>",
      );
      expect(await page.textContent(".dispatch-map__popup-description")).toBe(
        "<img src=x onerror=\"window.xss = 'description'\">",
      );
      expect(await page.locator(".leaflet-popup-content img").count()).toBe(0);
      expect(await page.textContent(".dispatch-map__popup-source")).toBe(
        "Source: javascript:window.xss = 'source'",
      );
      expect(await page.locator(".dispatch-map__popup-source a").count()).toBe(0);
    });
  },
);
