/**
 * The key of a post's rendered body in the build cache: every input the HTML of Dispatch's
 * markdown-it depends on, apart from Dispatch's code and settings (the cache's version holds
 * those). What a render reads, and so what the key holds:
 *
 * - the body's Markdown (below the front matter);
 * - the page: `inputPath` (footnote ids, image paths, messages), `outputPath` (where map files go),
 *   `url` and `fileSlug` (map and video ids), and the lines before the body (`postBodyOffset`:
 *   map ids and file names carry the line of their block);
 * - the page data markdown-it and its plugins read from `env`: `dateline`, `docId`, `title`
 *   (the title of a video a legacy shortcode shows, `Video from “<title>”`), and `references`
 *   and `footnotes` (markdown-it and markdown-it-footnote use what `env` holds);
 * - the post's folder: the path, kind and size of every file, folder and link in it but the
 *   source itself (an image of the body is made responsive only when its file is there; a
 *   `{% map %}` file must exist and not be reached through a link), whether the folder or
 *   `posts/` is a symbolic link, and the SHA-256 of each file
 *   a `{% map "…" %}` tag of the body names (its content is the map). Modification times are left
 *   out, so a fresh clone (CI) finds its cache;
 * - the path prefix (`DISPATCH_PATH_PREFIX`, read by map figures), drafts mode
 *   (`DISPATCH_DRAFTS`), and the markdown options that are data (language, tiles, the table of
 *   contents' threshold).
 *
 * Image files' contents are not in the key: the body's HTML holds a placeholder for each image
 * (`src/images/body-images.ts`), made from the current file after every render, cached or not.
 */
import { createHash } from "node:crypto";
import { lstatSync, readFileSync } from "node:fs";
import path from "node:path";
import { walkTree } from "../content/files/folder-tree.ts";
import { site } from "../site.ts";
import type { EleventyEnv } from "./env.ts";
import { bodyOffsetOf } from "./geojson-fence.ts";
import { parseMapTag } from "./map-tag.ts";

/** Format of the body cache's keys and values: bumped when what they hold changes. */
export const bodyCacheFormat = 1;

/** One entry of a post's folder: `[path relative to the folder, kind, size in bytes]`. */
export type FolderEntry = [path: string, kind: "file" | "folder" | "link" | "other", size: number];

/**
 * The folder of a post's source, `posts/<folder>/index.md` with or without `./` (the layout
 * `isPostSource` of `src/content/permalinks/permalink.ts` checks; this layer cannot import it),
 * or `undefined` for any other file: only posts' bodies are cached.
 */
export function postFolderOf(inputPath: string): string | undefined {
  const match = /^(?:\.\/)?(posts\/[^/]+)\/index\.md$/.exec(inputPath);
  return match?.[1];
}

/**
 * Everything under `folder` but `except` (a name in the folder itself), depth first in name
 * order, never entering a symbolic link: path, kind and size (`lstat`; 0 for a folder). A folder
 * that cannot be read lists nothing.
 */
export function folderEntries(folder: string, except: string): FolderEntry[] {
  return walkTree(folder)
    .filter((entry) => entry.path !== except && !entry.path.startsWith(`${except}/`))
    .map(({ path: relative, kind }): FolderEntry => {
      const size =
        kind === "folder"
          ? 0
          : (lstatSync(path.join(folder, relative), { throwIfNoEntry: false })?.size ?? 0);
      return [relative, kind, size];
    });
}

/**
 * The files the body's `{% map "…" %}` tags name, each once, in order, with the SHA-256 (hex) of
 * its content, or `null` when it cannot be read as a file (missing, a folder): `[name, digest]`.
 * @param folder the post's folder, `posts/basra`
 */
export function mapFileDigests(body: string, folder: string): [string, string | null][] {
  if (!body.includes("{%")) return [];
  const names = new Set<string>();
  for (const line of body.split(/\r\n|\r|\n/)) {
    const tag = line.includes("{%") ? parseMapTag(line) : undefined;
    if (tag) names.add(tag.file);
  }
  return [...names].map((name) => {
    const file = path.posix.join(folder, name);
    // A file outside the folder is refused by the render, which is then not cached.
    if (!file.startsWith(`${folder}/`)) return [name, null];
    try {
      const content = readFileSync(file);
      return [name, createHash("sha256").update(content).digest("hex")];
    } catch {
      return [name, null];
    }
  });
}

/** The markdown options a body's HTML depends on that are plain data. */
export interface BodyKeySettings {
  /** The site's language (quotation marks). */
  language?: string | undefined;
  /** The tile provider of every map. */
  tiles: unknown;
  /** Fewest `##` headings for a table of contents. */
  tocMinHeadings?: number | undefined;
}

/** The page data as markdown-it's `env` with the fields a render reads besides `page`. */
type RenderEnv = EleventyEnv & {
  page?: EleventyEnv["page"] & { url?: unknown };
  dateline?: unknown;
  docId?: unknown;
  title?: unknown;
  references?: unknown;
  footnotes?: unknown;
};

/**
 * The parts of the build cache's key of a body rendered with `env` (see the module
 * documentation), or `undefined` when the render is not a post's (no page, or not
 * `posts/<folder>/index.md`): such a render is not cached. Reads the post's folder (one
 * `readdir` and `lstat` of each entry) and each map file a tag names.
 * @param body the Markdown markdown-it is given
 */
export function bodyCacheKey(
  body: string,
  env: unknown,
  settings: BodyKeySettings,
): unknown[] | undefined {
  if (typeof env !== "object" || env === null) return undefined;
  const data = env as RenderEnv;
  const inputPath = data.page?.inputPath;
  const folder = inputPath === undefined ? undefined : postFolderOf(inputPath);
  if (inputPath === undefined || folder === undefined) return undefined;
  const { outputPath, url, fileSlug } = data.page ?? {};
  const { dateline, docId, title, references, footnotes } = data;
  return [
    `body/${bodyCacheFormat}`,
    body,
    { inputPath, outputPath, url, fileSlug, bodyOffset: bodyOffsetOf(data) },
    { dateline, docId, title, references, footnotes },
    folderEntries(folder, path.basename(inputPath)),
    // A map file reached through a link is refused: whether `posts/` or the folder is one.
    [path.dirname(folder), folder].map(
      (dir) => lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink() ?? false,
    ),
    mapFileDigests(body, folder),
    {
      pathPrefix: site.pathPrefix,
      drafts: process.env.DISPATCH_DRAFTS === "1",
      language: settings.language ?? "en",
      tiles: settings.tiles,
      tocMinHeadings: settings.tocMinHeadings ?? 3,
    },
  ];
}
