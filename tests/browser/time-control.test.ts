import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, openPage, type PageRecord } from "../../src/cli/chromium.ts";
import { browserSite, type BrowserSite } from "../helpers/browser-site.ts";
import { buildSite, projectRoot } from "../helpers/build-site.ts";

const postPath = "/posts/basra-week/";
/** The page's first map (its block on line 9): six features over five days, 24–28 March. */
const first = "map-basra-week-1";
/** The page's second map (line 26): the author's two steps. */
const second = "map-basra-week-2";

/** What a map's time control and its features show, read in the page. */
interface ControlState {
  status: string;
  value: string;
  valuetext: string | null;
  previousDisabled: string | null;
  nextDisabled: string | null;
  /** The `id` of the step title whose group the list marks as current. */
  currentGroup: string | undefined;
  /** Each feature's badge opacity, by its number. */
  badges: Record<string, string>;
  /** Each pin's opacity, by its title. */
  pins: Record<string, string>;
  /** The classes of the map's paths (areas, lines, circles), in drawing order, bottom first. */
  paths: string[];
  hash: string;
}

/** Reads the state of the map figure `id`'s time control and features. */
function readState(page: Page, id: string): Promise<ControlState> {
  return page.evaluate((figureId) => {
    const figure = document.getElementById(figureId) as HTMLElement;
    const one = (selector: string) => figure.querySelector(selector) as HTMLElement;
    const slider = one(".dispatch-map__time-slider") as HTMLInputElement;
    const opacities = (selector: string, key: (element: HTMLElement) => string) =>
      Object.fromEntries(
        [...figure.querySelectorAll<HTMLElement>(selector)].map((element) => [
          key(element),
          element.style.opacity,
        ]),
      );
    return {
      status: one(".dispatch-map__time-status").textContent ?? "",
      value: slider.value,
      valuetext: slider.getAttribute("aria-valuetext"),
      previousDisabled: one(".dispatch-map__time-previous").getAttribute("aria-disabled"),
      nextDisabled: one(".dispatch-map__time-next").getAttribute("aria-disabled"),
      currentGroup: figure.querySelector(".dispatch-map__step--current > .dispatch-map__step-title")
        ?.id,
      badges: opacities(".dispatch-map__badge", (badge) => badge.textContent ?? ""),
      pins: opacities(".dispatch-map__pin", (pin) => pin.getAttribute("title") ?? ""),
      paths: [...figure.querySelectorAll("path.leaflet-interactive")].map((p) =>
        p.classList.contains("dispatch-map__faded") ? "faded" : "shown",
      ),
      hash: window.location.hash,
    };
  }, id);
}

/** Opens the fixture page (at `fragment`) and waits for the map `id`'s time control. */
async function openMap(
  site: BrowserSite,
  fragment = "",
  id = first,
): Promise<{ page: Page; record: PageRecord }> {
  const opened = await site.open();
  await opened.page.goto(`${site.baseUrl}${postPath}${fragment}`);
  const figure = opened.page.locator(`#${id}`);
  await figure.scrollIntoViewIfNeeded();
  await figure.locator(".dispatch-map__time").waitFor();
  return opened;
}

/** Which part of the time control has keyboard focus: `previous`, `slider`, `next` or a tag. */
function focusedPart(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as Element;
    const part = ["previous", "slider", "next"].find((name) =>
      element.classList.contains(`dispatch-map__time-${name}`),
    );
    return part ?? element.tagName;
  });
}

const shown = "1";
const faded = "0.45";

