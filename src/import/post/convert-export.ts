/**
 * WordPress items as Dispatch posts, in stages: which items become posts (`./choose.ts`), their
 * folders (`./slugs.ts`), front matter (`./front-matter.ts`, `./terms.ts`, `./dates.ts`), old
 * URLs and attachment pages kept as aliases unless the build would refuse them (`./old-urls.ts`,
 * `./aliases.ts`, `./attachments.ts`), Markdown body (`../body/`), the featured image as the
 * lead image (`./featured-image.ts`), and what the report says of each (`./notices.ts`).
 */
import { convertBody } from "../body/convert.ts";
import type { WxrExport } from "../export/wxr.ts";
import { noLocalMedia, type MediaResolver } from "../media/resolver.ts";
import type { UnconvertedShortcode } from "../../shortcodes/notes.ts";
import { refusedAliases } from "./aliases.ts";
import {
  attachmentAliases,
  attachmentIndex,
  postAttachments,
  refusedAttachmentAliasNotice,
  type AttachmentAlias,
  type AttachmentIndex,
} from "./attachments.ts";
import { chooseItems, type ChosenItem, type SkippedItem } from "./choose.ts";
import { dayShift } from "./dates.ts";
import { featuredImage } from "./featured-image.ts";
import { aliasesLine, feedIds, fieldLine, frontMatterHead } from "./front-matter.ts";
import {
  headNotices,
  itemNotices,
  outsideBlogNotice,
  refusedAliasNotice,
  type PostNotice,
} from "./notices.ts";
import { oldPath, oldSiteLinks, outsideBlog } from "./old-urls.ts";
import { assignSlugs, baseSlug } from "./slugs.ts";
import { itemSeries, tagSpellings } from "./terms.ts";

/** A shortcode left as a note, with its place in the imported file. */
export interface ReportedShortcode {
  /** 1-based line in the post's `index.md`. */
  line: number;
  /** Name, lower case: `gallery`. */
  name: string;
  /** The opening tag as written. */
  text: string;
}

/** One WordPress post converted to a Dispatch post. */
export interface ImportedPost {
  /** `wp:post_id`. */
  id: string;
  /** The post's folder name and `slug:`. */
  slug: string;
  /** The whole `index.md`. */
  text: string;
  draft: boolean;
  unconverted: ReportedShortcode[];
  /** The post's images, kept as links to their original addresses, with the line of each in `text`. */
  images: { url: string; line: number }[];
  /**
   * The old URL's path, now in `aliases`; undefined when the old URL has none (`/?p=12`) or the
   * build would refuse it ({@link ImportedPost.aliasRefused}).
   */
  alias: string | undefined;
  /** The old URL had a path, but the build would refuse it as an alias: it is left out. */
  aliasRefused: boolean;
  /**
   * When the old URL's date (`/2008/03/27/`) is not the post's day in the site's time zone:
   * both days, `YYYY-MM-DD`.
   */
  dayShift?: { oldDay: string; siteDay: string };
  /**
   * What the import changed, dropped or could not keep, for the report: each with its 1-based
   * line in `text` and a message that says what and the fix (`the old URL /feed.xml was not kept…`).
   */
  notices: PostNotice[];
}

/** An item skipped, and why (`./choose.ts`). */
export type { SkippedItem };

/** Options of {@link convertExport}. */
export interface ConvertOptions {
  /**
   * Import drafts (`draft`, `pending`, `private`) too, with `draft: true`.
   * @default false
   */
  drafts?: boolean;
  /** Slugs given to posts by an earlier import, by post id: kept so re-imports stay put. */
  previousSlugs?: ReadonlyMap<string, string>;
  /**
   * Slugs already taken by folders the import did not write (an author's own posts): a post
   * that would have one gets `-2`, `-3`…
   * @default none
   */
  reservedSlugs?: ReadonlySet<string>;
  /**
   * The site's time zone (IANA), to tell when an old URL's date is not the post's day there.
   * @default "UTC"
   */
  timeZone?: string;
  /**
   * Permalinks of the site's own pages (`/archive/`, `/tags/`, `/tags/{{ tag.slug }}/feed.xml`):
   * an old URL that is one of them, or inside a folder of pages made from data (`/tags/…`), is
   * not kept as an alias, since the build would refuse it.
   * @default none
   */
  pagePermalinks?: readonly string[];
  /**
   * The local copies of each post's files, by the post's folder name (its slug) and
   * `wp:post_id`: see {@link MediaResolver}.
   * @default none: every image stays a link to the old site
   */
  media?: (slug: string, postId: string) => MediaResolver;
}

