import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, launchChromium, openPage } from "../../src/cli/chromium.ts";
import { makeProject, projectRoot } from "../helpers/build-site.ts";
import {
  changeUntilSeen,
  startDevServer,
  stopDevServer,
  until,
  type DevServer,
} from "../helpers/dev-server.ts";

describe.skipIf(!chromiumPath)("npm start's instant preview, in the browser", () => {
  const root = makeProject({ posts: path.join(projectRoot, "tests/fixtures/posts/taxonomy") });
  const post = path.join(root, "posts/a-same-day/index.md");
  const source = readFileSync(post, "utf8");
  let server: DevServer;
  let browser: Browser;
  let page: Page;
  const messages: string[] = [];

  /** The text of the post's body in the page's DOM. */
  const bodyText = () =>
    page.evaluate(() => document.querySelector(".post-body")?.textContent ?? "");

  /** Saves `text` as `file` (the post) until `seen` says the server reported it. */
  async function save(text: string, seen: () => boolean, file = post): Promise<void> {
    server.stdout = "";
    server.stderr = "";
    await changeUntilSeen(() => writeFileSync(file, text), seen);
  }

  beforeAll(async () => {
    server = await startDevServer(root);
    await until(() => server.stdout.includes("Watching"), 90_000, "the first build");
    browser = await launchChromium();
    ({ page } = await openPage(browser, `http://127.0.0.1:${server.port}`));
    page.on("console", (message) => messages.push(message.text()));
    await page.goto(`http://127.0.0.1:${server.port}/posts/a-same-day/`);
    // The dev server's live-reload client says so once its socket is open.
    await until(() => messages.some((text) => text.includes("Connected")), 30_000, "live reload");
    await page.evaluate(() => {
      (window as unknown as { previewMarker: number }).previewMarker = 14;
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stopDevServer(server);
  });

  /** The page's `performance.timeOrigin` and the marker set on `window` when it was opened. */
  const sameDocument = () =>
    page.evaluate(() => ({
      marker: (window as unknown as { previewMarker?: number }).previewMarker,
      origin: performance.timeOrigin,
    }));

  it("shows a sentence added to the body in the open page, without a navigation", async () => {
    const opened = await sameDocument();
    await save(`${source}\nA sentence the reader sees at once.\n`, () =>
      server.stdout.includes("Preview: /posts/a-same-day/ shown"),
    );
    await page.waitForFunction(
      () => document.querySelector(".post-body")?.textContent?.includes("sees at once"),
      undefined,
      { timeout: 30_000 },
    );
    expect(await bodyText()).toContain("Fighting continued in Basra.");
    expect(await sameDocument()).toEqual({ marker: 14, origin: opened.origin });
    expect(messages.some((text) => text.includes("HTML delta applied without page reload"))).toBe(
      true,
    );
    await until(() => /Wrote \d+ files/.test(server.stdout), 60_000, "the rebuild");
  });

  it("keeps a preview saved while a rebuild runs: that rebuild's reload does not bring back the old body", async () => {
    const opened = await sameDocument();
    // Whether the sentence, once shown, ever leaves the page.
    await page.evaluate(() => {
      const watched = window as unknown as { seen?: boolean; lost?: boolean };
      new MutationObserver(() => {
        const text = document.querySelector(".post-body")?.textContent ?? "";
        if (text.includes("saved while a rebuild runs")) watched.seen = true;
        else if (watched.seen) watched.lost = true;
      }).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
    });
    // A first save starts a rebuild of the post; a second is saved while that runs.
    await save(`${source}\nA first sentence.\n`, () => server.stdout.includes("File changed"));
    server.stdout = "";
    writeFileSync(post, `${source}\nA first sentence.\nA sentence saved while a rebuild runs.\n`);
    await until(
      () => server.stdout.includes("Preview: /posts/a-same-day/ shown"),
      60_000,
      "the preview",
    );
    await until(
      () => (server.stdout.match(/Wrote \d+ files/g) ?? []).length >= 2,
      90_000,
      "both rebuilds",
    );
    await page.waitForFunction(
      () => (window as unknown as { seen?: boolean }).seen === true,
      undefined,
      { timeout: 30_000 },
    );
    expect(
      await page.evaluate(() => (window as unknown as { lost?: boolean }).lost),
    ).toBeUndefined();
    expect(await bodyText()).toContain("A sentence saved while a rebuild runs.");
    expect(await sameDocument()).toEqual({ marker: 14, origin: opened.origin });
  });

  it("keeps the page as it was for a body whose Markdown fails, and prints the problem", async () => {
    const opened = await sameDocument();
    const before = await bodyText();
    await save(`${source}\nA first sentence.\nA claim.[^missing]\n`, () =>
      server.stdout.includes("File changed"),
    );
    await until(() => server.stderr.includes("Build failed:"), 60_000, "the problem");
    expect(server.stderr).toContain("posts/a-same-day/index.md:");
    expect(server.stderr).toContain("[^missing]");
    expect(server.stdout).not.toContain("Preview:");
    expect(await bodyText()).toBe(before);
    expect(await sameDocument()).toEqual(opened);
  });
});
