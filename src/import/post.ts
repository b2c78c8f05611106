/**
 * WordPress items as Dispatch posts: which items become posts, their folder (slug), front
 * matter and Markdown body.
 */
import { foldKey, slugify } from "../content/slug.ts";
import { yamlString } from "../content/new-post.ts";
import { plainText } from "../maps/map-files.ts";
import { convertBody } from "./body.ts";
import type { WxrExport, WxrItem } from "./wxr.ts";

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
}

/** An item that does not become a post, and why: `page`, `attachment`, `draft`, `trash`… */
export interface SkippedItem {
  id: string;
  title: string;
  reason: string;
}

/** The 1-based line of `text` on which `needle` first appears as a link target; 0 when it does not. */
function lineContaining(text: string, needle: string): number {
  const lines = text.split("\n");
  const index = lines.findIndex(
    (line) => line.includes(`](${needle})`) || line.includes(`href="${needle}"`),
  );
  return index + 1;
}

/** Options of {@link convertExport}. */
export interface ConvertOptions {
  /**
   * Import drafts (`draft`, `pending`, `private`) too, with `draft: true`.
   * @default false
   */
  drafts?: boolean;
  /** Slugs given to posts by an earlier import, by post id: kept so re-imports stay put. */
  previousSlugs?: ReadonlyMap<string, string>;
}

const zeroDate = /^0000-00-00/;

/**
 * The post's date with its original offset: `wp:post_date` `2008-03-27 14:32:00` and
 * `wp:post_date_gmt` `2008-03-27 11:32:00` give `2008-03-27T14:32:00+03:00`. Without a GMT date
 * (drafts have `0000-00-00 00:00:00`) the local time has no offset and is read in the site's
 * time zone. Returns undefined when the local date is missing or not a date.
 */
export function wordpressDate(local: string, gmt: string): string | undefined {
  const pattern = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/;
  const localMatch = pattern.exec(local);
  if (!localMatch || zeroDate.test(local)) return undefined;
  const iso = `${localMatch[1]}T${localMatch[2]}`;
  const gmtMatch = pattern.exec(gmt);
  if (!gmtMatch || zeroDate.test(gmt)) return iso;
  const minutes = Math.round(
    (Date.parse(`${iso}Z`) - Date.parse(`${gmtMatch[1]}T${gmtMatch[2]}Z`)) / 60000,
  );
  const sign = minutes < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0");
  return `${iso}${sign}${hours}:${String(Math.abs(minutes) % 60).padStart(2, "0")}`;
}

/**
 * The old site's path of a post: `http://example.org/2008/03/27/basra/` →
 * `/2008/03/27/basra/` (percent-encoding decoded). Undefined for a link that is only a query
 * (`/?p=12`, as drafts have) or the site's root.
 */
export function oldPath(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  if (url.pathname === "/" || url.pathname === "") return undefined;
  try {
    return decodeURI(url.pathname);
  } catch {
    return url.pathname;
  }
}

/** The item's tags: categories then tags, "Uncategorized" left out, each name once. */
export function itemTags(item: WxrItem): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const domain of ["category", "post_tag"]) {
    for (const term of item.terms) {
      if (term.domain !== domain || term.name === "") continue;
      if (term.nicename === "uncategorized" || foldKey(term.name) === "uncategorized") continue;
      const key = foldKey(term.name);
      if (seen.has(key)) continue;
      seen.add(key);
      tags.push(term.name);
    }
  }
  return tags;
}

function baseSlug(item: WxrItem, title: string): string {
  let name = item.postName;
  try {
    name = decodeURIComponent(name);
  } catch {
    // A slug that is not valid percent-encoding is used as it is.
  }
  return slugify(name || title, "post");
}

const draftStatuses = new Set(["draft", "pending", "private"]);

/**
 * Converts the export's posts. Items that are not posts (pages, attachments, menu items) and
 * posts that are not published (drafts without `drafts`, trash) are returned as skipped. Two
 * posts with one slug get distinct ones: the later in the file gets `-2`, `-3`…
 */
export function convertExport(
  wxr: WxrExport,
  options: ConvertOptions = {},
): { posts: ImportedPost[]; skipped: SkippedItem[] } {
  const posts: ImportedPost[] = [];
  const skipped: SkippedItem[] = [];
  const chosen: { item: WxrItem; title: string; date: string; draft: boolean }[] = [];
  for (const item of wxr.items) {
    const title = item.title || `Untitled (WordPress post ${item.id})`;
    const skip = (reason: string) => skipped.push({ id: item.id, title, reason });
    if (item.postType !== "post") {
      skip(item.postType || "no post type");
      continue;
    }
    const draft = draftStatuses.has(item.status);
    if (!(item.status === "publish" || item.status === "future" || (draft && options.drafts))) {
      skip(draft ? "draft" : item.status || "no status");
      continue;
    }
    const date = wordpressDate(item.postDate, item.postDateGmt);
    if (!date) {
      skip("no date");
      continue;
    }
    chosen.push({ item, title, date, draft });
  }

  const used = new Set<string>();
  const slugs = new Map<string, string>();
  for (const { item } of chosen) {
    const previous = options.previousSlugs?.get(item.id);
    if (previous && !used.has(previous)) {
      used.add(previous);
      slugs.set(item.id, previous);
    }
  }
  for (const { item, title } of chosen) {
    if (slugs.has(item.id)) continue;
    const base = baseSlug(item, title);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    slugs.set(item.id, slug);
  }

  for (const { item, title, date, draft } of chosen) {
    const slug = slugs.get(item.id) as string;
    const author = wxr.authors.get(item.creator) ?? item.creator;
    const summary = plainText(item.excerpt);
    const tags = itemTags(item);
    const alias = oldPath(item.link);
    const lines = ["---", `title: ${yamlString(title)}`, `date: ${yamlString(date)}`];
    if (author) lines.push(`author: ${yamlString(author)}`);
    if (summary) lines.push(`summary: ${yamlString(summary)}`);
    if (tags.length > 0) lines.push(`tags: [${tags.map(yamlString).join(", ")}]`);
    lines.push(`slug: ${yamlString(slug)}`);
    if (alias && alias !== `/posts/${slug}/`) lines.push(`aliases: [${yamlString(alias)}]`);
    if (draft) lines.push("draft: true");
    lines.push("---", "");
    const body = convertBody(item.content, title);
    const text = `${lines.join("\n")}\n${body.markdown}\n`;
    const markerLines = text
      .split("\n")
      .flatMap((line, index) =>
        [...line.matchAll(/data-wordpress-shortcode="/g)].map(() => index + 1),
      );
    posts.push({
      id: item.id,
      slug,
      text,
      draft,
      unconverted: body.unconverted.map((shortcode, index) => ({
        ...shortcode,
        line: markerLines[index] ?? 0,
      })),
      images: [...new Set(body.imageLinks)]
        .map((url) => ({ url, line: lineContaining(text, url) }))
        .sort((a, b) => a.line - b.line),
    });
  }
  return { posts, skipped };
}
