import { describe, expect, inject, it } from "vitest";
import { chromiumPath } from "../../src/cli/chromium.ts";
import { browserSite } from "../helpers/browser-site.ts";

const site = inject("realSite");
const basra = "/posts/continuing-battle-for-the-south-basra/";

describe.skipIf(!chromiumPath)("the print stylesheet, on the Basra page", () => {
  const browser = browserSite(() => site.output);

  it("prints the article and its static map, without navigation or the live map, with link URLs", async () => {
    const { page, record } = await browser.open();
    await page.goto(browser.baseUrl + basra);
    await page.waitForSelector(".dispatch-map__pin");
    await page.emulateMedia({ media: "print" });
    const shown = (selector: string) =>
      page.$$eval(selector, (elements) => elements.map((element) => element.checkVisibility()));
    expect(await shown(".site-nav")).toEqual([false]);
    expect(await shown(".site-search")).toEqual([false]);
    expect(await shown(".skip-link")).toEqual([false]);
    expect(await shown(".dispatch-map__canvas")).toEqual([false]);
    expect(await shown(".dispatch-map__static")).toEqual([true]);
    // The key drawn inside the live map goes with it; the key printed under the static map stays.
    expect(await shown(".dispatch-map__legend")).toEqual([false, true]);
    // The static map is a real picture, loaded, and has a size on paper.
    const picture = await page.$eval(".dispatch-map__static", (image) => ({
      loaded: (image as HTMLImageElement).naturalWidth > 0,
      width: image.getBoundingClientRect().width,
    }));
    expect(picture.loaded).toBe(true);
    expect(picture.width).toBeGreaterThan(300);
    // A source's link prints its address after it.
    const sources = await page.$$eval(".citations a[href^='http']", (links) =>
      links.map((link) => ({
        href: link.getAttribute("href"),
        after: getComputedStyle(link, "::after").content,
      })),
    );
    const times = "https://www.nytimes.com/2008/03/27/world/middleeast/27iraq.html";
    const archived = `https://web.archive.org/web/20080327/${times}`;
    expect(sources).toEqual([
      { href: times, after: `" (${times})"` },
      { href: archived, after: `" (${archived})"` },
    ]);
    // The Cite block prints its reference (its URL once) and licence, not the downloads.
    expect(await shown(".cite-this")).toEqual([true]);
    expect(await shown(".cite-downloads")).toEqual([false]);
    expect(await shown(".cite-license")).toEqual([true]);
    expect(
      await page.$eval(".cite-reference a", (link) => getComputedStyle(link, "::after").content),
    ).toBe("none");
    // Colours are ink on paper whatever the reader's theme.
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    expect(await page.$eval("body", (body) => getComputedStyle(body).color)).toBe("rgb(0, 0, 0)");
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(record.errors).toEqual([]);
    await page.context().close();
  });
});
