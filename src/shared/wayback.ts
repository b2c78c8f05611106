/**
 * Links to the archived copy of a cited page: the Wayback Machine's copy nearest the citation's
 * date, or the copy the author named. Built from the citation alone, with no network access.
 * Imports nothing of Dispatch's, so the page's Sources list, the JSON-LD and the feeds all use it.
 */

/** The Wayback Machine's replay address, before the timestamp. */
const waybackReplay = "https://web.archive.org/web/";

/**
 * Hosts whose pages are already archived copies, each with its subdomains: a citation of one gets
 * no Wayback link. The Internet Archive (`web.archive.org`, Archive-It's `wayback.archive-it.org`),
 * archive.today under every domain it answers at (https://archive.today: `.ph`, `.is`, `.li`,
 * `.vn`, `.fo`, `.md`, `.today`), Perma.cc (https://perma.cc), WebCite and Ghostarchive.
 */
const archiveHosts: readonly string[] = [
  "archive.org",
  "archive-it.org",
  "archive.ph",
  "archive.is",
  "archive.li",
  "archive.vn",
  "archive.fo",
  "archive.md",
  "archive.today",
  "perma.cc",
  "webcitation.org",
  "ghostarchive.org",
];

/** The part of a citation (front matter `citations:`) an archived copy is made from. */
export interface ArchivableCitation {
  /** The cited page, an http(s) URL. */
  url?: string | undefined;
  /** Its publication date, `YYYY-MM-DD`. */
  date?: string | undefined;
  /** The archived copy the author chose, an http(s) URL; wins over the Wayback link. */
  archived?: string | undefined;
}

/**
 * Returns the Wayback Machine's address of `url` as archived nearest to `date`:
 * `waybackUrl("https://www.nytimes.com/2008/03/27/world/middleeast/27iraq.html", "2008-03-27")`
 * → `"https://web.archive.org/web/20080327/https://www.nytimes.com/2008/03/27/world/middleeast/27iraq.html"`.
 *
 * The scheme is `https://web.archive.org/web/<timestamp>/<original URL>`: a timestamp shorter than
 * `YYYYMMDDhhmmss` (here the date's eight digits) is answered with a redirect to the capture
 * nearest it (https://archive.org/developers/wayback-cdx-server.html, "Closest";
 * https://en.wikipedia.org/wiki/Help:Using_the_Wayback_Machine). The original URL follows the
 * timestamp as is, not percent-encoded: the Wayback Machine reads the rest of the request's path
 * and its query as the original URL, so a `?query` stays a query (`%3F` would make it part of
 * the path, a page never captured). The URL is first written as a browser would request it
 * (WHATWG URL serialisation: spaces and non-ASCII characters percent-encoded, the host in
 * lower case and punycode). A `#fragment` is never sent to a server, so it is no part of what
 * was archived: it is kept as the fragment of the Wayback address (unencoded, so the browser
 * keeps it for itself and scrolls the archived page to it after the redirect), never as `%23`,
 * which would ask for another page.
 * @param url an absolute http(s) URL
 * @param date a calendar date `YYYY-MM-DD`
 * @throws RangeError when `url` is not an http(s) URL or `date` is not `YYYY-MM-DD`
 */
export function waybackUrl(url: string, date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!match) throw new RangeError(`not a date written YYYY-MM-DD: ${JSON.stringify(date)}`);
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new RangeError(`not a URL: ${JSON.stringify(url)}`);
  }
  if (!/^https?:$/.test(parsed.protocol)) {
    throw new RangeError(`not an http(s) URL: ${JSON.stringify(url)}`);
  }
  const timestamp = `${match[1]}${match[2]}${match[3]}`;
  return `${waybackReplay}${timestamp}/${parsed.href}`;
}

/**
 * Whether `url` is already a copy in a web archive (a host of {@link archiveHosts} or one of its
 * subdomains: `https://web.archive.org/…`, `https://archive.is/…`, `https://perma.cc/…`), so
 * that a citation of it needs no link to another copy. `false` for text that is no URL.
 */
export function isArchiveUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return archiveHosts.some((archive) => host === archive || host.endsWith(`.${archive}`));
}

/**
 * The archived copy of a cited page: the citation's `archived` when it has one (as written), else
 * the Wayback Machine's copy nearest its `date` ({@link waybackUrl}) when it has a `url` and a
 * `date` and the `url` is not itself an archived copy; otherwise `undefined`.
 * @throws RangeError from {@link waybackUrl} for a `url` or `date` the front-matter schema refuses
 */
export function archivedCopyOf(citation: ArchivableCitation): string | undefined {
  if (citation.archived) return citation.archived;
  if (!citation.url || !citation.date || isArchiveUrl(citation.url)) return undefined;
  return waybackUrl(citation.url, citation.date);
}
