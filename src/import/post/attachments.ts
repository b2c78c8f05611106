/**
 * The export's attachments (`wp:post_type` `attachment`: each uploaded file, with its title,
 * caption, description, alt text, the post it was uploaded to and its page on the old site), read
 * once per export: galleries and featured images find their images here, and each attachment page
 * of an imported post (`/2008/03/27/basra/pipeline-fire/`) becomes one more alias of the post.
 * See https://developer.wordpress.org/reference/functions/wp_insert_attachment/.
 */
import { findAliasProblems, readAlias } from "../../content/permalinks/aliases.ts";
import { plainText } from "../../shared/plain-text.ts";
import type { WxrItem } from "../export/wxr.ts";
import type { GalleryAttachment, GalleryAttachments } from "../shortcodes/gallery.ts";
import { refusalReason, sitePageOf, type PostWithAlias } from "./aliases.ts";
import { oldPath } from "./old-urls.ts";

/** One attachment of the export. */
export interface Attachment extends GalleryAttachment {
  /** Its description (`content:encoded`), HTML. */
  description: string;
  /** The post it was uploaded to (`wp:post_parent`); `""` for none. */
  parentId: string;
  /** Its page on the old site (`<link>`): `http://old/2008/03/27/basra/pipeline-fire/`. */
  link: string;
}

/** The export's attachments, by id and by the post they were uploaded to. */
export interface AttachmentIndex {
  byId: ReadonlyMap<string, Attachment>;
  /** Each post's attachments in WordPress's gallery order: `menu_order`, then id. */
  byParent: ReadonlyMap<string, readonly Attachment[]>;
  /** The attachments' pages on the old site, each as {@link pageKey} makes it. */
  pages: ReadonlySet<string>;
}

/**
 * An old page's address as a key that ignores what does not tell two pages apart: the scheme,
 * `www.`, the case of the host, a closing `/` and the fragment; `?attachment_id=12` is kept.
 * `undefined` for what is not an http(s) URL.
 */
export function pageKey(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
  const host = parsed.host.toLowerCase().replace(/^www\./, "");
  return `${host}${parsed.pathname.replace(/\/+$/, "")}${parsed.search}`;
}

/** An attachment item as an {@link Attachment}: title and alt text as plain text. */
function readAttachment(item: WxrItem): Attachment {
  return {
    id: item.id,
    url: item.attachmentUrl,
    title: plainText(item.title),
    caption: item.excerpt.trim(),
    description: item.content.trim(),
    alt: plainText(item.meta.get("_wp_attachment_image_alt") ?? ""),
    menuOrder: item.menuOrder,
    date: item.postDate,
    parentId: /^[1-9]\d*$/.test(item.parentId) ? item.parentId : "",
    link: item.link,
  };
}

/**
 * Indexes the export's attachments that have a file (`wp:attachment_url` by http or https); the
 * first of two with one id wins.
 * @param items every item of the export ({@link parseWxr})
 */
