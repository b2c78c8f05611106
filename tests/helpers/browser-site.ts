/**
 * A built site served on 127.0.0.1 and a headless Chromium for one `describe` block: started
 * before its tests, closed after them. Browser tests are skipped where there is no Chromium,
 * with a message saying how to install it; in CI (`CI` set) a missing Chromium is an error.
 */
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import {
  chromiumPath,
  launchChromium,
  noChromiumMessage,
  openPage,
  serveDirectory,
  type ServeOptions,
} from "../../src/cli/chromium.ts";

if (!chromiumPath) {
  if (process.env.CI) throw new Error(`${noChromiumMessage} (CI must run browser tests)`);
  console.warn(noChromiumMessage);
}

/** The served site and the browser, filled in before the block's tests run. */
export interface BrowserSite {
  baseUrl: string;
  browser: Browser;
  /** Opens a new page (its own context) whose network stays on this machine. */
  open(): ReturnType<typeof openPage>;
}

/**
 * Serves `output()` and launches Chromium around the enclosing `describe` block.
 * @param output the built site's folder, read when the block starts (it may be built in a hook)
 */
export function browserSite(output: () => string, options: ServeOptions = {}): BrowserSite {
  let server: Server | undefined;
  const site: BrowserSite = {
    baseUrl: "",
    browser: undefined as unknown as Browser,
    open: () => openPage(site.browser, site.baseUrl),
  };
  beforeAll(async () => {
    const served = await serveDirectory(output(), options);
    server = served.server;
    site.baseUrl = served.baseUrl;
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });
  return site;
}
