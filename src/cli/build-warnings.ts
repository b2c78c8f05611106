/**
 * What `npm run build` warns about once a build has succeeded, one line each on stderr: what the
 * site would get wrong once deployed, though the build itself is sound.
 */
import { absoluteUrl } from "../seo/urls.ts";
import { isExampleSiteUrl, siteUrlFixFor } from "../verify/site-url.ts";

/**
 * The warnings of a build for the site URL `url` under `pathPrefix`:
 * - under a prefix other than `/`, that crawlers read robots.txt only at the root of the host
 *   (RFC 9309 §2.3, https://www.rfc-editor.org/rfc/rfc9309#section-2.3), so the one the build
 *   writes under the prefix is never read, with the `Sitemap:` line to put in the host's own;
 * - for a URL reserved for examples (`https://example.org`, {@link isExampleSiteUrl}), that
 *   `npm run verify` fails on it, with the fix.
 * @param site `url`, the site's origin (`https://example.org`); `pathPrefix`, `/` or `/blog/`
 * @returns the lines to print, each starting `build: warning:`; none for a site at the root of a
 *   real domain
 */
export function buildWarnings(site: { url: string; pathPrefix: string }): string[] {
  const warnings: string[] = [];
  if (isExampleSiteUrl(site.url)) {
    warnings.push(
      `build: warning: the site URL is ${site.url}, a domain reserved for examples, and npm run verify fails on it. Fix: ${siteUrlFixFor(site.pathPrefix)}`,
    );
  }
  if (site.pathPrefix !== "/") {
    const origin = site.url.replace(/\/+$/, "");
    warnings.push(
      `build: warning: crawlers read robots.txt only at the root of a host (RFC 9309 §2.3), so the robots.txt this build writes at ${absoluteUrl("/robots.txt", site)} is never read. Fix: add the line "Sitemap: ${absoluteUrl("/sitemap.xml", site)}" to ${origin}/robots.txt, and let it allow ${site.pathPrefix}`,
    );
  }
  return warnings;
}
