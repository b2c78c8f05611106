/**
 * The Content-Security-Policy of every page, from the site settings: scripts only from the site
 * itself (`script-src 'self'`, no inline code, no eval), map tiles from the tile provider's host.
 * See https://www.w3.org/TR/CSP3/ .
 */
import type { SiteSettings } from "../site.ts";
import { playerOrigins } from "../video/video-url.ts";

/**
 * Returns the origin of a tile URL template as a CSP source: `https://tile.openstreetmap.org`,
 * or `https://*.tile.example.org` for a `{s}` subdomain template.
 * @throws Error when the template is not an absolute http(s) URL
 */
export function tileSource(urlTemplate: string): string {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(urlTemplate);
  if (!match)
    throw new Error(`tile URL ${JSON.stringify(urlTemplate)} is not an absolute http(s) URL`);
  const [first = "", ...rest] = (match[2] as string).split(".");
  // CSP allows a wildcard only as a whole leftmost label: {s}.tile.org → *.tile.org, and
  // tile-{s}.example.org → *.example.org. A placeholder further right cannot be expressed.
  if (rest.some((label) => /\{[a-z]+\}/i.test(label))) {
    throw new Error(
      `tile URL ${JSON.stringify(urlTemplate)}: a placeholder in the host is allowed only in its first label`,
    );
  }
  const host = /\{[a-z]+\}/i.test(first) ? ["*", ...rest].join(".") : [first, ...rest].join(".");
  return `${(match[1] as string).toLowerCase()}://${host}`;
}

/**
 * Returns the policy as a header value, or for a `<meta http-equiv>` element, which cannot carry
 * `frame-ancestors` (browsers ignore it there and complain).
 */
export function contentSecurityPolicy(
  site: Pick<SiteSettings, "tiles">,
  delivery: "header" | "meta",
): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly (served from the
    // site itself); it allows no JavaScript eval and no inline script.
    ["script-src", "'self'", "'wasm-unsafe-eval'"],
    ["style-src", "'self'"],
    ["img-src", "'self'", "data:", tileSource(site.tiles.url)],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    // Video players, loaded only after a reader clicks play (src/video/video-url.ts).
    ["frame-src", ...playerOrigins],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
  ];
  if (delivery === "header") directives.push(["frame-ancestors", "'none'"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/**
 * Returns a `_headers` file (read by Netlify, Cloudflare Pages and others) that sends the policy
 * and a few safe defaults with every file of the site.
 */
export function headersFile(site: Pick<SiteSettings, "tiles">): string {
  return [
    "/*",
    `  Content-Security-Policy: ${contentSecurityPolicy(site, "header")}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    "",
  ].join("\n");
}
