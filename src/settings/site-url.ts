/**
 * The site URL setting (`url` in `src/site.ts`, or `DISPATCH_SITE_URL`): what is wrong with it and
 * the fix, in the words of where it came from. `src/site.ts` never throws on it (it keeps a text
 * that is no origin as written); every command checks it here before anything else.
 */
import { normalizeSiteUrl } from "../site.ts";

/** Where the site URL came from: the environment variable, or `url` in `src/site.ts`. */
export type SiteUrlSource = "DISPATCH_SITE_URL" | "src/site.ts";

/**
 * The URL an author most likely meant, as an origin and a path prefix: `news.example.net` →
 * `{ origin: "https://news.example.net", prefix: "/" }`, `https://x.com/path` →
 * `{ origin: "https://x.com", prefix: "/path/" }`; `undefined` when no http(s) URL is in sight.
 */
export function meantSiteUrl(text: string): { origin: string; prefix: string } | undefined {
  const trimmed = text.trim();
  if (trimmed === "" || /\s/.test(trimmed)) return undefined;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed);
  if (hasScheme && !/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(hasScheme ? trimmed : `https://${trimmed.replace(/^\/+/, "")}`);
    if (!url.hostname.includes(".") && url.hostname !== "localhost") return undefined;
    const path = url.pathname.replace(/\/+$/, "");
    return { origin: url.origin, prefix: path === "" ? "/" : `${path}/` };
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with the site URL, or `undefined` when it is an http(s) origin
 * ({@link normalizeSiteUrl} accepts it).
 * @param url the value as given (`news.example.net`, `https://x.com/path`)
 * @param source where it came from, which the fix is written for
 * @returns `message` (what is wrong) and `fix` (the whole setting or command to write)
 */
export function siteUrlProblem(
  url: string,
  source: SiteUrlSource,
): { message: string; fix: string } | undefined {
  try {
    normalizeSiteUrl(url);
    return undefined;
  } catch {
    // Described below.
  }
  const meant = meantSiteUrl(url);
  const write = (origin: string) =>
    source === "DISPATCH_SITE_URL"
      ? `DISPATCH_SITE_URL=${origin}`
      : `write the URL as ${JSON.stringify(origin)}`;
  if (!meant) {
    return {
      message: `the site URL ${JSON.stringify(url)} is not an absolute http(s) URL`,
      fix: `${write("https://<the site's domain>")}, with its scheme`,
    };
  }
  if (meant.prefix !== "/") {
    return {
      message: `the site URL ${JSON.stringify(url)} has a path, but it is the site's origin; the path is the path prefix`,
      fix: `${write(meant.origin)}, and put the path in --pathprefix: npm run build -- --pathprefix=${meant.prefix}`,
    };
  }
  return {
    message: `the site URL ${JSON.stringify(url)} is not an absolute http(s) URL`,
    fix: write(meant.origin),
  };
}
