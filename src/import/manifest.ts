/**
 * The import's manifest, `<out>/.wordpress-import.json`: for each imported WordPress post (by
 * `wp:post_id`) its folder and the SHA-256 of the `index.md` the import wrote. It makes
 * re-running the import idempotent and tells an author's edits from the import's own text.
 */
import { createHash } from "node:crypto";

/** File name of the manifest inside the output folder. */
export const manifestName = ".wordpress-import.json";

/** What the manifest holds. */
export interface Manifest {
  version: 1;
  /** By WordPress post id. */
  posts: Record<string, { slug: string; sha256: string }>;
}

/** What the import does with one post. */
export type PostAction =
  /** No file there yet. */
  | "write"
  /** The file is as the last import wrote it, and the export now says something else. */
  | "update"
  /** The file already holds exactly this text. */
  | "unchanged"
  /** The file changed since the last import: left alone. */
  | "keep"
  /** Like `keep`, but `--force` replaces it. */
  | "overwrite"
  /** The last import wrote it and the author deleted it since: left deleted. */
  | "deleted";

/** SHA-256 of a text's UTF-8 bytes, in hex. */
export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Decides what to do with one post. `--force` acts only on posts the manifest recorded: a file
 * the import never wrote is always kept (the import gives such a post another slug).
 * @param text the `index.md` the import would write
 * @param existing the file's text now, or undefined when there is none
 * @param recorded the manifest's entry for the post, when an earlier import wrote it
 * @param force replace files changed since the last import, restore those deleted since
 */
export function planPost(
  text: string,
  existing: string | undefined,
  recorded: { sha256: string } | undefined,
  force: boolean,
): PostAction {
  if (existing === undefined) return recorded && !force ? "deleted" : "write";
  if (existing === text) return "unchanged";
  if (recorded && sha256(existing) === recorded.sha256) return "update";
  return force && recorded ? "overwrite" : "keep";
}

/**
 * Reads a manifest's text; a missing, unreadable or foreign file is an empty manifest.
 */
export function readManifest(text: string | undefined): Manifest {
  if (text === undefined) return { version: 1, posts: {} };
  try {
    const data = JSON.parse(text) as Partial<Manifest>;
    if (data.version === 1 && data.posts && typeof data.posts === "object") {
      return { version: 1, posts: data.posts };
    }
  } catch {
    // Not JSON: start afresh.
  }
  return { version: 1, posts: {} };
}

/** The manifest's text: posts ordered by id, so the same import writes the same bytes. */
export function writeManifest(manifest: Manifest): string {
  const ids = Object.keys(manifest.posts).sort(
    (a, b) => Number(a) - Number(b) || a.localeCompare(b),
  );
  const posts = Object.fromEntries(ids.map((id) => [id, manifest.posts[id]]));
  return `${JSON.stringify({ version: 1, posts }, null, 2)}\n`;
}
