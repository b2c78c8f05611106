/**
 * Writing the imported posts into the output folder, `<out>/<slug>/index.md`, as the manifest
 * (`<out>/.wordpress-import.json`, `./manifest.ts`) allows: a post unchanged is left, one the
 * author edited or deleted since the last import is kept so unless `force`, a folder the import
 * did not write is never touched. `dryRun` writes nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
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
  /** Folders the import did not write (the author's): an imported post never takes one. */
  reservedSlugs: Set<string>;
}

/** Reads the output folder's manifest and folders; a folder that does not exist yet is empty. */
export function readOutputFolder(out: string): OutputFolder {
  const manifestText = readText(path.join(out, manifestName));
  const manifest = readManifest(manifestText);
  const previousSlugs = new Map(Object.entries(manifest.posts).map(([id, { slug }]) => [id, slug]));
  const owned = new Set(previousSlugs.values());
  const reservedSlugs = new Set(folders(out).filter((folder) => !owned.has(folder)));
  return { out, manifest, manifestText, previousSlugs, reservedSlugs };
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
    const recorded = folder.manifest.posts[post.id];
    if (!recorded || recorded.slug !== post.slug) {
      const text = readText(path.join(folder.out, post.slug, "index.md"));
      if (text === post.text) {
        folder.manifest.posts[post.id] = { slug: post.slug, sha256: sha256(text) };
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
    const action = planPost(post.text, readText(file), manifest.posts[post.id], options.force);
    const outcome = { post, file, action };
    outcomes.push(outcome);
    options.onPlanned?.(outcome, index);
    if (options.dryRun || action === "keep" || action === "unchanged" || action === "deleted") {
      continue;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, post.text);
    manifest.posts[post.id] = { slug: post.slug, sha256: sha256(post.text) };
  }
  adoptIdenticalFiles(folder, posts);
  const newManifest = writeManifest(manifest);
  if (!options.dryRun && newManifest !== folder.manifestText) {
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, manifestName), newManifest);
  }
  return outcomes;
}
