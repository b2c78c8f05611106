/**
 * Page weight of a built site: for a page, the bytes a browser fetches before the reader scrolls
 * (the HTML, its stylesheets, its scripts and the modules they import statically, its images),
 * raw and gzip, checked against the budgets of issue 7.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";

/** Bytes of one kind of resource: raw, and gzip at the default level (what servers send). */
export interface Bytes {
  raw: number;
  gzip: number;
  /** Files counted, as URL paths. */
  files: string[];
}

/** The weight of one page, by kind of resource. */
export interface PageWeight {
  name: string;
  url: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  images: Bytes;
}

/** A budget check: what it measured against what it allows. */
export interface BudgetCheck {
  page: string;
  rule: string;
  actual: number;
  limit: number;
  pass: boolean;
}

const empty = (): Bytes => ({ raw: 0, gzip: 0, files: [] });

function add(bytes: Bytes, urlPath: string, content: Buffer): void {
  bytes.raw += content.length;
  bytes.gzip += gzipSync(content).length;
  bytes.files.push(urlPath);
}

/** Static imports of an ES module (`import … from "x"`, `import "x"`), not `import("x")`. */
export function staticImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(
    /(?:^|[;\n}])\s*import\s*(?:[^'"();]*?from\s*)?["']([^"']+)["']/g,
  )) {
    if (match[1]) found.push(match[1]);
  }
  return found;
}

/**
 * Measures the page at `url` (a path such as `/posts/basra/`) of the site built in `output`.
 * @throws Error when the page's HTML file does not exist
 */
export function measurePage(output: string, name: string, url: string): PageWeight {
  const file = path.join(output, url, url.endsWith(".html") ? "" : "index.html");
  if (!existsSync(file)) throw new Error(`page weight: ${url} is not in ${output}/ (${file})`);
  const html = readFileSync(file);
  const weight: PageWeight = {
    name,
    url,
    html: empty(),
    css: empty(),
    js: empty(),
    images: empty(),
  };
  add(weight.html, url, html);
  const { document } = parseHTML(html.toString("utf8"));
  const base = new URL(url, "http://site.invalid");
  const seen = new Set<string>();
  const fetch = (bytes: Bytes, reference: string, from: URL): string | undefined => {
    const resolved = new URL(reference, from);
    if (resolved.origin !== base.origin || seen.has(resolved.pathname)) return undefined;
    seen.add(resolved.pathname);
    const target = path.join(output, decodeURIComponent(resolved.pathname));
    if (!existsSync(target)) return undefined;
    const content = readFileSync(target);
    add(bytes, resolved.pathname, content);
    return content.toString("utf8");
  };
  for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
    fetch(weight.css, link.getAttribute("href") ?? "", base);
  }
  const scripts = [
    ...[...document.querySelectorAll("script[src]")].map((s) => s.getAttribute("src") ?? ""),
    ...[...document.querySelectorAll('link[rel="modulepreload"]')].map(
      (l) => l.getAttribute("href") ?? "",
    ),
  ];
  const queue = scripts.map((src) => ({ src, from: base }));
  while (queue.length > 0) {
    const { src, from } = queue.shift() as { src: string; from: URL };
    const source = fetch(weight.js, src, from);
    if (source === undefined) continue;
    const here = new URL(src, from);
    for (const imported of staticImports(source)) queue.push({ src: imported, from: here });
  }
  for (const image of document.querySelectorAll("img[src]")) {
    fetch(weight.images, image.getAttribute("src") ?? "", base);
  }
  return weight;
}

/** 14 KiB: what fits in the first round trip of a new connection (TCP initial window). */
export const postHtmlCssBudget = 14 * 1024;
/** Our own JavaScript on a map page before the map nears the viewport, gzip. */
export const mapScriptBudget = 2 * 1024;
/** Fonts a post without a map downloads (the site's typeface, Latin text). */
export const postFontBudget = 70 * 1024;

/**
 * The budgets of issues 7 and 11 for a post without a map (`kind: "post"`: no JavaScript, HTML plus CSS
 * at most {@link postHtmlCssBudget} gzip) and a post with a map (`kind: "map"`: JavaScript at most
 * {@link mapScriptBudget} gzip before the map is near; Leaflet loads later and is not counted).
 */
export function checkBudgets(weight: PageWeight, kind: "post" | "map"): BudgetCheck[] {
  const check = (rule: string, actual: number, limit: number): BudgetCheck => ({
    page: weight.name,
    rule,
    actual,
    limit,
    pass: actual <= limit,
  });
  if (kind === "post") {
    return [
      check("JavaScript bytes", weight.js.raw, 0),
      check("HTML + CSS, gzip", weight.html.gzip + weight.css.gzip, postHtmlCssBudget),
    ];
  }
  return [check("our JavaScript before the map is near, gzip", weight.js.gzip, mapScriptBudget)];
}
