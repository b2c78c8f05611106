/**
 * The feed id `npm run new` writes into a new post's front matter, so that the id is fixed from
 * the start: the tag URI Dispatch would make for the post today (`src/feeds/feed-id.ts`), which a
 * later change of its date (a draft published another day, a date corrected) would otherwise
 * change.
 */
import { tagUri } from "../feeds/feed-id.ts";
import { tagAuthorityVerdict } from "../settings/tag-authority.ts";
import type { SiteSettings } from "../site.ts";
import { isExampleHost } from "../verify/site-url.ts";

/**
 * The tag URI `tag:<authority>,<date>:<slug>` of a new post, or `undefined` while the site's
 * authority is not settled, by the build's own rule (`tagAuthorityVerdict`): a `tagAuthority`
 * that is none or no one's (the build stops on it), one in a domain reserved for examples (the
 * build warns), or no `tagAuthority` and a site URL still the example's (`https://example.org`),
 * whose host would name the post for ever.
 * @param date `YYYY-MM-DD`, today in the site's time zone
 * @param slug the new post's folder name, its slug
 */
export function newPostFeedId(
  site: Pick<SiteSettings, "url" | "tagAuthority">,
  date: string,
  slug: string,
): string | undefined {
  const { authority, error, warning } = tagAuthorityVerdict(site);
  if (authority === undefined || error || warning) return undefined;
  if (isExampleHost(authority.replace(/^.*@/, ""))) return undefined;
  return tagUri(authority, date, slug);
}
