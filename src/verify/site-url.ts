/**
 * The site URL a built site was made for, and whether it is still an example. Canonical links,
 * feeds, feed ids (their default tag authority) and the sitemap all hold the site URL
 * (`url` in `src/site.ts`, or `DISPATCH_SITE_URL`); a site built for `https://example.org` sends
 * readers, feed readers and crawlers to a domain reserved for documentation (RFC 2606 §3), and
 * gives its posts feed ids that change once the URL is set.
 *
 * `npm run verify` reads the URL from the output itself, the first `<loc>` of `sitemap.xml`
 * (every build writes it, the home page first), so it checks the site as it will be uploaded,
 * whatever built it and with whatever environment.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { SaxesParser } from "saxes";
import type { SiteProblem } from "./problem.ts";

/**
 * True for a host reserved for examples, never a deployed site: `example.com`, `example.net`,
 * `example.org` and every name under them (`www.example.org`), and names under the `.example` top
 * level domain (RFC 2606 §2–3, RFC 6761 §6.5). `dispatch.test` (RFC 6761 §6.2, reserved for
 * testing) is not one: CI builds for it on purpose.
 * @param host a URL's host, any case, without a port
 */
export function isExampleHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  return /(?:^|\.)example\.(?:com|net|org)$/.test(name) || /(?:^|\.)example$/.test(name);
}

/**
 * True when `url` (an absolute URL such as `https://example.org` or `http://www.example.org/`)
 * names a host {@link isExampleHost} calls an example; false for any other URL or text.
 */
export function isExampleSiteUrl(url: string): boolean {
  try {
    return isExampleHost(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * The fix printed with an example-URL message, with the whole build command: under a path prefix
 * other than `/`, `DISPATCH_SITE_URL=https://<the site's domain> npm run build --
 * --pathprefix=/basra-blog/`.
 * @param pathPrefix the prefix the site was built for, `/` or `/basra-blog/`
 */
export function siteUrlFixFor(pathPrefix: string): string {
  const prefix = pathPrefix === "/" ? "" : ` -- --pathprefix=${pathPrefix}`;
  return `set url in src/site.ts to the site's address, or build with DISPATCH_SITE_URL=https://<the site's domain> npm run build${prefix} (canonical links, feeds, feed ids and the sitemap depend on it)`;
}

/**
 * The origin a built site was made for, read from the first `<loc>` of its `sitemap.xml` with
 * an XML parser: `{ url: "https://example.org", line: 3 }`.
 * @param outputDir the output folder
 * @returns `undefined` when there is no sitemap, or it holds no absolute http(s) `<loc>` (the
 *   XML check reports a sitemap that is not well-formed)
 */
export function builtSiteUrl(outputDir: string): { url: string; line: number } | undefined {
  const file = path.join(outputDir, "sitemap.xml");
  if (!existsSync(file)) return undefined;
  const parser = new SaxesParser({ position: true });
  let inLoc = false;
  let text = "";
  let line = 0;
  let found: string | undefined;
  parser.on("opentag", (tag) => {
    if (found === undefined && tag.name === "loc") {
      inLoc = true;
      line = parser.line;
    }
  });
  parser.on("text", (chunk) => {
    if (inLoc) text += chunk;
  });
  parser.on("cdata", (chunk) => {
    if (inLoc) text += chunk;
  });
  parser.on("closetag", (tag) => {
    if (inLoc && tag.name === "loc") {
      inLoc = false;
      found = text.trim();
    }
  });
  parser.on("error", () => undefined);
  try {
    parser.write(readFileSync(file, "utf8")).close();
  } catch {
    // A sitemap that is not well-formed: the XML check reports it.
  }
  if (found === undefined) return undefined;
  try {
    const url = new URL(found);
    return /^https?:$/.test(url.protocol) ? { url: url.origin, line } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The problem of a site built for an example URL ({@link isExampleSiteUrl}), on the sitemap's
 * line that shows it, check `site-url`; none for any other URL.
 * @param built what {@link builtSiteUrl} read
 * @param pathPrefix the prefix it was built for, which the fix's command repeats
 * @default "/"
 */
export function exampleSiteUrlProblem(
  built: { url: string; line: number } | undefined,
  pathPrefix = "/",
): SiteProblem[] {
  if (!built || !isExampleSiteUrl(built.url)) return [];
  return [
    {
      file: "sitemap.xml",
      line: built.line,
      check: "site-url",
      message: `the site was built for ${built.url}, a domain reserved for examples, not the site's address. Fix: ${siteUrlFixFor(pathPrefix)}`,
    },
  ];
}
