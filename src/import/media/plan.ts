/**
 * The plan of an import's media: the conversion runs once with {@link MediaPlan.resolver}, which
 * records each file a post uses (its address, what the post does with it) and answers the name
 * its copy will have in the post's folder; the files are fetched (`./download.ts`); the
 * conversion runs again with {@link MediaPlan.presentResolver}, which answers names only for the
 * files now there. One copy per file and post: a thumbnail and its full-size original
 * (`photo-300x200.jpg`, `photo.jpg`) are one `photo.jpg`; two files with one name get `photo.jpg`
 * and `photo-2.jpg`.
 */
import { mediaSource, type MediaHosts } from "./hosts.ts";
import { isImageFile, isPostAsset } from "../../content/files/post-files.ts";
import { originalUrl, safeName, uniqueName } from "./names.ts";
import type { MediaKind, MediaResolver } from "./resolver.ts";

/** A file a post uses that the import brings into the post's folder. */
export interface PlannedFile {
  /** The post's folder name. */
  slug: string;
  /** The post's `wp:post_id`. */
  postId: string;
  /** The copy's name in the post's folder: `photo.jpg`. */
  name: string;
  /** `image` when the post shows it anywhere (its content is then checked to be an image). */
  kind: MediaKind;
  /** The addresses the post gives for it, in the order met. */
  urls: string[];
  /**
   * Where it is read, in order: the original's address first, then the addresses given, then
   * Jetpack's CDN copy of the original when the post showed one.
   */
  sources: string[];
}

/** A file a post shows from a host the import may not download from. */
export interface RefusedFile {
  slug: string;
  postId: string;
  /** The address as the post gives it. */
  url: string;
  /** The host not allowed, lower case. */
  host: string;
}

/** An import's media, as the conversion asks for them. */
export interface MediaPlan {
  /** The planning resolver of a post (`ConvertOptions.media`): records, and answers planned names. */
  resolver(slug: string, postId: string): MediaResolver;
  /**
   * A resolver answering names only for the files `present` says are in the post's folder: for
   * the conversion after the files were fetched. Addresses it was not asked for in planning are
   * not local.
   */
  presentResolver(present: (file: PlannedFile) => boolean): (slug: string) => MediaResolver;
  /** The files to bring, in the order first met. */
  files: PlannedFile[];
  /** Images on hosts not allowed, in the order met, once per post and address. */
  refused: RefusedFile[];
}

/**
 * The key of a file: the same for the addresses of one file (a thumbnail and its original, `http`
 * and `https`, with and without `www.`, with and without a query).
 */
export function mediaKey(url: string): string {
  const parsed = new URL(originalUrl(url) ?? url);
  return `${parsed.hostname.toLowerCase().replace(/^www\./, "")}${parsed.pathname}`;
}

/** The last segment of a URL's path: `…/2008/03/Basra%20Port.JPG` → `Basra%20Port.JPG`. */
function lastSegment(url: string): string {
  const { pathname } = new URL(url);
  return pathname.slice(pathname.lastIndexOf("/") + 1);
}

/** One post's planned files. */
interface PostFiles {
  byKey: Map<string, PlannedFile>;
  /** Names given in the folder, lower case (`index.md` among them). */
  taken: Set<string>;
  refused: Set<string>;
}

/**
 * A new, empty plan.
 * @param hosts where files may be downloaded from ({@link mediaHosts})
 */
export function createMediaPlan(hosts: MediaHosts): MediaPlan {
  const posts = new Map<string, PostFiles>();
  const files: PlannedFile[] = [];
  const refused: RefusedFile[] = [];
  const postFiles = (slug: string): PostFiles => {
    let entry = posts.get(slug);
    if (!entry) {
      entry = { byKey: new Map(), taken: new Set(["index.md"]), refused: new Set() };
      posts.set(slug, entry);
    }
    return entry;
  };
  const plan = (slug: string, postId: string, url: string, kind: MediaKind) => {
    const source = mediaSource(url, hosts);
    if (!source) return undefined;
    const entry = postFiles(slug);
    if (!source.allowed) {
      // A document on another site is a link like any other; an image is shown, so it is missed.
      if (kind === "image" && !entry.refused.has(url)) {
        entry.refused.add(url);
        refused.push({ slug, postId, url, host: source.host });
      }
      return undefined;
    }
    const original = originalUrl(source.url);
    const base = lastSegment(original ?? source.url);
    if (!(kind === "image" ? isImageFile(base) : isPostAsset(base))) return undefined;
    const key = mediaKey(source.url);
    let file = entry.byKey.get(key);
    if (!file) {
      const name = uniqueName(safeName(base, kind), entry.taken);
      file = { slug, postId, name, kind, urls: [], sources: original ? [original] : [] };
      entry.byKey.set(key, file);
      files.push(file);
    }
    if (kind === "image") file.kind = "image";
    if (!file.urls.includes(url)) file.urls.push(url);
    for (const address of [source.url, source.cdn]) {
      if (address && !file.sources.includes(address)) file.sources.push(address);
    }
    return file;
  };
  return {
    files,
    refused,
    resolver: (slug, postId) => ({
      local: (url, kind) => plan(slug, postId, url, kind)?.name,
    }),
    presentResolver: (present) => (slug) => ({
      local(url) {
        const source = mediaSource(url, hosts);
        if (!source?.allowed) return undefined;
        const file = posts.get(slug)?.byKey.get(mediaKey(source.url));
        return file && present(file) ? file.name : undefined;
      },
    }),
  };
}
