/**
 * A post's old URL on the WordPress site: its path (kept as an alias), its key for matching links
 * to it, and whether it is outside the old blog's folder.
 */
import type { OldSiteLinks } from "../body/links.ts";
import type { WxrItem } from "../export/wxr.ts";

/**
 * The old site's path of a post, relative to the old blog's root `siteUrl` (the channel's
 * `<link>`): `http://example.org/2008/03/27/basra/` → `/2008/03/27/basra/`, and with `siteUrl`
 * `http://example.org/blog`, `http://example.org/blog/2008/03/27/basra/` → also
 * `/2008/03/27/basra/`, since aliases are paths of this site, served under its path prefix.
 * Percent-encoding is decoded. Undefined for a link that is only a query (`/?p=12`, WordPress's
 * "Plain" permalinks and drafts) or the blog's root.
 */
export function oldPath(link: string, siteUrl = ""): string | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  let pathname = url.pathname;
  const base = basePath(siteUrl);
  if (base !== "/" && (pathname === base.slice(0, -1) || pathname.startsWith(base))) {
    pathname = pathname.slice(base.length - 1);
  }
  if (pathname === "/" || pathname === "") return undefined;
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

/** The path of a blog's root, ending in `/`: `http://example.org/blog` → `/blog/`. */
export function basePath(siteUrl: string): string {
  try {
    return new URL(siteUrl).pathname.replace(/\/*$/, "/");
  } catch {
    return "/";
  }
}

/**
 * The key of an old site's URL for matching links to it: host without `www.`, decoded path
 * with a final `/`, and a `?p=N` query: `https://www.example.org/2008/03/27/x` →
 * `example.org/2008/03/27/x/`. Undefined for a URL that cannot be read.
 */
export function oldUrlKey(url: string, base?: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(parsed.protocol)) return undefined;
  let pathname = parsed.pathname;
  try {
    pathname = decodeURI(pathname);
  } catch {
    // Kept encoded.
  }
  const post = parsed.searchParams.get("p");
  const query = post && /^\d+$/.test(post) ? `?p=${post}` : "";
  return `${parsed.host.replace(/^www\./, "")}${pathname.replace(/\/*$/, "/")}${query}`;
}

/**
 * The old blog's folder (`/blog/`) when `link` is on its host but outside it
 * (`http://example.org/news/x/` for a blog at `http://example.org/blog`); else undefined.
 */
export function outsideBlog(link: string, siteUrl: string): string | undefined {
  const base = basePath(siteUrl);
  if (base === "/") return undefined;
  try {
    const url = new URL(link);
    if (url.host !== new URL(siteUrl).host) return undefined;
    return url.pathname === base.slice(0, -1) || url.pathname.startsWith(base) ? undefined : base;
  } catch {
    return undefined;
  }
}

/**
 * What the body conversion needs to rewrite links between imported posts: the new URL
 * (`/posts/<slug>/`) of each post by the key of its old URL and of its `?p=<id>` URL.
 * @param posts the imported posts' items with their slugs
 */
export function oldSiteLinks(
  siteUrl: string,
  posts: readonly { item: WxrItem; slug: string }[],
): OldSiteLinks {
  const newUrls = new Map<string, string>();
  for (const { item, slug } of posts) {
    const url = `/posts/${slug}/`;
    const key = oldUrlKey(item.link);
    if (key) newUrls.set(key, url);
    const byId = item.id ? oldUrlKey(`${siteUrl}/?p=${item.id}`) : undefined;
    if (byId) newUrls.set(byId, url);
  }
  return { siteUrl, newUrls, key: oldUrlKey };
}
