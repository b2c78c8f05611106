/**
 * Lighthouse (the pinned 12.2.3 in node_modules) on pages of the real site, served locally and
 * gzip-compressed as static hosts serve it, in Debian's Chromium, headless. The site is built with its tile URL pointing at the same local
 * server, which answers every tile with one small PNG, so no request leaves the machine.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";
import sirv from "sirv";
import { projectRoot } from "../tests/helpers/build-site.ts";
import { buildSiteAsync, childProcess, removeFolder } from "./temporary.ts";

/** One page's Lighthouse result: scores 0-100, Largest Contentful Paint in milliseconds. */
export interface LighthouseResult {
  name: string;
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  /** Cumulative Layout Shift (unitless; 0 is no shift at all). */
  cls: number;
  /** Bytes of the font files the page downloaded (transfer size, as the network gave them). */
  fontBytes: number;
  /** Where the full JSON report was written. */
  report: string;
}

/** A 1×1 PNG in the map's paper colour, answered for every tile. */
const tile = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP49O4JAAWaAsW92qP8AAAAAElFTkSuQmCC",
  "base64",
);

/** Text files a host sends compressed. */
const compressible = /\.(?:html|css|js|mjs|svg|json|xml|txt)$/;

/**
 * Writes a gzip copy (`<file>.gz`) beside every text file under `root`, which the server sends
 * to a browser that accepts gzip, as static hosts (GitHub Pages, Netlify, CDNs) compress them.
 */
export function precompress(root: string): number {
  let written = 0;
  for (const file of readdirSync(root, { recursive: true, encoding: "utf8" })) {
    if (!compressible.test(file)) continue;
    const full = path.join(root, file);
    writeFileSync(`${full}.gz`, gzipSync(readFileSync(full), { level: 9 }));
    written += 1;
  }
  return written;
}

/** Serves `root` and answers `/tiles/…` with {@link tile} on `port` (0: any free port). */
function serve(root: string, port: number): Promise<Server> {
  const files = sirv(root, { dev: true, etag: true, gzip: true });
  const server = createServer((request, response) => {
    if (request.url?.startsWith("/tiles/")) {
      response.writeHead(200, { "content-type": "image/png", "cache-control": "max-age=3600" });
      response.end(tile);
      return;
    }
    files(request, response, () => {
      response.statusCode = 404;
      response.end("not found");
    });
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

/** Runs the Lighthouse CLI on `url`; resolves to the parsed JSON report. */
function runLighthouse(url: string, reportFile: string, chromium: string): Promise<unknown> {
  const bin = path.join(projectRoot, "node_modules/.bin/lighthouse");
  const args = [
    url,
    "--output=json",
    `--output-path=${reportFile}`,
    "--only-categories=performance,accessibility,best-practices",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    "--quiet",
  ];
  return new Promise((resolve, reject) => {
    const child = childProcess(
      spawn(bin, args, { env: { ...process.env, CHROME_PATH: chromium } }),
    );
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => {
      if (code === 0) resolve(JSON.parse(readFileSync(reportFile, "utf8")));
      else reject(new Error(`lighthouse ${url} failed (${code}): ${stderr.slice(-2000)}`));
    });
  });
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<
    string,
    { numericValue?: number; details?: { items?: Array<Record<string, unknown>> } }
  >;
}

/** Bytes of the fonts in a Lighthouse report's network requests. */
export function fontBytes(report: Report): number {
  const requests = report.audits["network-requests"]?.details?.items ?? [];
  return requests
    .filter((request) => request.resourceType === "Font")
    .reduce((sum, request) => sum + Number(request.transferSize ?? 0), 0);
}

/**
 * Builds the real site with local tiles, serves it, and runs Lighthouse on each of `pages`
 * (name and URL path), one after the other.
 * @throws Error when the build or Lighthouse fails
 */
export async function lighthousePages(
  pages: ReadonlyArray<{ name: string; url: string }>,
  reportDir: string,
  chromium: string,
): Promise<LighthouseResult[]> {
  const probe = await serve(projectRoot, 0);
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  const built = await buildSiteAsync({
    site: { tiles: { url: `http://127.0.0.1:${port}/tiles/{z}/{x}/{y}.png` } },
  });
  if (built.exitCode !== 0) {
    removeFolder(built.root);
    throw new Error(`build for Lighthouse failed:\n${built.stderr}`);
  }
  precompress(built.output);
  const server = await serve(built.output, port);
  try {
    const results: LighthouseResult[] = [];
    for (const page of pages) {
      const report = path.join(reportDir, `lighthouse-${page.name.replace(/\W+/g, "-")}.json`);
      const url = `http://127.0.0.1:${port}${page.url}`;
      const lhr = (await runLighthouse(url, report, chromium)) as Report;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      results.push({
        ...page,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
        cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
        fontBytes: fontBytes(lhr),
        report,
      });
    }
    return results;
  } finally {
    await new Promise((resolve) => server.close(resolve));
    removeFolder(built.root);
  }
}