describe.skipIf(!chromiumPath)("the time control of a dated map", () => {
  const fixtures = buildSite({ posts: path.join(projectRoot, "tests/fixtures/posts/dated-map") });
  const browser = browserSite(() => fixtures.output);
  let page: Page;
  let record: PageRecord;

  beforeAll(async () => {
    expect(fixtures.exitCode).toBe(0);
    ({ page, record } = await openMap(browser));
  });

  it("opens on the first step with no fragment, fading what is not true on that day", async () => {
    expect(await readState(page, first)).toEqual({
      status: "Monday 24 March: 2 of 6 places on the map",
      value: "0",
      valuetext: "Monday 24 March",
      previousDisabled: "true",
      nextDisabled: "false",
      currentGroup: `${first}-2008-03-24`,
      badges: { 1: shown, 2: shown, 3: faded, 4: faded, 5: faded, 6: faded },
      pins: {
        "Curfew announced": shown,
        "Zubair-1 pipeline bombed": faded,
        "Sadr's statement read in Basra": faded,
      },
      // Basra city and the curfew's day on top; Hayyaniyah, the convoy and the circle beneath.
      paths: ["faded", "faded", "faded", "shown"],
      hash: "",
    });
  });

  it("builds the control only with JavaScript, in a labelled group, the status a polite live region", async () => {
    const control = page.locator(`#${first} .dispatch-map__time`);
    expect(await control.getAttribute("role")).toBe("group");
    expect(await control.getAttribute("aria-label")).toBe("Date shown on the map");
    expect(await control.locator(".dispatch-map__time-status").getAttribute("aria-live")).toBe(
      "polite",
    );
    expect(await page.locator(`label[for="${first}-time"]`).textContent()).toBe(
      "Date shown on the map",
    );
    const html = await (await fetch(`${browser.baseUrl}${postPath}`)).text();
    expect(html).not.toContain("dispatch-map__time");
  });

  it("steps forward and back with the mouse, keeping the step in the fragment without moving the page", async () => {
    const figure = page.locator(`#${first}`);
    await figure.locator(".dispatch-map__time").scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => ({ y: window.scrollY, entries: history.length }));
    await figure.locator(".dispatch-map__time-next").click();
    await figure.locator(".dispatch-map__time-next").click();
    expect(await readState(page, first)).toMatchObject({
      status: "Wednesday 26 March: 3 of 6 places on the map",
      value: "2",
      previousDisabled: "false",
      currentGroup: `${first}-2008-03-26`,
      badges: { 1: shown, 2: faded, 3: shown, 4: shown, 5: faded, 6: faded },
      paths: ["faded", "shown", "shown", "shown"],
      hash: `#${first}-2008-03-26`,
    });
    await figure.locator(".dispatch-map__time-previous").click();
    expect(await readState(page, first)).toMatchObject({
      status: "Tuesday 25 March: 2 of 6 places on the map",
      hash: `#${first}-2008-03-25`,
    });
    expect(await page.evaluate(() => ({ y: window.scrollY, entries: history.length }))).toEqual(
      before,
    );
  });

  it("jumps with a click on the slider's end and drags it back, next inert at the last step", async () => {
    const slider = page.locator(`#${first} .dispatch-map__time-slider`);
    const box = (await slider.boundingBox())!;
    await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
    expect(await readState(page, first)).toMatchObject({
      status: "Friday 28 March: 2 of 6 places on the map",
      value: "4",
      nextDisabled: "true",
      badges: { 1: shown, 2: faded, 3: faded, 4: faded, 5: faded, 6: shown },
      hash: `#${first}-2008-03-28`,
    });
    // aria-disabled: Playwright would wait for it to be enabled; a reader's click does nothing.
    await page.locator(`#${first} .dispatch-map__time-next`).click({ force: true });
    expect((await readState(page, first)).value).toBe("4");
    // Drag the thumb from the right end to the left.
    await page.mouse.move(box.x + box.width - 6, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 2, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    expect(await readState(page, first)).toMatchObject({
      value: "0",
      previousDisabled: "true",
      hash: `#${first}-2008-03-24`,
    });
  });

  it("keeps faded features clickable: a faded pin opens its popup", async () => {
    await page.locator('.dispatch-map__pin[title="Zubair-1 pipeline bombed"]').click();
    const title = page.locator(".leaflet-popup-content .dispatch-map__popup-title");
    expect(await title.textContent()).toBe("Zubair-1 pipeline bombed");
    await page.locator(".leaflet-popup-close-button").click();
  });

  it("is operated from the keyboard: Tab from the map to the buttons and slider, Enter, Space and arrows", async () => {
    // The last control the map itself holds; the next Tab leaves the map for the time control.
    await page.evaluate((id) => {
      const canvas = document.querySelector(`#${id} [data-map-canvas]`) as HTMLElement;
      const focusable = canvas.querySelectorAll<HTMLElement>("a[href], button, [tabindex='0']");
      focusable[focusable.length - 1]?.focus();
    }, first);
    await page.keyboard.press("Tab");
    expect(await focusedPart(page)).toBe("previous");
    // At the first step the button says it is inactive, keeps focus and does nothing.
    await page.keyboard.press("Enter");
    expect((await readState(page, first)).value).toBe("0");
    await page.keyboard.press("Tab");
    expect(await focusedPart(page)).toBe("slider");
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(ring).toBe("solid 3px");
    await page.keyboard.press("ArrowRight");
    expect(await readState(page, first)).toMatchObject({
      status: "Tuesday 25 March: 2 of 6 places on the map",
      valuetext: "Tuesday 25 March",
    });
    await page.keyboard.press("End");
    expect((await readState(page, first)).valuetext).toBe("Friday 28 March");
    await page.keyboard.press("ArrowLeft");
    expect((await readState(page, first)).value).toBe("3");
    await page.keyboard.press("Home");
    expect((await readState(page, first)).value).toBe("0");
    await page.keyboard.press("Tab");
    expect(await focusedPart(page)).toBe("next");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Space");
    expect(await readState(page, first)).toMatchObject({
      status: "Wednesday 26 March: 3 of 6 places on the map",
      hash: `#${first}-2008-03-26`,
    });
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    expect(await focusedPart(page)).toBe("previous");
    await page.keyboard.press(" ");
    expect((await readState(page, first)).value).toBe("1");
  });

  it("turns to a feature's step when the list shows it on the map, and stays for one in the step", async () => {
    expect((await readState(page, first)).value).toBe("1");
    await page.locator("button.dispatch-map__show", { hasText: "Basra city" }).click();
    expect((await readState(page, first)).value).toBe("1");
    await page.keyboard.press("Escape");
    await page.locator(".leaflet-popup").waitFor({ state: "detached" });
    await page
      .locator("button.dispatch-map__show", { hasText: "Zubair-1 pipeline bombed" })
      .click();
    const title = page.locator(".leaflet-popup-content .dispatch-map__popup-title");
    expect(await title.textContent()).toBe("Zubair-1 pipeline bombed");
    expect(await readState(page, first)).toMatchObject({
      status: "Thursday 27 March: 3 of 6 places on the map",
      hash: `#${first}-2008-03-27`,
    });
    await page.keyboard.press("Escape");
  });

  it("gives axe-core no serious or critical violation with the control and the grouped list", async () => {
    await page.locator(`#${second}`).scrollIntoViewIfNeeded();
    await page.locator(`#${second} .dispatch-map__time`).waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(" ")).join(", ")})`,
      );
    expect(serious).toEqual([]);
  });

  it("logs no console error and loads every file it asks for", () => {
    expect(record.errors).toEqual([]);
    expect(record.failed).toEqual([]);
  });

  it("opens on the step the fragment names, and the page's other map on its first", async () => {
    const { page, record } = await openMap(browser, `#${first}-2008-03-27`);
    expect(await readState(page, first)).toMatchObject({
      status: "Thursday 27 March: 3 of 6 places on the map",
      value: "3",
      currentGroup: `${first}-2008-03-27`,
      badges: { 1: shown, 2: faded, 3: shown, 4: faded, 5: shown, 6: faded },
    });
    await page.locator(`#${second}`).scrollIntoViewIfNeeded();
    await page.locator(`#${second} .dispatch-map__time`).waitFor();
    expect(await readState(page, second)).toMatchObject({
      status: "Maliki arrives: 1 of 2 places on the map",
      value: "0",
    });
    // A link to the second map's step moves it alone.
    await page.evaluate((id) => {
      window.location.hash = `${id}-2008-03-25`;
    }, second);
    await page.waitForFunction(
      (id) =>
        document
          .querySelector(`#${id} .dispatch-map__time-slider`)
          ?.getAttribute("aria-valuetext") === "The assault stalls",
      second,
    );
    expect((await readState(page, second)).status).toBe(
      "The assault stalls: 1 of 2 places on the map",
    );
    expect((await readState(page, first)).value).toBe("3");
    expect(record.errors).toEqual([]);
    await page.context().close();
  });

  it("follows a link in the text to a step of the map", async () => {
    const { page } = await openMap(browser);
    await page.getByRole("link", { name: "Thursday 27 March" }).click();
    await page.waitForFunction(
      (id) =>
        (document.querySelector(`#${id} .dispatch-map__time-slider`) as HTMLInputElement)?.value ===
        "3",
      first,
    );
    expect((await readState(page, first)).currentGroup).toBe(`${first}-2008-03-27`);
    // The reader is shown the map that turned to that day, not the list's title below it.
    const canvas = await page.locator(`#${first} .dispatch-map__canvas`).evaluate((element) => {
      const box = element.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, height: window.innerHeight };
    });
    expect(canvas.top).toBeGreaterThan(-1);
    expect(canvas.bottom).toBeLessThanOrEqual(canvas.height + 1);
    await page.context().close();
  });

  it("without JavaScript: no control; the grouped list, its anchors and the small multiples remain", async () => {
    const context = await browser.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route("**/*", (route) =>
      new URL(route.request().url()).origin === browser.baseUrl
        ? route.continue()
        : route.abort("blockedbyclient"),
    );
    await page.goto(`${browser.baseUrl}${postPath}#${first}-2008-03-27`);
    expect(await page.locator(".dispatch-map__time").count()).toBe(0);
    // Without JavaScript the dated map is its small multiples (the single static map is hidden).
    expect(await page.isVisible(`#${first} .dispatch-map__small-multiples`)).toBe(true);
    expect(await page.isVisible(`#${first} img.dispatch-map__static`)).toBe(false);
    const titles = await page
      .locator(`#${first} .dispatch-map__step-title`)
      .evaluateAll((elements) => elements.map((element) => element.textContent));
    expect(titles).toEqual([
      "Throughout",
      "Monday 24 March",
      "Tuesday 25 March",
      "Wednesday 26 March",
      "Thursday 27 March",
      "Friday 28 March",
    ]);
    // The link's target is scrolled to: the day's title is in the viewport.
    const top = await page
      .locator(`#${first}-2008-03-27`)
      .evaluate((element) => element.getBoundingClientRect().top);
    // At the top of the viewport, to within a pixel's rounding.
    expect(top).toBeGreaterThan(-1);
    expect(top).toBeLessThan(900);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await context.close();
  });

  it("with reduced motion, features fade at once; otherwise over 0.2 s; in print, no control", async () => {
    const { page } = await openMap(browser);
    /** Clicks next and reads, in the same task, the pin's transition and opacity. */
    const step = () =>
      page.evaluate((id) => {
        const figure = document.getElementById(id) as HTMLElement;
        (figure.querySelector(".dispatch-map__time-next") as HTMLElement).click();
        const pin = figure.querySelector('.dispatch-map__pin[title="Curfew announced"]') as Element;
        const path = figure.querySelector("path.leaflet-interactive") as Element;
        const style = getComputedStyle(pin);
        return {
          pin: style.transitionDuration,
          path: getComputedStyle(path).transitionDuration,
          opacity: style.opacity,
        };
      }, first);
    expect(await step()).toEqual({ pin: "0.2s", path: "0.2s", opacity: "1" });
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.evaluate((id) => {
      (document.querySelector(`#${id} .dispatch-map__time-previous`) as HTMLElement).click();
    }, first);
    expect(await step()).toEqual({ pin: "0s", path: "0s", opacity: "0.45" });
    // In print the static map stands for the live one: no control.
    await page.emulateMedia({ media: "print" });
    expect(await page.isVisible(".dispatch-map__time")).toBe(false);
    await page.context().close();
  });

  it("on a phone, in dark mode with tiles refused: one row of controls, 44 px targets, no sideways scroll", async () => {
    const { page } = await openPage(browser.browser, browser.baseUrl, {
      viewport: { width: 390, height: 844 },
      colorScheme: "dark",
      blockTiles: true,
    });
    await page.goto(`${browser.baseUrl}${postPath}`);
    const figure = page.locator(`#${first}`);
    await figure.scrollIntoViewIfNeeded();
    await figure.locator(".dispatch-map__time").waitFor();
    await figure.locator(".dispatch-map__note").waitFor();
    const boxes = await Promise.all(
      ["previous", "slider", "next"].map(async (part) =>
        figure.locator(`.dispatch-map__time-${part}`).boundingBox(),
      ),
    );
    for (const box of boxes) expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(boxes[0]!.width).toBeGreaterThanOrEqual(44);
    expect(new Set(boxes.map((box) => Math.round(box!.y))).size).toBe(1);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await figure.locator(".dispatch-map__time-next").tap();
    expect((await readState(page, first)).status).toBe(
      "Tuesday 25 March: 2 of 6 places on the map",
    );
    await page.context().close();
  });

  it("on a right-to-left page, previous is on the right and the slider runs right to left", async () => {
    const { page, record } = await browser.open();
    await page.goto(`${browser.baseUrl}/posts/basra-week-ar/`);
    const figure = page.locator("figure[data-dispatch-map]");
    await figure.scrollIntoViewIfNeeded();
    await figure.locator(".dispatch-map__time").waitFor();
    const previous = (await figure.locator(".dispatch-map__time-previous").boundingBox())!;
    const next = (await figure.locator(".dispatch-map__time-next").boundingBox())!;
    expect(previous.x).toBeGreaterThan(next.x);
    const slider = figure.locator(".dispatch-map__time-slider");
    const box = (await slider.boundingBox())!;
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    expect(await slider.inputValue()).toBe("2");
    expect(record.errors).toEqual([]);
    await page.context().close();
  });
});
