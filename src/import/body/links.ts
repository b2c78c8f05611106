/**
 * Links of a post to the old site: a link to another imported post goes to its new URL, a
 * relative address is made absolute on the old site.
 */
import { escapeHtml } from "../../shared/html.ts";

/** What {@link convertBody} needs to know of the old site to rewrite its links. */
export interface OldSiteLinks {
  /** The old blog's root (the channel's `<link>`): `http://blog.example.org/blog`. */
  siteUrl: string;
  /** The new URL (`/posts/<slug>/`) of each imported post, by {@link OldSiteLinks.key} of its old URL. */
  newUrls: ReadonlyMap<string, string>;
  /** The key of a URL, relative ones resolved against `base`; undefined when it is not http(s). */
  key: (url: string, base?: string) => string | undefined;
}

/**
 * Rewrites the `href` and `src` attributes of a post's raw HTML: a link to another imported post
 * of the old site goes to its new URL (`/posts/<slug>/`); any other relative address
 * (`/wp-content/uploads/x.jpg`, `../about/`) is made absolute on the old site, where it pointed.
 * @param html WordPress `post_content`
 * @param links the old site and the imported posts' new URLs
 */
export function rewriteOldSiteLinks(html: string, links: OldSiteLinks): string {
  const base = `${links.siteUrl.replace(/\/*$/, "")}/`;
  return html.replace(
    /(\s(?:href|src)\s*=\s*)(["'])([^"']*)\2/gi,
    (attribute, name: string, quote: string, value: string) => {
      const address = value.trim().replace(/&amp;/g, "&");
      // A link to a place in a post (`…/basra/#map`) keeps its fragment at the new URL.
      const hash = /#[^#]*$/.exec(address)?.[0] ?? "";
      if (address === "" || address.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(address)) {
        const key = links.key(address);
        const moved = key === undefined ? undefined : links.newUrls.get(key);
        return moved ? `${name}${quote}${escapeHtml(moved + hash)}${quote}` : attribute;
      }
      let absolute: string;
      try {
        absolute = new URL(address, base).href;
      } catch {
        return attribute;
      }
      const key = links.key(absolute);
      const moved = key === undefined ? undefined : links.newUrls.get(key);
      return `${name}${quote}${escapeHtml(moved ? moved + hash : absolute)}${quote}`;
    },
  );
}
