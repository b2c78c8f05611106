/**
 * Which hosts the import may download a post's files from: the old site's (the export channel's
 * `<link>`, with and without `www.`), the copies WordPress.com and Jetpack serve of it
 * (`i0.wp.com/<old host>/…`, `<blog>.files.wordpress.com/…` for `<blog>.wordpress.com`), and the
 * hosts `--allow-host` names. Everything else stays a link. Pure functions of URLs.
 */
import { originalUrl } from "./names.ts";

/** The hosts the import downloads from. */
export interface MediaHosts {
  /** The old site's address as the export gives it (`http://blog.example.org/blog`). */
  siteUrl: string;
  /** The old site's host names, lower case, with and without `www.`. */
  oldHosts: string[];
  /** Other hosts `--allow-host` names, lower case, with and without `www.`. */
  allowed: string[];
}

/** Where a file of the post is read from, once the old site's copies are seen through. */
export type MediaSource =
  /**
   * On the old site (`url` is the old site's own address, a CDN copy mapped back) or an allowed
   * host; `cdn`, for a Jetpack CDN copy, is the CDN's address of the original, tried when the
   * old site has it no more.
   */
  | { allowed: true; url: string; oldSite: boolean; cdn?: string }
  /** On a host not allowed. */
  | { allowed: false; host: string };

/** A host name with and without `www.`. */
function withAndWithoutWww(host: string): string[] {
  const bare = host.toLowerCase().replace(/^www\./, "");
  return [bare, `www.${bare}`];
}

/**
 * The hosts of an import.
 * @param siteUrl the export channel's `<link>`
 * @param allowHosts the `--allow-host` values: host names (`images.example.net`), or URLs
 *   whose host is taken
 */
export function mediaHosts(siteUrl: string, allowHosts: readonly string[] = []): MediaHosts {
  let oldHost = "";
  try {
    oldHost = new URL(siteUrl).hostname;
  } catch {
    // An export with no usable <link>: only --allow-host's hosts are downloaded from.
  }
  const allowed = allowHosts.flatMap((value) => {
    const host = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? new URL(value).hostname : value;
    return withAndWithoutWww(host.trim().replace(/\/.*$/, ""));
  });
  return { siteUrl, oldHosts: oldHost ? withAndWithoutWww(oldHost) : [], allowed };
}

/** True for Jetpack's image CDN (`i0.wp.com` to `i3.wp.com`), which serves any site's images. */
export function isOldSiteCdn(host: string): boolean {
  return /^i[0-3]\.wp\.com$/i.test(host);
}

/** True when the import may download from `host` (the old site's or an allowed one). */
export function hostAllowed(host: string, hosts: MediaHosts): boolean {
  const name = host.toLowerCase();
  return hosts.oldHosts.includes(name) || hosts.allowed.includes(name);
}

/**
 * The old site's own address of a copy WordPress.com or Jetpack serves of it:
 * `https://i0.wp.com/blog.example.org/wp-content/uploads/a.jpg?resize=300%2C200` →
 * `http://blog.example.org/wp-content/uploads/a.jpg` (the scheme of the channel's `<link>`);
 * `https://blog.files.wordpress.com/2010/05/a.jpg?w=300` (for a blog at `blog.wordpress.com`)
 * → `https://blog.files.wordpress.com/2010/05/a.jpg`. Undefined for any other address.
 */
function oldSiteCopy(url: URL, hosts: MediaHosts): string | undefined {
  const host = url.hostname.toLowerCase();
  if (isOldSiteCdn(host)) {
    const [, inner = "", ...rest] = url.pathname.split("/");
    if (!hosts.oldHosts.includes(inner.toLowerCase())) return undefined;
    const scheme = new URL(hosts.siteUrl).protocol;
    return `${scheme}//${inner}/${rest.join("/")}`;
  }
  const blog = /^([a-z0-9-]+)\.files\.wordpress\.com$/.exec(host)?.[1];
  if (blog && hosts.oldHosts.includes(`${blog}.wordpress.com`)) {
    return `https://${host}${url.pathname}`;
  }
  return undefined;
}

/**
 * Where the import reads a file a post uses.
 * @param url the file's absolute address as the post has it
 * @returns undefined for an address that is not http(s) (`data:`, `file:`, a bad URL)
 */
export function mediaSource(url: string, hosts: MediaHosts): MediaSource | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
  const copy = oldSiteCopy(parsed, hosts);
  if (copy && isOldSiteCdn(parsed.hostname)) {
    const original = new URL(originalUrl(copy) ?? copy);
    const cdn = `https://${parsed.hostname.toLowerCase()}/${original.host}${original.pathname}`;
    return { allowed: true, url: copy, oldSite: true, cdn };
  }
  if (copy) return { allowed: true, url: copy, oldSite: true };
  const host = parsed.hostname.toLowerCase();
  if (hosts.oldHosts.includes(host)) return { allowed: true, url: parsed.href, oldSite: true };
  if (hosts.allowed.includes(host)) return { allowed: true, url: parsed.href, oldSite: false };
  return { allowed: false, host };
}

/**
 * True for a host name reserved for documentation and examples, which no real site has and the
 * import never looks up: `example.com`, `example.net`, `example.org` and their subdomains, and
 * names under `.example` and `.invalid` (RFC 2606 §2–3, RFC 6761 §6.4–6.5).
 */
export function isReservedHost(host: string): boolean {
  return /(?:^|\.)(?:example\.(?:com|net|org)|example|invalid)\.?$/i.test(host);
}

/**
 * The path of an upload inside `wp-content/uploads/`, percent-encoded as in the URL:
 * `http://blog.example.org/blog/wp-content/uploads/2008/03/a.jpg` → `2008/03/a.jpg`; for
 * WordPress.com's `<blog>.files.wordpress.com/2008/03/a.jpg` and an old network blog's
 * `/files/2008/03/a.jpg` (or `/wp-content/blogs.dir/2/files/2008/03/a.jpg`), `2008/03/a.jpg`.
 * Undefined for an address outside the uploads.
 */
export function uploadsPath(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const marker = "/wp-content/uploads/";
  const index = parsed.pathname.indexOf(marker);
  if (index >= 0) return parsed.pathname.slice(index + marker.length) || undefined;
  if (/\.files\.wordpress\.com$/i.test(parsed.hostname)) {
    return parsed.pathname.replace(/^\/+/, "") || undefined;
  }
  // A network (multisite) blog before WordPress 3.5: /files/2008/03/a.jpg, served from
  // wp-content/blogs.dir/<blog>/files/2008/03/a.jpg.
  return /\/(?:wp-content\/blogs\.dir\/\d+\/)?files\/(\d{4}\/\d{2}\/[^/].*)$/.exec(
    parsed.pathname,
  )?.[1];
}
