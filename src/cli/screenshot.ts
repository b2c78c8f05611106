/**
 * `npm run screenshot`: builds the site, then saves the README's pictures from headless
 * Chromium into `docs/`: the home page, the Basra page and the timeline (its dated map), on a
 * desktop (1280 px), on a phone (390 px) and in dark mode. This machine has no network, so map tiles are answered with a
 * plain ground; everything else is the page as readers get it.
 *
 * `npm run screenshot -- --all --out=<folder>` saves every combination instead (desktop and
 * phone, light and dark, tiles answered and tiles blocked) for reviewing a change by eye;
 * `--page=/posts/<slug>/` (repeatable) takes those pages instead of the README's.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import { launchChromium, openPage, serveDirectory } from "./chromium.ts";
import { settingsOrExit } from "./settings-gate.ts";

/** One picture: a page in a viewport and colour scheme, tiles answered or blocked. */
interface Shot {
  name: string;
  path: string;
  width: number;
  dark: boolean;
  tilesBlocked: boolean;
}

const pages = {
  home: "/",
  basra: "/posts/continuing-battle-for-the-south-basra/",
  timeline: "/posts/basra-timeline-24-31-march-2008/",
};
const viewports = { desktop: 1280, phone: 390 };

/**
 * The README's nine pictures, or with `all` every combination of viewport, scheme and tiles; of
 * `only` (name → path) instead of the README's pages when given.
 */
function shotsToTake(all: boolean, only?: Record<string, string>): Shot[] {
  const shots: Shot[] = [];
  for (const [pageName, path] of Object.entries(only ?? pages)) {
    for (const [viewportName, width] of Object.entries(viewports)) {
      for (const dark of [false, true]) {
        for (const tilesBlocked of all ? [false, true] : [false]) {
          if (!all && dark && viewportName === "phone") continue;
          const parts = [
            pageName,
            viewportName,
            dark ? "dark" : "",
            tilesBlocked ? "no-tiles" : "",
          ];
          shots.push({
            name: parts.filter(Boolean).join("-"),
            path,
            width,
            dark,
            tilesBlocked,
          });
        }
      }
    }
  }
  return shots;
}

/** Opens one page as the shot asks and saves a screenshot of its first screens to `file`. */
async function takeShot(
  browser: Browser,
  baseUrl: string,
  shot: Shot,
  file: string,
): Promise<void> {
  const { page, record } = await openPage(browser, baseUrl, {
    viewport: { width: shot.width, height: shot.width < 600 ? 844 : 900 },
    colorScheme: shot.dark ? "dark" : "light",
    blockTiles: shot.tilesBlocked,
  });
  try {
    await page.goto(baseUrl + shot.path);
    if ((await page.locator(".dispatch-map").count()) > 0 && shot.path !== "/") {
      await page.locator(".dispatch-map").first().scrollIntoViewIfNeeded();
      await page.waitForSelector(".leaflet-container", { timeout: 15_000 });
      await page.evaluate(() => window.scrollTo(0, 0));
    }
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(400); // let Leaflet's tile fade-in finish
    const unexpected = record.errors.filter((error) => !/net::ERR_/.test(error));
    if (unexpected.length > 0) {
      throw new Error(`${shot.path} logged errors:\n${unexpected.join("\n")}`);
    }
    const height = shot.width < 600 ? 2400 : 2000;
    // Keep pictures a reader's first screens long, not the whole archive.
    await page.screenshot({
      path: file,
      clip: { x: 0, y: 0, width: shot.width, height: Math.min(height, await pageHeight(page)) },
      fullPage: true,
    });
  } finally {
    await page.context().close();
  }
}

async function pageHeight(page: import("playwright-core").Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

const usage = "Usage: npm run screenshot [-- --all] [--out=<folder>] [--page=/posts/<slug>/]…";
let options: { all: boolean; out: string; page: string[]; help: boolean };
try {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      all: { type: "boolean", default: false },
      out: { type: "string", default: "docs" },
      page: { type: "string", multiple: true, default: [] },
      help: { type: "boolean", default: false },
    },
  });
  options = values;
} catch (error) {
  console.error(`screenshot: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}
const { all, out: outDir } = options;
const only =
  options.page.length > 0
    ? Object.fromEntries(
        options.page.map((page) => [
          page.replace(/^\/|\/$/g, "").replace(/[^\w-]+/g, "-") || "home",
          page,
        ]),
      )
    : undefined;

// Wrong settings (src/site.ts, DISPATCH_SITE_URL) stop it before the build starts.
settingsOrExit();
console.log("Building the site…");
// `npm run build`, through the launcher (scripts/dispatch.mjs) that runs the compiled command.
const build = spawnSync(process.execPath, ["scripts/dispatch.mjs", "build"], {
  stdio: "inherit",
});
if (build.status !== 0) process.exit(build.status ?? 1);

const shots = shotsToTake(all, only);
const { server, baseUrl } = await serveDirectory("_site");
const browser = await launchChromium();
try {
  mkdirSync(outDir, { recursive: true });
  for (const [index, shot] of shots.entries()) {
    const file = join(outDir, `${shot.name}.png`);
    process.stderr.write(`[${index + 1}/${shots.length}] ${file}\n`);
    await takeShot(browser, baseUrl, shot, file);
  }
  console.log(`Saved ${shots.length} screenshots in ${outDir}/`);
} finally {
  await browser.close();
  server.close();
}
