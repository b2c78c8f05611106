/**
 * The site's tag authority (`tagAuthority`, else the host of `url`), the name every default feed
 * id carries for ever (`tag:<authority>,<date>:<slug>`, RFC 4151). Beside the grammar that
 * `src/feeds/feed-id.ts` checks, RFC 4151 §2.1 asks for a name the tagging entity owns on the
 * tag's date: `localhost`, an IP address and a name without a dot are nobody's, and a domain
 * reserved for examples (`example.org`, {@link isExampleHost}) is not the site's. The build,
 * `npm run verify` and `npm run new` all decide by {@link tagAuthorityVerdict}.
 */
import type { ContentProblem } from "../errors.ts";
import { siteTagAuthorityProblem } from "../feeds/feed-id.ts";
import { isExampleHost } from "../verify/site-url.ts";

/** The settings a tag authority comes from. */
export interface TagAuthoritySite {
  /** The site's origin, `https://example.org`. */
  url: string;
  /** `site.tagAuthority`, when the site sets one. */
  tagAuthority?: string | undefined;
}

/** What the settings say about the tag authority. */
export interface TagAuthorityVerdict {
  /** The authority, when it can name feed ids (it may still be an example). */
  authority?: string;
  /** Why it cannot name feed ids: the build and every command stop on it. */
  error?: ContentProblem;
  /** Why it should not: an example domain; the build warns and `npm run verify` fails. */
  warning?: ContentProblem;
}

/**
 * True when no one can own `name` as RFC 4151 §2.1 means it: `localhost` (and names under it,
 * RFC 6761 §6.3), an IPv4 or IPv6 address, or a single label without a dot (`42`, `intranet`).
 * @param name a domain name in lower case, without a port
 */
export function isUnownableName(name: string): boolean {
  const host = name.replace(/\.$/, "");
  return (
    !host.includes(".") ||
    /(?:^|\.)localhost$/.test(host) ||
    /^[0-9.]+$/.test(host) ||
    host.includes(":") ||
    host.startsWith("[")
  );
}

/**
 * Decides the site's tag authority: the grammar of `src/feeds/feed-id.ts`
 * ({@link siteTagAuthorityProblem}), then whether a site can own it ({@link isUnownableName}: an
 * error), then whether it is an example ({@link isExampleHost}: a warning, only for a
 * `tagAuthority` written in the settings, since a URL that is an example has its own warning).
 * Problems name `src/site.ts` with `line` (that of `tagAuthority`, or of `url`) and the fix.
 */
export function tagAuthorityVerdict(site: TagAuthoritySite, line?: number): TagAuthorityVerdict {
  const at = (problem: ContentProblem): ContentProblem =>
    line === undefined ? problem : { ...problem, line };
  const grammar = siteTagAuthorityProblem(site);
  if (grammar) return { error: at(grammar) };
  const explicit = site.tagAuthority !== undefined;
  const authority = site.tagAuthority ?? new URL(site.url).hostname;
  const domain = authority.replace(/^.*@/, "");
  if (isUnownableName(domain)) {
    return {
      error: at({
        file: "src/site.ts",
        message: explicit
          ? `the tag authority ${JSON.stringify(authority)} (tagAuthority, the name in every post's feed id) is not a domain name anyone owns: RFC 4151 §2.1 asks for a domain name or email address the site's owner holds`
          : `the site URL's host ${JSON.stringify(authority)} cannot name feed ids: RFC 4151 §2.1 asks for a domain name or email address the site's owner holds, not localhost, an IP address or a name without a dot`,
        fix: explicit
          ? `write the site's own domain name, tagAuthority: "<the site's domain>", and keep it when the site moves`
          : `set tagAuthority to the site's own domain name, tagAuthority: "<the site's domain>", or build for the site's real URL (DISPATCH_SITE_URL=https://…)`,
      }),
    };
  }
  if (explicit && isExampleHost(domain)) {
    return {
      authority,
      warning: at({
        file: "src/site.ts",
        message: `the tag authority ${JSON.stringify(authority)} (tagAuthority) is a domain reserved for examples, and every post's feed id would carry it for ever; npm run verify fails on it`,
        fix: `write the site's own domain name, tagAuthority: "<the site's domain>", before the first deploy`,
      }),
    };
  }
  return { authority };
}
