/**
 * What a URL written in content points to, read as a browser reads it (the WHATWG URL parser,
 * Node's `URL`): leading and trailing spaces and control characters are dropped, tabs and line
 * breaks anywhere are removed, and a backslash is a slash. So `/\evil.example/`, `\\evil.example`
 * and `/<tab>/evil.example` are links to another site, though they start like a path of this one.
 * Every check of "a site path" or "an http(s) URL or a site path" uses {@link classifyLink}.
 * Imports nothing of Dispatch's, so any folder may use it.
 */

/** The page links are resolved against: only its origin matters. */
const base = new URL("https://site.invalid/posts/page/");

/** Where a URL written in content goes, as {@link classifyLink} reads it. */
export type LinkTarget =
  /** It has a scheme: `https://…`, `mailto:…`, `javascript:…` (`scheme` lower-case, without the colon). */
  | { kind: "absolute"; scheme: string }
  /**
   * A path of this site from its root, `/posts/basra/`; `path` is what a browser requests: path,
   * query and fragment, percent-encoded (`/a%20b/`).
   */
  | { kind: "site"; path: string }
  /** Relative to the page it is on: `lead.jpg`, `../other/`, `#notes`, `?q=1`, `""`. */
  | { kind: "relative" }
  /**
   * No scheme, yet another site: `//host/` (`protocolRelative`: written with two slashes, as
   * such links are meant), `/\host/`, `\\host`, `/<tab>/host` (not meant). `host` is the host.
   */
  | { kind: "elsewhere"; host: string; protocolRelative: boolean }
  /** Browsers cannot read it at all (`http://[::1`), or it has no scheme and cannot be resolved. */
  | { kind: "invalid" };

/** ASCII C0 controls and space, which the URL parser trims from both ends. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is trimmed
const edges = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
/** ASCII tab and line breaks, which the URL parser removes wherever they are. */
const tabsAndNewlines = /[\t\n\r]/g;

/**
 * Reads `text` as a browser reads an `href` or `src` on a page of this site.
 *
 * `"/posts/a/"` → site; `"https://x.org"` → absolute `https`; `" java\tscript:x"` → absolute
 * `javascript`; `"//x.org/"` → elsewhere, protocol-relative; `"/\\x.org/"`, `"\\\\x.org"`,
 * `"/\t/x.org"` → elsewhere; `"/%5Cx.org/"` → site (an encoded backslash is not a slash);
 * `"lead.jpg"` → relative.
 * @param text the URL as written (already unescaped from Markdown or HTML)
 */
export function classifyLink(text: string): LinkTarget {
  const cleaned = text.replace(edges, "").replace(tabsAndNewlines, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1];
  if (scheme !== undefined) {
    return URL.canParse(cleaned)
      ? { kind: "absolute", scheme: scheme.toLowerCase() }
      : { kind: "invalid" };
  }
  let resolved: URL;
  try {
    resolved = new URL(text, base);
  } catch {
    return { kind: "invalid" };
  }
  if (resolved.origin !== base.origin) {
    return {
      kind: "elsewhere",
      host: resolved.host,
      protocolRelative: text.trimStart().startsWith("//"),
    };
  }
  if (/^[/\\]/.test(cleaned)) {
    return { kind: "site", path: `${resolved.pathname}${resolved.search}${resolved.hash}` };
  }
  return { kind: "relative" };
}

/**
 * Why `text` is not "an http(s) URL or a path of this site" (a feature's `url`), or `undefined`
 * when it is one: `https://x.org/a` and `/posts/basra/` are; `//x.org/`, `/\x.org/` (another
 * site), `posts/basra/` (relative), `javascript:…`, and text with spaces or control characters
 * are not.
 * @returns a phrase that follows the value in a message: `"leads to another site, x.org: …"`
 */
export function httpOrSitePathProblem(text: string): string | undefined {
  const target = classifyLink(text);
  if (target.kind === "elsewhere") return leavesSite(target.host);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\s\u0000-\u001f\u007f]/.test(text)) return "has spaces or control characters";
  if (target.kind === "site") return undefined;
  if (target.kind === "absolute" && /^https?$/.test(target.scheme) && /^https?:\/\//i.test(text))
    return undefined;
  return "is not an http(s) URL or a path of this site starting with /";
}

/**
 * The message for a URL without a scheme that browsers take to another site: `"leads to another
 * site, x.org: browsers read it as //x.org/ (a backslash is a slash to them, tabs and line breaks
 * are dropped)"`.
 */
export function leavesSite(host: string): string {
  return `leads to another site, ${host}: browsers read it as //${host}/ (to them a backslash is a slash, and tabs and line breaks are dropped)`;
}

/**
 * The fix for a URL {@link leavesSite}: `write a path of this site with one / at the start, e.g.
 * "/posts/basra/", or the other site's full address, "https://x.org/…"`.
 */
export function leavesSiteFix(host: string): string {
  return `write a path of this site with one / at the start, e.g. "/posts/basra/", or the other site's full address, "https://${host}/…"`;
}

/**
 * Percent-encodes a URL path for an `href`: `/posts/Café Noir/` → `/posts/Caf%C3%A9%20Noir/`.
 * Characters already encoded stay as they are.
 */
export function href(url: string): string {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // A lone % (a folder named "100% sure") is text, not an escape: encode it as it is.
  }
  return encodeURI(decoded);
}
