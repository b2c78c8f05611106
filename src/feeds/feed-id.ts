/**
 * A post's permanent feed id: the Atom entry's `<id>` (RFC 4287 §4.2.6: "a permanent, universally
 * unique identifier", which "MUST NOT change" when the entry is relocated or migrated, compared
 * character by character, §4.2.6.1) and the JSON Feed item's `id`
 * (https://www.jsonfeed.org/version/1.1/). Feed readers know a post by it: a new id shows the post
 * again as new.
 *
 * An explicit `id:` in front matter wins, exactly as written (the WordPress import writes the old
 * `guid` there). Otherwise the id is a tag URI (RFC 4151, https://www.rfc-editor.org/rfc/rfc4151):
 * `tag:<authority>,<YYYY-MM-DD>:<first slug>`, e.g. `tag:example.org,2008-03-27:basra`, made of
 * - the authority: `site.tagAuthority`, else the host of `site.url` (lower case, no port);
 * - the date: the post's publication date, the calendar day as written in its `date:` front matter
 *   (`2008-03-30T23:30:00-04:00` → `2008-03-30`), which no setting changes: not the site's time
 *   zone, nor the build machine's;
 * - the first slug: the slug in its first alias shaped like a post URL (`/posts/<slug>/`, which
 *   the README asks an author renaming a post to add), else its current slug.
 * None of them depends on the domain the site is served from, its path prefix, its time zone or
 * the post's folder, so the id survives a move, a new slug, a new folder and a new `timeZone`.
 *
 * Slugs of other scripts (`البصرة`) are percent-encoded as UTF-8 after Unicode NFC
 * (`%D8%A7%D9%84…`, upper-case hex as RFC 3986 §2.1 asks), so every id is a URI that RFC 4151's
 * grammar accepts, and one slug always gives the same characters.
 */
import { slugProblem } from "../content/permalinks/permalink.ts";
import { ContentError, type ContentProblem } from "../errors.ts";

/** The site settings a default feed id is made from. */
export interface FeedIdSite {
  /** The site's origin, `https://example.org` (its host is the default authority). */
  url: string;
  /** `site.tagAuthority`: a domain name or an email address, when the site sets one. */
  tagAuthority?: string | undefined;
}

/** What a post's feed id is made from. */
export interface FeedIdPost {
  /** The post's `id:` front matter as read (an id only when it is non-blank text). */
  id?: unknown;
  /** The post's slug today: its `slug:`, else its folder's name made a slug (`basra`). */
  currentSlug: string;
  /** Its `aliases:` front matter as read (old root-relative paths such as `/posts/basra/`). */
  aliases?: unknown;
  /**
   * Its `date:` front matter as written (`2008-03-27`, `2008-03-27T14:30`,
   * `2008-03-30T23:30:00-04:00`): the id takes the calendar date written there ({@link writtenDay}).
   */
  published: string;
}

/** The settings file every message about a site setting names. */
const settingsFile = "src/site.ts";

const dnsComponent = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";
const dnsName = `${dnsComponent}(?:\\.${dnsComponent})*`;
/** RFC 4151 §2.1: `authorityName = DNSname / emailAddress`, in lower case. */
const authorityPattern = new RegExp(`^(?:${dnsName}|[a-z0-9._-]+@${dnsName})$`);

/**
 * What is wrong with a tag authority (RFC 4151 §2.1 `authorityName`: a domain name such as
 * `example.org`, or an email address such as `desk@example.org`), or `undefined` when it is one.
 * Dispatch asks for lower case, since ids are compared character by character (RFC 4151 §2.4)
 * and `Example.org` would make other ids than `example.org`; a name in another script is written
 * in its ASCII form (`xn--…`, what `new URL()` gives as the host).
 * @returns a problem in `src/site.ts` with its fix
 */
export function tagAuthorityProblem(authority: string): ContentProblem | undefined {
  if (authorityPattern.test(authority)) return undefined;
  const lower = authority.trim().toLowerCase();
  const suggestion = authorityPattern.test(lower) ? lower : asciiHost(authority.trim());
  return {
    file: settingsFile,
    message: `the tag authority ${JSON.stringify(authority)} (site.tagAuthority, the name in every post's feed id) is not a domain name or an email address in lower case (RFC 4151 §2.1)`,
    fix: suggestion
      ? `write tagAuthority: ${JSON.stringify(suggestion)}`
      : `write a domain name or email address the site's owner holds, tagAuthority: "<the site's domain>", and keep it when the site moves`,
  };
}

/**
 * The host an authority was meant to be, when it is a domain name in another form: in another
 * script (`bücher.example` → `xn--bcher-kva.example`), with a port (`example.org:8080`) or as a
 * URL (`https://example.org/`).
 */
