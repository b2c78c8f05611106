/**
 * Headless Chromium (Debian's, through playwright-core) against a built site served on
 * 127.0.0.1, with every request that would leave the machine answered locally: map tiles get a
 * plain PNG, anything else is refused and recorded, so a test can assert there was none.
 * Used by the browser tests and by `npm run screenshot`.
 */
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import sirv from "sirv";

/** Chromium's path: `$CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`; undefined when absent. */
export const chromiumPath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find(
  (candidate): candidate is string => Boolean(candidate && existsSync(candidate)),
);

/** Why browser tests are skipped, printed when there is no Chromium. */
export const noChromiumMessage =
  "Browser tests skipped: no Chromium at /usr/bin/chromium or $CHROMIUM_PATH. Install it with: apt-get update && apt-get install -y chromium";

/** A 256×256 PNG of plain paper colour (#eae6dd), the stand-in for every map tile. */
export const tilePng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAQAAAAEACAIAAADTED8xAAACAElEQVR42u3TMQ0AAAgEsffvkZUBFcxooEkVXHKZLngrEmAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAOogAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAAMAAYAAwABgADgAHAAGAADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAANgABUwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADAAGAAOAAcAAYAAwABgADIABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA4ABwABgADAAGAAMAAYAA8C1G+QoJNSwKKgAAAAASUVORK5CYII=",
  "base64",
);

/**
 * Reads the headers a `_headers` file (Netlify's format) sends with every file: the lines
 * indented under `/*`.
 */
export function headersForAllFiles(headersFileText: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of headersFileText.split("\n")) {
    if (!/^\s/.test(line)) inAll = line.trim() === "/*";
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (inAll && match) headers[match[1] as string] = match[2] as string;
  }
  return headers;
}

/** One rule of a `_headers` file: a path pattern and the headers it sends, in order. */
export interface HeaderRule {
  path: string;
  headers: Array<[name: string, value: string]>;
}

/** Reads a `_headers` file (Netlify's and Cloudflare Pages' format) into its rules. */
export function parseHeadersFile(headersFileText: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of headersFileText.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (match) rules.at(-1)?.headers.push([match[1] as string, match[2] as string]);
  }
  return rules;
}

/**
 * True when a rule's path matches a request path as Netlify matches it (`*` alone as a segment:
 * anything, the segment optional; `*` in a segment: any characters; `:name`: one segment; a
 * trailing slash optional) and Cloudflare Pages too for the rules Dispatch writes.
 */
export function rulePathMatches(rulePath: string, requestPath: string): boolean {
  const pattern = rulePath
    .split("/")
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(":")) return "([^/]+)";
      if (part === "*") return "?(.*)";
      return part
        .split("*")
        .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join("(.*)");
    })
    .join("/");
  return new RegExp(`^/${pattern}/?$`, "iu").test(requestPath);
}

/**
 * The headers a `_headers` file sends with a request path: those of every rule that matches it,
 * a header set by several rules sent once with their values joined by `, `, as Cloudflare Pages
 * does ("If a header is applied twice in the _headers file, the values are joined with a comma
 * separator": https://developers.cloudflare.com/pages/configuration/headers/). Two
 * Content-Security-Policy values joined so are two policies, both enforced (CSP Level 3 §8.1).
 * @param requestPath the path in the output folder, without the path prefix, as requested
 *   (percent-encoded): `/posts/basra/`
 */
export function headersForPath(
  rules: readonly HeaderRule[],
  requestPath: string,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rulePathMatches(rule.path, requestPath)) continue;
    for (const [name, value] of rule.headers) {
      const key = Object.keys(headers).find((known) => known.toLowerCase() === name.toLowerCase());
      if (key) headers[key] = `${headers[key]}, ${value}`;
      else headers[name] = value;
    }
  }
  return headers;
}

