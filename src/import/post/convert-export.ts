/**
 * WordPress items as Dispatch posts: which items become posts, their folder (slug), front
 * matter and Markdown body.
 */
import { decodeHTML } from "entities";
import { DateTime } from "luxon";
import { foldKey, slugify } from "../../shared/slug.ts";
import { yamlString } from "../../content/new-post.ts";
import { plainText } from "../../shared/plain-text.ts";
import { checkAliases, outputFileKey, outputFileOf, readAlias } from "../../content/aliases.ts";
import { convertBody, type OldSiteLinks } from "../body/convert.ts";
import type { WxrExport, WxrItem } from "../export/wxr.ts";

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
  notices: { line: number; message: string }[];
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
}

/**
 * The summary's sentence on skipped items, each reason counted in the order first met:
 * `Skipped 4 items: 2 drafts, 1 page, 1 trash.`
 */
export function skippedSummary(skipped: readonly SkippedItem[]): string {
  const counts = new Map<string, number>();
  for (const item of skipped) counts.set(item.reason, (counts.get(item.reason) ?? 0) + 1);
  const nouns = new Set(["draft", "page", "attachment", "revision", "reusable block"]);
  const kinds = [...counts].map(([reason, count]) =>
    nouns.has(reason) && count !== 1 ? `${count} ${reason}s` : `${count} ${reason}`,
  );
  return `Skipped ${skipped.length} item${skipped.length === 1 ? "" : "s"}: ${kinds.join(", ")}.`;
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
function basePath(siteUrl: string): string {
  try {
    return new URL(siteUrl).pathname.replace(/\/*$/, "/");
  } catch {
    return "/";
  }
}

/**
 * A tag name as shown: WordPress's HTML escaping undone (`War &amp; Peace` → `War & Peace`),
 * spaces collapsed.
 */
export function tagName(name: string): string {
  return decodeHTML(name).replace(/\s+/g, " ").trim();
}

/**
 * The item's tags: categories then tags, "Uncategorized" left out, names unescaped
 * ({@link tagName}), each tag once: two names with one tag page (`Iraq`, `iraq!`: slug `iraq`)
 * are one tag, with the first spelling.
 */
export function itemTags(item: WxrItem): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const domain of ["category", "post_tag"]) {
    for (const term of item.terms) {
      const name = tagName(term.name);
      if (term.domain !== domain || name === "") continue;
      if (term.nicename === "uncategorized" || foldKey(name) === "uncategorized") continue;
      const key = slugify(name, "tag");
      if (seen.has(key)) continue;
      seen.add(key);
      tags.push(name);
    }
  }
  return tags;
}

/**
 * The series an item belongs to: the names of its terms in a series plugin's taxonomy
 * (`<category domain="series">`, Organize Series and PublishPress Series), unescaped, each once.
 */
export function itemSeries(item: WxrItem): string[] {
  const names = item.terms
    .filter((term) => term.domain === "series")
    .map((term) => tagName(term.name))
    .filter((name) => name !== "");
  return [...new Set(names)];
}

/**
 * A `wp:post_name` with its percent-encoding decoded as UTF-8: `%d8%a7` → `ا`. WordPress cuts
 * long slugs at 200 bytes, sometimes inside a character: a broken or cut sequence is dropped.
 */
export function decodePostName(name: string): string {
  return name.replace(/%[0-9a-f]?$/i, "").replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    const bytes = Uint8Array.from(run.slice(1).split("%"), (hex) => parseInt(hex, 16));
    return new TextDecoder().decode(bytes).replace(/\uFFFD/g, "");
  });
}

function baseSlug(item: WxrItem, title: string): string {
  const name = decodePostName(item.postName);
  return slugify(/[\p{L}\p{N}]/u.test(name) ? name : title, "post");
}

const draftStatuses = new Set(["draft", "pending", "private"]);

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

