/**
 * Writing the imported posts into the output folder, `<out>/<slug>/index.md`, as the manifest
 * (`<out>/.wordpress-import.json`, `./manifest.ts`) allows: a post unchanged is left, one the
 * author edited or deleted since the last import is kept so unless `force`, a folder the import
 * did not write is never touched. `dryRun` writes nothing. A post's media files
 * ({@link writeMediaFile}) go into its folder only, each written whole or not at all.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import {
  manifestKey,
  manifestName,
  planPost,
  readManifest,
  sha256,
  writeManifest,
  type Manifest,
  type PostAction,
} from "./manifest.ts";
import type { ImportedPost } from "./post/convert-export.ts";

/** A file's text, or undefined when there is no such file. */
export function readText(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

/** Folders in `out` (each a post's), or none when `out` does not exist yet. */
function folders(out: string): string[] {
  if (!existsSync(out)) return [];
  return readdirSync(out, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/** The output folder as the last import left it: its manifest, and its folders by who wrote them. */
export interface OutputFolder {
  out: string;
  manifest: Manifest;
  /** The manifest file's text, or undefined when there is none. */
  manifestText: string | undefined;
  /** The slug the last import gave each post, by post id. */
  previousSlugs: Map<string, string>;
  /**
   * Folders this site's imports did not write (the author's, or another site's import): an
   * imported post never takes one.
   */
  reservedSlugs: Set<string>;
  /** The manifest's key of this site's post with this `wp:post_id` ({@link manifestKey}). */
  key(id: string): string;
}

/**
 * Reads the output folder's manifest and folders; a folder that does not exist yet is empty.
 * @param out the posts folder
 * @param site the old site being imported (the export's channel `<link>`): the manifest's entries
 *   of another site are not this import's, and their folders are reserved
 */
export function readOutputFolder(out: string, site = ""): OutputFolder {
  const manifestText = readText(path.join(out, manifestName));
  const manifest = readManifest(manifestText);
  if (manifest.site === undefined && site !== "") manifest.site = site;
  const key = (id: string) => manifestKey(manifest, site, id);
  const prefix = key("");
  const previousSlugs = new Map(
    Object.entries(manifest.posts)
      .filter(([entry]) => entry.startsWith(prefix) && !entry.slice(prefix.length).includes(" "))
      .map(([entry, { slug }]) => [entry.slice(prefix.length), slug]),
  );
  const owned = new Set(previousSlugs.values());
  const reservedSlugs = new Set(folders(out).filter((folder) => !owned.has(folder)));
  return { out, manifest, manifestText, previousSlugs, reservedSlugs, key };
}

/** What the import did with one post. */
export interface PostOutcome {
  post: ImportedPost;
  /** `<out>/<slug>/index.md`. */
  file: string;
  action: PostAction;
}

/** Options of {@link writePosts}. */
export interface WriteOptions {
  /** Write nothing. */
  dryRun: boolean;
  /** Replace files changed since the last import, restore those deleted since. */
  force: boolean;
  /** Called for each post once its action is decided, before it is written. */
  onPlanned?: (outcome: PostOutcome, index: number) => void;
}

/**
 * Records in the manifest a post whose file holds exactly the import's text though the manifest
 * does not say so (the manifest was lost, or the post moved folder): so a later import updates it.
 */
function adoptIdenticalFiles(folder: OutputFolder, posts: readonly ImportedPost[]): void {
  for (const post of posts) {
    const recorded = folder.manifest.posts[folder.key(post.id)];
    if (!recorded || recorded.slug !== post.slug) {
      const text = readText(path.join(folder.out, post.slug, "index.md"));
      if (text === post.text) {
        folder.manifest.posts[folder.key(post.id)] = { slug: post.slug, sha256: sha256(text) };
      }
    }
  }
}

/**
 * Writes the posts into the output folder and its manifest, as each one's action says
 * ({@link planPost}).
 * @returns what was done with each post, in order
 * @throws the file system's error when a file cannot be written
 */
export function writePosts(
  posts: readonly ImportedPost[],
  folder: OutputFolder,
  options: WriteOptions,
): PostOutcome[] {
  const { manifest, out } = folder;
  const outcomes: PostOutcome[] = [];
  for (const [index, post] of posts.entries()) {
    const file = path.join(out, post.slug, "index.md");
    const recorded = manifest.posts[folder.key(post.id)];
    const action = planPost(post.text, readText(file), recorded, options.force);
    const outcome = { post, file, action };
    outcomes.push(outcome);
    options.onPlanned?.(outcome, index);
    if (options.dryRun || action === "keep" || action === "deleted") continue;
    if (action !== "unchanged") {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, post.text);
      manifest.posts[folder.key(post.id)] = { slug: post.slug, sha256: sha256(post.text) };
    }
    placeWaitingMedia(out, post.slug);
  }
  if (!options.dryRun) removeEmptyStaging(out);
  adoptIdenticalFiles(folder, posts);
  const newManifest = writeManifest(manifest);
  if (!options.dryRun && newManifest !== folder.manifestText) {
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, manifestName), newManifest);
  }
  return outcomes;
}