/** Options of {@link serveDirectory}. */
export interface ServeOptions {
  /** Headers sent with every response. */
  headers?: Record<string, string>;
  /**
   * The text of a `_headers` file whose rules are applied to each request as the hosts apply
   * them ({@link headersForPath}), after {@link headers}.
   */
  headersFile?: string;
  /**
   * Path the site is served under, as on a host that serves it at a sub-path; requests outside
   * it get 404.
   * @default "/"
   */
  pathPrefix?: string;
}

/**
 * Serves `dir` on 127.0.0.1 at a free port; resolves to the server and its base URL (without
 * the path prefix).
 */
export async function serveDirectory(
  dir: string,
  { headers = {}, headersFile, pathPrefix = "/" }: ServeOptions = {},
): Promise<{ server: Server; baseUrl: string }> {
  const rules = headersFile === undefined ? [] : parseHeadersFile(headersFile);
  const handler = sirv(dir, {
    dev: true,
    dotfiles: false,
    setHeaders: (response) => {
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    },
  });
  const server = createServer((request, response) => {
    const url = request.url ?? "/";
    if (!url.startsWith(pathPrefix)) {
      response.statusCode = 404;
      response.end();
      return;
    }
    request.url = `/${url.slice(pathPrefix.length)}`;
    // Matched as the hosts match it: the path as requested, percent-encoded.
    const requestPath = request.url.split(/[?#]/)[0] ?? "/";
    for (const [name, value] of Object.entries(headersForPath(rules, requestPath))) {
      response.setHeader(name, value);
    }
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, baseUrl: `http://127.0.0.1:${port}` };
}

/** Launches Debian's Chromium headless with the flags this machine needs. */
export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error(noChromiumMessage);
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** What a page did while a test watched it. */
export interface PageRecord {
  /** Console messages of type `error`, and uncaught exceptions. */
  errors: string[];
  /** URLs of tile requests answered with the stand-in PNG. */
  tiles: string[];
  /** URLs of other requests that would have left the machine, refused. */
  refused: string[];
  /** Same-origin responses with status ≥ 400. */
  failed: string[];
  /** URLs of same-origin requests, in order. */
  requests: string[];
}

/** Options of {@link openPage}. */
export interface OpenPageOptions {
  /**
   * The page's viewport in CSS pixels.
   * @default { width: 1200, height: 900 }
   */
  viewport?: { width: number; height: number };
  /**
   * The colour scheme the page is told the reader prefers (`prefers-color-scheme`).
   * @default "light"
   */
  colorScheme?: "light" | "dark";
  /**
   * Fail every tile request (as a firewall or an offline reader would) instead of answering it.
   * @default false
   */
  blockTiles?: boolean;
}

/**
 * Opens a new page whose network stays on this machine: requests to `baseUrl` go through;
 * `*.tile.openstreetmap.org` and `tile.openstreetmap.org` get {@link tilePng} (or fail, with
 * `blockTiles`); all else is aborted.
 */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  {
    viewport = { width: 1200, height: 900 },
    colorScheme = "light",
    blockTiles = false,
  }: OpenPageOptions = {},
): Promise<{ page: Page; record: PageRecord }> {
  const context = await browser.newContext({
    viewport,
    colorScheme,
    ...(viewport.width < 600 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 1 } : {}),
  });
  const page = await context.newPage();
  const record: PageRecord = { errors: [], tiles: [], refused: [], failed: [], requests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") record.errors.push(message.text());
  });
  page.on("pageerror", (error) => record.errors.push(String(error)));
  page.on("response", (response) => {
    if (response.url().startsWith(baseUrl) && response.status() >= 400) {
      record.failed.push(`${response.status()} ${response.url()}`);
    }
  });
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === baseUrl) {
      record.requests.push(url.href);
      return route.continue();
    }
    if (/(^|\.)tile\.openstreetmap\.org$/.test(url.hostname)) {
      record.tiles.push(url.href);
      if (blockTiles) return route.abort("connectionrefused");
      return route.fulfill({ status: 200, contentType: "image/png", body: tilePng });
    }
    record.refused.push(url.href);
    return route.abort("blockedbyclient");
  });
  return { page, record };
}
