/**
 * `npm run screenshot`: builds the site, opens the Basra page in headless Chromium and saves
 * `docs/basra.png`, the screenshot in the README. This machine has no network, so map tiles are
 * drawn as plain paper colour; everything else is the page as readers get it.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { launchChromium, openPage, serveDirectory } from "./chromium.ts";

const postPath = "/posts/continuing-battle-for-the-south-basra/";
const target = "docs/basra.png";

console.log("Building the site…");
const build = spawnSync(process.execPath, ["--import", "tsx", "src/cli/build.ts"], {
  stdio: "inherit",
});
if (build.status !== 0) process.exit(build.status ?? 1);

console.log("Opening the Basra page in Chromium…");
const { server, baseUrl } = await serveDirectory("_site");
const browser = await launchChromium();
try {
  const { page, record } = await openPage(browser, baseUrl);
  await page.setViewportSize({ width: 1100, height: 1500 });
  await page.goto(baseUrl + postPath);
  await page.waitForSelector(".leaflet-marker-icon");
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500); // let Leaflet's tile fade-in finish
  if (record.errors.length > 0)
    throw new Error(`the page logged errors:\n${record.errors.join("\n")}`);
  mkdirSync("docs", { recursive: true });
  await page.screenshot({ path: target });
  console.log(`Saved ${target}`);
} finally {
  await browser.close();
  server.close();
}