/**
 * The folder in `<out>` where media files wait, `<out>/.wordpress-import-media/<slug>/`, until
 * their post is written: an import stopped halfway (Ctrl-C during the downloads) leaves no post
 * folder without its `index.md`, which the next import would take for an author's own, and the
 * next import finds the files there instead of downloading them again.
 */
export const mediaStagingName = ".wordpress-import-media";

/**
 * The path of a media file, `<out>/<slug>/<name>`, or waiting in
 * `<out>/.wordpress-import-media/<slug>/<name>` when `staged`.
 * @throws Error when the slug or the name could leave the folder (`..`, a separator, a leading
 *   dot) or the name is the post's own `index.md`: the import names files safely, so this is a bug
 */
export function mediaFilePath(out: string, slug: string, name: string, staged = false): string {
  for (const part of [slug, name]) {
    if (part === "" || part.startsWith(".") || /[\\/\0]/.test(part)) {
      throw new Error(`unsafe name for a post's file: ${JSON.stringify(part)}`);
    }
  }
  if (name.toLowerCase() === "index.md") throw new Error("a media file may not be index.md");
  return staged ? path.join(out, mediaStagingName, slug, name) : path.join(out, slug, name);
}

/** True when there is an entry at the path (a file, or a link, followed or not). */
function entryExists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * True when the post's folder has an entry of that name (a file an earlier import wrote), or
 * the file waits for its post ({@link mediaStagingName}).
 */
export function mediaFileExists(out: string, slug: string, name: string): boolean {
  return (
    entryExists(mediaFilePath(out, slug, name)) || entryExists(mediaFilePath(out, slug, name, true))
  );
}

/**
 * Writes a media file where it waits for its post ({@link mediaStagingName}): under a temporary
 * name first, then renamed, so a file is there whole or not at all. {@link writePosts} moves it
 * into the post's folder with the post.
 * @param out the output folder
 * @param slug the post's folder name
 * @param name the file's name ({@link mediaFilePath})
 * @param bytes the content
 * @throws the file system's error when it cannot be written; Error for an unsafe name
 */
export function writeMediaFile(out: string, slug: string, name: string, bytes: Uint8Array): void {
  const file = mediaFilePath(out, slug, name, true);
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${name}.${process.pid}.part`);
  try {
    writeFileSync(temporary, bytes, { flag: "wx" });
    renameSync(temporary, file);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Moves the media files waiting for a post into its folder; a name already there is kept and
 * the waiting copy dropped. Then removes the waiting folders left empty.
 */
function placeWaitingMedia(out: string, slug: string): void {
  const waiting = path.join(out, mediaStagingName, slug);
  if (!existsSync(waiting)) return;
  for (const name of readdirSync(waiting)) {
    if (name.startsWith(".")) continue;
    const target = mediaFilePath(out, slug, name);
    if (!entryExists(target)) renameSync(path.join(waiting, name), target);
  }
  rmSync(waiting, { recursive: true, force: true });
}

/** Removes `<out>/.wordpress-import-media/` when nothing waits in it any more. */
function removeEmptyStaging(out: string): void {
  const staging = path.join(out, mediaStagingName);
  if (existsSync(staging) && readdirSync(staging).length === 0)
    rmSync(staging, { recursive: true });
}