/** A chosen item with its slug, series, old URL's path and front matter up to `slug:`. */
interface PreparedPost extends ChosenItem {
  slug: string;
  series: string[];
  alias: string | undefined;
  head: string[];
}

/** What every post of the export shares when it is written. */
interface ExportContext {
  wxr: WxrExport;
  options: ConvertOptions;
  links: ReturnType<typeof oldSiteLinks>;
  /** Refused old URLs' reasons, by post id. */
  refused: ReadonlyMap<string, string>;
  /** The export's attachments. */
  attachments: AttachmentIndex;
  /** The old paths of imported posts' attachment pages, by post id. */
  attachmentPages: ReadonlyMap<string, AttachmentAlias[]>;
  /** Reusable blocks' content, by id. */
  reusableBlocks: ReadonlyMap<string, string>;
}

/** The 1-based line of `text` on which `needle` first appears as a link target; 0 when it does not. */
function lineContaining(text: string, needle: string): number {
  const lines = text.split("\n");
  const index = lines.findIndex(
    (line) => line.includes(`](${needle})`) || line.includes(`href="${needle}"`),
  );
  return index + 1;
}

/** The unconverted shortcodes with the line of each one's note (`data-wordpress-shortcode`). */
function reportedShortcodes(
  text: string,
  unconverted: readonly UnconvertedShortcode[],
): ReportedShortcode[] {
  const markerLines = text
    .split("\n")
    .flatMap((line, index) =>
      [...line.matchAll(/data-wordpress-shortcode="/g)].map(() => index + 1),
    );
  return unconverted.map((shortcode, index) => ({ ...shortcode, line: markerLines[index] ?? 0 }));
}

/**
 * The rest of a post's front matter after `slug:` (its aliases: its old URL, then its attachment
 * pages'; its lead image; `draft: true`; the closing `---`) and the notices of its old URLs.
 * @param image the lines of `image:` ({@link featuredImage})
 */
function frontMatterTail(
  entry: PreparedPost,
  context: ExportContext,
  image: readonly string[],
): { lines: string[]; notices: PostNotice[] } {
  const { item, slug, alias, draft, head } = entry;
  const lines = [...head];
  const notices: PostNotice[] = [];
  const aliasLine = lines.length + 1;
  const refusal = context.refused.get(item.id);
  const pages = context.attachmentPages.get(item.id) ?? [];
  const kept = pages.filter((page) => !page.refusal).map((page) => page.alias);
  if (alias && refusal) {
    notices.push(refusedAliasNotice(alias, refusal, aliasLine - 1));
  } else if (alias && alias !== `/posts/${slug}/`) {
    lines.push(aliasesLine(alias, ...kept));
    const outside = outsideBlog(item.link, context.wxr.siteUrl);
    if (outside) notices.push(outsideBlogNotice(item.link, outside, alias, aliasLine));
  }
  if (kept.length > 0 && fieldLine(lines, "aliases") === 0) lines.push(aliasesLine(...kept));
  for (const page of pages) {
    if (page.refusal) notices.push(refusedAttachmentAliasNotice(page, aliasLine - 1));
  }
  lines.push(...image);
  if (draft) lines.push("draft: true");
  lines.push("---", "");
  return { lines, notices };
}

/** Writes one post: its `index.md` and what the report says of it. */
function importPost(entry: PreparedPost, context: ExportContext): ImportedPost {
  const { item, title, date, draft, slug, alias } = entry;
  const { options } = context;
  const refusal = context.refused.get(item.id);
  const base = baseSlug(item, title);
  // The folder its slug names is an author's own post: this one was given another.
  const taken = slug !== base && options.reservedSlugs?.has(base) ? base : undefined;
  const redirected = alias && !refusal && alias !== `/posts/${slug}/` ? alias : undefined;
  const notices = headNotices(entry, entry.head, taken, redirected);
  const media = options.media?.(slug, item.id) ?? noLocalMedia;
  const body = convertBody(item.content, title, context.links, {
    footnotes: item.meta.get("footnotes"),
    reusableBlocks: context.reusableBlocks,
    media,
    attachments: postAttachments(context.attachments, item.id),
  });
  const featured = featuredImage(item, context.attachments, media, body.markdown);
  const { lines, notices: aliasNotices } = frontMatterTail(entry, context, featured.lines);
  notices.push(...aliasNotices);
  const text = `${lines.join("\n")}\n${featured.markdown}\n`;
  for (const loss of body.losses) {
    const line = Math.max(1, loss.line - featured.removedLines);
    notices.push({ line: lines.length + line, message: loss.message });
  }
  for (const { field, message } of featured.notices) {
    const line = field ? lines.findIndex((text) => text.startsWith("  alt:")) + 1 : 2;
    notices.push({ line, message });
  }
  notices.push(...itemNotices(entry, lines));
  return {
    id: item.id,
    slug,
    text,
    draft,
    unconverted: reportedShortcodes(text, body.unconverted),
    images: [...new Set(body.imageLinks)]
      .map((url) => ({ url, line: lineContaining(text, url) }))
      .sort((a, b) => a.line - b.line),
    alias: refusal ? undefined : alias,
    aliasRefused: refusal !== undefined && alias !== undefined,
    dayShift: refusal ? undefined : dayShift(alias, date, options.timeZone ?? "UTC"),
    notices: notices.sort((a, b) => a.line - b.line),
  };
}

/**
 * Converts the export's posts. Items that are not posts (pages, attachments, menu items) and
 * posts that are not published (drafts without `drafts`, trash) are returned as skipped. Two
 * posts with one slug get distinct ones: the later in the file gets `-2`, `-3`…
 * @param wxr the export ({@link parseWxr})
 * @returns the posts in export order, and the items skipped, each with why
 */
export function convertExport(
  wxr: WxrExport,
  options: ConvertOptions = {},
): { posts: ImportedPost[]; skipped: SkippedItem[] } {
  const { chosen, skipped } = chooseItems(wxr.items, options.drafts ?? false);
  const slugs = assignSlugs(chosen, options.previousSlugs, options.reservedSlugs);
  const tagSpelling = tagSpellings(chosen.map(({ item }) => item));
  const ids = feedIds(chosen.map(({ item }) => item));
  const prepared = chosen.map((entry): PreparedPost => {
    const slug = slugs.get(entry.item.id) as string;
    const series = itemSeries(entry.item);
    const id = ids.get(entry.item);
    const head = frontMatterHead(entry.item, { ...entry, slug, series, id }, wxr, tagSpelling);
    return { ...entry, slug, series, alias: oldPath(entry.item.link, wxr.siteUrl), head };
  });
  const refused = refusedAliases(prepared, options.reservedSlugs, options.pagePermalinks);
  const attachments = attachmentIndex(wxr.items);
  const context: ExportContext = {
    wxr,
    options,
    links: oldSiteLinks(wxr.siteUrl, prepared),
    refused,
    attachments,
    attachmentPages: attachmentAliases(attachments, prepared, wxr.siteUrl, refused, options),
    reusableBlocks: new Map(
      wxr.items
        .filter((item) => item.postType === "wp_block")
        .map((item) => [item.id, item.content]),
    ),
  };
  return { posts: prepared.map((entry) => importPost(entry, context)), skipped };
}