/** {@link ImportedPost.dayShift}: the old URL's `/YYYY/MM/DD/` against the day in `timeZone`. */
function dayShift(
  alias: string | undefined,
  date: string,
  timeZone: string,
): { oldDay: string; siteDay: string } | undefined {
  const match = /^\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(alias ?? "");
  if (!match) return undefined;
  const oldDay = `${match[1]}-${match[2]}-${match[3]}`;
  const siteDay = DateTime.fromISO(date, { zone: timeZone }).setZone(timeZone).toISODate();
  return siteDay && siteDay !== oldDay ? { oldDay, siteDay } : undefined;
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
 * Which page of the site an alias would replace: a page's permalink (`/tags/`) that is the
 * alias's file or a folder on its way, or a folder of pages made from data (`/tags/…`, from
 * `/tags/{{ tag.slug }}/feed.xml`) it is in. Undefined when it replaces none.
 */
export function sitePageOf(alias: string, permalinks: readonly string[]): string | undefined {
  const key = outputFileKey(outputFileOf(alias));
  for (const permalink of permalinks) {
    const dynamic = /\{\{|\$\{/.exec(permalink);
    if (dynamic) {
      const folder = permalink.slice(0, dynamic.index).replace(/[^/]*$/, "");
      if (folder !== "/" && `/${key}`.startsWith(folder.toLowerCase())) return permalink;
      continue;
    }
    const page = outputFileKey(outputFileOf(permalink));
    const parts = key.split("/");
    if (parts.some((_part, index) => parts.slice(0, index + 1).join("/") === page)) {
      return permalink;
    }
  }
  return undefined;
}

/**
 * The old URLs the build would refuse as aliases, by post id, each with why: the build's own
 * checks ({@link readAlias}, {@link checkAliases}: files the build writes, a URL that differs from
 * a post's or another alias only in case…) and {@link sitePageOf}. Of two clashing aliases the
 * later post's is refused.
 */
function refusedAliases(
  prepared: readonly { item: WxrItem; slug: string; alias: string | undefined }[],
  options: ConvertOptions,
): Map<string, string> {
  const refused = new Map<string, string>();
  const withAlias = prepared.filter(
    ({ alias, slug }) => alias !== undefined && alias !== `/posts/${slug}/`,
  );
  const own = [...(options.reservedSlugs ?? [])].map((slug) => ({
    file: `${slug}/index.md`,
    url: `/posts/${slug}/`,
    aliases: [],
  }));
  const problems = checkAliases([
    ...own,
    ...prepared.map(({ item, slug, alias }) => ({
      file: item.id,
      url: `/posts/${slug}/`,
      aliases: withAlias.some((entry) => entry.item.id === item.id)
        ? [{ value: alias as string, line: 0 }]
        : [],
    })),
  ]);
  const ids = new Map(prepared.map(({ item, slug }) => [item.id, slug]));
  for (const problem of problems) {
    const message = problem.message
      .replace(/^front matter field "aliases\.\d+": "(?:[^"\\]|\\.)*" /, "it ")
      .replace(/\b(\d[^:\s]*):0\b/g, (all, id: string) =>
        ids.has(id) ? `${ids.get(id) as string}/index.md` : all,
      )
      .replace(/\bthe post ([^\s,]+)/, (all, id: string) =>
        ids.has(id) ? `the post ${ids.get(id) as string}/index.md` : all,
      );
    if (!refused.has(problem.file)) refused.set(problem.file, message);
  }
  for (const { item, alias } of withAlias) {
    if (refused.has(item.id) || !readAlias(alias as string).ok) continue;
    const page = sitePageOf(alias as string, options.pagePermalinks ?? []);
    if (page) refused.set(item.id, `it is the site's page ${page}, or in its folder`);
  }
  return refused;
}

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
    const title = plainText(item.title) || `Untitled (WordPress post ${item.id})`;
    const skip = (reason: string) => skipped.push({ id: item.id, title, reason });
    if (item.postType !== "post") {
      // A reusable block is put into the posts that use it.
      skip(item.postType === "wp_block" ? "reusable block" : item.postType || "no post type");
      continue;
    }
    // A password-protected post was never public: it is imported as a draft, like a private one.
    const draft = draftStatuses.has(item.status) || item.password !== "";
    const published = item.status === "publish" || item.status === "future";
    if (!((published || draftStatuses.has(item.status)) && (!draft || options.drafts))) {
      skip(
        published && item.password !== ""
          ? "password-protected"
          : item.status === "private"
            ? "private"
            : draft
              ? "draft"
              : item.status || "no status",
      );
      continue;
    }
    const date = wordpressDate(item.postDate, item.postDateGmt);
    if (!date) {
      skip("no date");
      continue;
    }
    chosen.push({ item, title, date, draft });
  }
  // Two items with one wp:post_id (an export merged by hand): both are imported, the later ones
  // under `<id>#2`, `#3`… so the manifest keeps one entry for each.
  const idCount = new Map<string, number>();
  const duplicateIds = new Map<string, { id: string; title: string }>();
  for (const entry of chosen) {
    const count = (idCount.get(entry.item.id) ?? 0) + 1;
    idCount.set(entry.item.id, count);
    if (count > 1) {
      const first = chosen.find((other) => other.item.id === entry.item.id) as (typeof chosen)[0];
      const id = `${entry.item.id}#${count}`;
      duplicateIds.set(id, { id: entry.item.id, title: first.title });
      entry.item = { ...entry.item, id };
    }
  }
  const attachments = new Map(
    wxr.items
      .filter((item) => item.postType === "attachment" && item.attachmentUrl)
      .map((item) => [item.id, item.attachmentUrl]),
  );

  const used = new Set<string>(options.reservedSlugs);
  const slugs = new Map<string, string>();
  for (const { item } of chosen) {
    const previous = options.previousSlugs?.get(item.id);
    if (previous && !used.has(previous)) {
      used.add(previous);
      slugs.set(item.id, previous);
    }
  }
  // Slugs WordPress recorded (wp:post_name) first, then those made from titles, so a post's own
  // slug is never taken by an earlier post whose title gives the same one.
  const named = chosen.filter(({ item }) => /[\p{L}\p{N}]/u.test(decodePostName(item.postName)));
  const unnamed = chosen.filter((entry) => !named.includes(entry));
  for (const { item, title } of [...named, ...unnamed]) {
    if (slugs.has(item.id)) continue;
    const base = baseSlug(item, title);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    slugs.set(item.id, slug);
  }

  // One spelling for each tag page across the export: the first.
  const tagSpelling = new Map<string, string>();
  for (const { item } of chosen) {
    for (const tag of itemTags(item)) {
      const key = slugify(tag, "tag");
      if (!tagSpelling.has(key)) tagSpelling.set(key, tag);
    }
  }
  // Where each post was on the old site, for links between posts.
  const newUrls = new Map<string, string>();
  for (const { item } of chosen) {
    const url = `/posts/${slugs.get(item.id) as string}/`;
    const key = oldUrlKey(item.link);
    if (key) newUrls.set(key, url);
    const byId = item.id ? oldUrlKey(`${wxr.siteUrl}/?p=${item.id}`) : undefined;
    if (byId) newUrls.set(byId, url);
  }
  const links: OldSiteLinks = { siteUrl: wxr.siteUrl, newUrls, key: oldUrlKey };
  const timeZone = options.timeZone ?? "UTC";

  // Front matter before the aliases, and the old URL of each post.
  const prepared = chosen.map(({ item, title, date, draft }) => {
    const slug = slugs.get(item.id) as string;
    const author = plainText(wxr.authors.get(item.creator) ?? item.creator);
    const summary = plainText(item.excerpt);
    const tags = itemTags(item).map((tag) => tagSpelling.get(slugify(tag, "tag")) ?? tag);
    const series = itemSeries(item);
    const lines = ["---", `title: ${yamlString(title)}`, `date: ${yamlString(date)}`];
    if (author) lines.push(`author: ${yamlString(author)}`);
    if (summary) lines.push(`summary: ${yamlString(summary)}`);
    if (tags.length > 0) lines.push(`tags: [${tags.map(yamlString).join(", ")}]`);
    if (series.length > 0) lines.push(`series: ${yamlString(series[0] as string)}`);
    lines.push(`slug: ${yamlString(slug)}`);
    const alias = oldPath(item.link, wxr.siteUrl);
    return { item, title, date, draft, slug, lines, alias, series };
  });
  const refused = refusedAliases(prepared, options);

  const reusableBlocks = new Map(
    wxr.items.filter((item) => item.postType === "wp_block").map((item) => [item.id, item.content]),
  );

  for (const { item, title, date, draft, slug, lines, alias, series } of prepared) {
    const notices: { line: number; message: string }[] = [];
    if (plainText(item.title) === "") {
      notices.push({
        line: 2,
        message: `the post has no title in the export, so it is titled "${title}". Fix: write its title after title:`,
      });
    }
    if (series.length > 1) {
      notices.push({
        line: lines.findIndex((line) => line.startsWith("series:")) + 1,
        message: `the post was in ${series.length} series (${series.map((name) => `"${name}"`).join(", ")}); a post belongs to one here, so it is in "${series[0] as string}". Fix: nothing to do, or write the series it belongs to after series:`,
      });
    }
    // The folder its slug names is an author's own post: this one was given another.
    const base = baseSlug(item, title);
    if (slug !== base && options.reservedSlugs?.has(base)) {
      notices.push({
        line: lines.findIndex((line) => line.startsWith("slug:")) + 1,
        message: `the folder ${base}/ is taken by a post the import did not write, so this post is in ${slug}/, at /posts/${slug}/${alias && !refused.has(item.id) && alias !== `/posts/${slug}/` ? `, and its old URL ${alias} redirects there` : ""}. Fix: if ${base}/ is this same post, delete one of the two folders${alias ? ` and keep the alias ${alias} in the one you keep` : ""}; otherwise nothing to do`,
      });
    }
    const aliasLine = lines.length + 1;
    const refusal = refused.get(item.id);
    if (alias && refusal) {
      notices.push({
        line: aliasLine - 1,
        message: `the old URL ${alias} was not kept in aliases: ${refusal}, so the build would refuse it; that old URL will not redirect. Fix: nothing to do, or redirect it on your host by hand`,
      });
    } else if (alias && alias !== `/posts/${slug}/`) {
      lines.push(`aliases: [${yamlString(alias)}]`);
      const outside = outsideBlog(item.link, wxr.siteUrl);
      if (outside) {
        notices.push({
          line: aliasLine,
          message: `the old URL ${item.link} is outside the old blog's folder ${outside}, so its alias ${alias} is a path under this site's root, which may not be where the old URL was. Fix: check the alias, or remove it`,
        });
      }
    }
    if (draft) lines.push("draft: true");
    lines.push("---", "");
    const body = convertBody(item.content, title, links, {
      footnotes: item.meta.get("footnotes"),
      reusableBlocks,
    });
    const text = `${lines.join("\n")}\n${body.markdown}\n`;
    const bodyStart = lines.length;
    for (const loss of body.losses) {
      notices.push({ line: bodyStart + loss.line, message: loss.message });
    }
    if (item.password !== "") {
      notices.push({
        line: lines.indexOf("draft: true") + 1,
        message:
          "the post was password-protected on the old site, so it is imported as a draft. Fix: remove draft: true to publish it for everyone",
      });
    }
    const original = duplicateIds.get(item.id);
    if (original) {
      notices.push({
        line: 2,
        message: `the export has another post with wp:post_id ${original.id} ("${original.title}"); both are imported, this one recorded as ${item.id}. Fix: nothing to do`,
      });
    }
    if (item.comments > 0) {
      notices.push({
        line: 2,
        message: `${item.comments} comment${item.comments === 1 ? " was" : "s were"} not imported (the site shows no comments). Fix: nothing to do, or quote one in the post`,
      });
    }
    const thumbnail = item.meta.get("_thumbnail_id");
    if (thumbnail) {
      const url = attachments.get(thumbnail);
      notices.push({
        line: 2,
        message: `the featured image ${url ?? `(attachment ${thumbnail})`} was not imported. Fix: copy it into the post's folder and name it in the front matter: image: { src: "${(url ?? "").split(/[?#]/)[0]?.split("/").pop() || "image.jpg"}", alt: "what it shows" }`,
      });
    }
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
      alias: refusal ? undefined : alias,
      aliasRefused: refusal !== undefined && alias !== undefined,
      dayShift: refusal ? undefined : dayShift(alias, date, timeZone),
      notices: notices.sort((a, b) => a.line - b.line),
    });
  }
  return { posts, skipped };
}