function asciiHost(name: string): string | undefined {
  try {
    const url = new URL(/^https?:\/\//i.test(name) ? name : `http://${name}`);
    if (url.username || url.password) return undefined;
    return authorityPattern.test(url.hostname) ? url.hostname : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What is wrong with the site's tag authority as the settings give it ({@link tagAuthorityOf}),
 * or `undefined`: checked before a build, so a wrong setting stops it before anything is written.
 */
export function siteTagAuthorityProblem(
  site: Pick<FeedIdSite, "url" | "tagAuthority">,
): ContentProblem | undefined {
  if (site.tagAuthority !== undefined) return tagAuthorityProblem(site.tagAuthority);
  const host = new URL(site.url).hostname;
  if (authorityPattern.test(host)) return undefined;
  return {
    file: settingsFile,
    message: `the site URL's host ${JSON.stringify(host)} cannot name feed ids: RFC 4151 §2.1 asks for a domain name or an email address`,
    fix: `set tagAuthority to a domain name the site's owner holds: tagAuthority: "<the site's domain>"`,
  };
}

/**
 * The authority of the site's tag URIs: `site.tagAuthority`, else the host of `site.url` in lower
 * case without a port (`https://Example.org:8443` → `example.org`).
 * @throws ContentError naming `src/site.ts` and the fix when {@link siteTagAuthorityProblem}
 *   finds one (a `tagAuthority` that is no lower-case domain name or email address; no
 *   `tagAuthority` and a URL whose host is an IPv6 address)
 */
export function tagAuthorityOf(site: Pick<FeedIdSite, "url" | "tagAuthority">): string {
  const problem = siteTagAuthorityProblem(site);
  if (problem) throw new ContentError([problem]);
  return site.tagAuthority ?? new URL(site.url).hostname;
}

/**
 * The slug of the first alias shaped like a post URL, `/posts/<slug>/` (percent-encoded or not;
 * the slug must be one Dispatch could have made, see {@link slugProblem}), or `undefined`.
 * @param aliases `aliases:` as read; anything but a list of text gives `undefined`
 */
export function firstAliasSlug(aliases: unknown): string | undefined {
  if (!Array.isArray(aliases)) return undefined;
  for (const alias of aliases) {
    if (typeof alias !== "string") continue;
    const segment = /^\/posts\/([^/?#]+)\/$/.exec(alias.trim())?.[1];
    if (segment === undefined) continue;
    let slug: string;
    try {
      slug = decodeURIComponent(segment).normalize("NFC");
    } catch {
      continue;
    }
    if (!slugProblem(slug)) return slug;
  }
  return undefined;
}

/**
 * The post's first slug: {@link firstAliasSlug} of its aliases, else its current slug, in NFC.
 * `firstSlug({ currentSlug: "basra-pipeline-attack", aliases: ["/posts/basra/"] })` → `"basra"`.
 */
export function firstSlug(post: Pick<FeedIdPost, "currentSlug" | "aliases">): string {
  return firstAliasSlug(post.aliases) ?? post.currentSlug.normalize("NFC");
}

/** RFC 3986 `pchar` and `/` and `?`, which RFC 4151's `specific` may hold as they are. */
const specificCharacter = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]/;

/**
 * Percent-encodes what RFC 4151's `specific` (`*( pchar / "/" / "?" )`) may not hold as it is:
 * every other character as its UTF-8 bytes in upper-case hex, after Unicode NFC.
 * `"البصرة"` → `"%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9"`, `"a b"` → `"a%20b"`.
 */
export function tagSpecific(text: string): string {
  let out = "";
  for (const character of text.normalize("NFC")) {
    if (specificCharacter.test(character)) {
      out += character;
      continue;
    }
    for (const byte of new TextEncoder().encode(character)) {
      out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
  }
  return out;
}

/** `YYYY-MM-DD` at the start of a front-matter date, the calendar date its author wrote. */
const writtenDate = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/**
 * The calendar date written at the start of a front-matter date, `YYYY-MM-DD`, whatever time or
 * offset follows it and whatever the site's time zone: `2008-03-30T23:30:00-04:00` →
 * `2008-03-30`, `2008-03-27T14:30` → `2008-03-27`, `2008-03-27` → itself (surrounding spaces
 * ignored). RFC 4151 §2.1 only asks that the tag's date be one on which the authority held its
 * name; the date as written is the one no setting can change.
 * @throws RangeError when the text does not start with a date or names a day the calendar does
 *   not have (`2008-02-30`); the front-matter check refuses such a post before any id is made
 */
export function writtenDay(written: string): string {
  const match = writtenDate.exec(written.trim());
  if (match) {
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    const at = new Date(Date.UTC(year, month - 1, day));
    if (at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day)
      return match[0].slice(0, 10);
  }
  throw new RangeError(`no calendar date at the start of ${JSON.stringify(written)}`);
}

/**
 * Builds a tag URI: `tagUri("example.org", "2008-03-27", "basra")` →
 * `"tag:example.org,2008-03-27:basra"` (RFC 4151 §2.1), the specific part encoded by
 * {@link tagSpecific}.
 * @param date `YYYY-MM-DD`
 */
export function tagUri(authority: string, date: string, specific: string): string {
  return `tag:${authority},${date}:${tagSpecific(specific)}`;
}

/**
 * A post's default feed id, the tag URI `tag:<authority>,<publication date as written>:<first slug>`.
 * @throws ContentError when the authority is not one ({@link tagAuthorityOf})
 * @throws RangeError when `published` starts with no calendar date ({@link writtenDay})
 */
export function defaultFeedId(post: FeedIdPost, site: FeedIdSite): string {
  return tagUri(tagAuthorityOf(site), writtenDay(post.published), firstSlug(post));
}

/** The post's own `id:` when it is non-blank text, exactly as written; else `undefined`. */
export function explicitFeedId(id: unknown): string | undefined {
  return typeof id === "string" && id.trim() !== "" ? id : undefined;
}

/**
 * A post's permanent feed id (Atom `<id>`, RFC 4287 §4.2.6; JSON Feed `id`): its `id:` front
 * matter exactly as written, else {@link defaultFeedId}.
 * @throws ContentError for a post without `id:` when the site's authority is not one
 */
export function feedIdOf(post: FeedIdPost, site: FeedIdSite): string {
  return explicitFeedId(post.id) ?? defaultFeedId(post, site);
}