export function attachmentIndex(items: readonly WxrItem[]): AttachmentIndex {
  const byId = new Map<string, Attachment>();
  for (const item of items) {
    if (item.postType !== "attachment" || !/^https?:\/\//i.test(item.attachmentUrl)) continue;
    if (!byId.has(item.id)) byId.set(item.id, readAttachment(item));
  }
  const byParent = new Map<string, Attachment[]>();
  for (const attachment of byId.values()) {
    if (!attachment.parentId) continue;
    byParent.set(attachment.parentId, [...(byParent.get(attachment.parentId) ?? []), attachment]);
  }
  for (const children of byParent.values()) {
    children.sort((a, b) => a.menuOrder - b.menuOrder || Number(a.id) - Number(b.id));
  }
  const pages = new Set<string>();
  for (const attachment of byId.values()) {
    const key = pageKey(attachment.link);
    if (key) pages.add(key);
  }
  return { byId, byParent, pages };
}

/** The attachments as the galleries of the post `postId` see them. */
export function postAttachments(index: AttachmentIndex, postId: string): GalleryAttachments {
  return {
    postId,
    byId: (id) => index.byId.get(id),
    childrenOf: (parent) => [...(index.byParent.get(parent) ?? [])],
    isPage(url) {
      const key = pageKey(url);
      if (key === undefined) return false;
      const id = /[?&]attachment_id=(\d+)/.exec(key)?.[1];
      return index.pages.has(key) || (id !== undefined && index.byId.has(id));
    },
  };
}

/**
 * Is the path a file rather than a page (`/wp-content/uploads/2008/03/pipe.jpg`, `/files/a.pdf`)?
 * Some exports give an attachment's file as its `<link>`; a redirect there would send the old
 * site's image addresses to a page.
 */
function isUploadedFile(path: string): boolean {
  return /\/wp-content\//i.test(path) || /\.[a-z0-9]{2,5}$/i.test(path);
}

/** An attachment page's old path kept as an alias, or why it was not. */
export interface AttachmentAlias {
  /** The path: `/2008/03/27/basra/pipeline-fire/`. */
  alias: string;
  /** Why the build would refuse it; undefined when it is kept. */
  refusal?: string;
}

/**
 * The old paths of the attachment pages of imported posts (`/2008/03/27/basra/pipeline-fire/`),
 * by post id, each kept as an alias of its post or refused with the reason, by the build's own
 * checks ({@link findAliasProblems}) and the site's pages ({@link sitePageOf}). The posts' own
 * old URLs come first: an attachment page never takes a post's URL or another alias. An
 * attachment page with no path (`/?attachment_id=12`), at the post's own old URL, or that is a
 * file's address (`/wp-content/uploads/…/pipe.jpg`) is left out.
 * @param prepared the posts in export order, with their slugs and old URLs' paths
 * @param siteUrl the old blog's root (the channel's `<link>`)
 * @param refusedOwn the posts whose own old URL is refused ({@link refusedAliases})
 * @param site folders of the author's own posts (`reservedSlugs`) and permalinks of the site's
 *   own pages (`pagePermalinks`), as `ConvertOptions` has them
 */
export function attachmentAliases(
  index: AttachmentIndex,
  prepared: readonly PostWithAlias[],
  siteUrl: string,
  refusedOwn: ReadonlyMap<string, string>,
  site: { reservedSlugs?: ReadonlySet<string>; pagePermalinks?: readonly string[] },
): Map<string, AttachmentAlias[]> {
  const { reservedSlugs, pagePermalinks } = site;
  const ownAlias = (entry: PostWithAlias) =>
    entry.alias !== undefined &&
    entry.alias !== `/posts/${entry.slug}/` &&
    !refusedOwn.has(entry.item.id)
      ? [{ value: entry.alias, line: 0 }]
      : [];
  const pages = prepared.map((entry) => {
    const paths = (index.byParent.get(entry.item.id) ?? [])
      .map((attachment) => oldPath(attachment.link, siteUrl))
      .filter(
        (path): path is string =>
          path !== undefined && path !== entry.alias && !isUploadedFile(path),
      );
    return { entry, paths: [...new Set(paths)] };
  });
  const places = [
    ...[...(reservedSlugs ?? [])].map((slug) => ({
      file: `${slug}/index.md`,
      url: `/posts/${slug}/`,
      aliases: [],
    })),
    ...prepared.map((entry) => ({
      file: entry.item.id,
      url: `/posts/${entry.slug}/`,
      aliases: ownAlias(entry),
    })),
    ...pages.map(({ entry, paths }) => ({
      file: `attachments:${entry.item.id}`,
      url: `/posts/${entry.slug}/`,
      aliases: paths.map((value) => ({ value, line: 0 })),
    })),
  ];
  const refused = new Map<string, string>();
  const slugs = new Map(prepared.map(({ item, slug }) => [item.id, slug]));
  const fileOf = (file: string) => {
    const id = file.replace(/^attachments:/, "");
    return slugs.has(id) ? `${slugs.get(id) as string}/index.md` : file;
  };
  for (const problem of findAliasProblems(places)) {
    if (!problem.file.startsWith("attachments:")) continue;
    refused.set(`${problem.file}\n${problem.alias}`, refusalReason(problem, fileOf));
  }
  const result = new Map<string, AttachmentAlias[]>();
  for (const { entry, paths } of pages) {
    if (paths.length === 0) continue;
    const file = `attachments:${entry.item.id}`;
    result.set(
      entry.item.id,
      paths.map((alias) => {
        const refusal =
          refused.get(`${file}\n${alias}`) ??
          (readAlias(alias).ok && sitePageOf(alias, pagePermalinks ?? [])
            ? `it is the site's page ${sitePageOf(alias, pagePermalinks ?? []) as string}, or in its folder`
            : undefined);
        return refusal ? { alias, refusal } : { alias };
      }),
    );
  }
  return result;
}

/** The notice of an attachment page's old URL the build would refuse, on the line of `slug:`. */
export function refusedAttachmentAliasNotice(
  page: AttachmentAlias,
  slugLine: number,
): { line: number; message: string } {
  return {
    line: slugLine,
    message: `the old URL ${page.alias} (the old site's page of an image of this post) was not kept in aliases: ${page.refusal ?? ""}, so the build would refuse it; that old URL will not redirect. Fix: nothing to do, or redirect it on your host by hand`,
  };
}
