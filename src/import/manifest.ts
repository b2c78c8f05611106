/**
 * The import's manifest, `<out>/.wordpress-import.json`: for each imported WordPress post (by
 * `wp:post_id`) its folder and the SHA-256 of the `index.md` the import wrote. It makes
 * re-running the import idempotent and tells an author's edits from the import's own text.
 * Post ids are a site's own: the ids of the site first imported are kept as they are, those of
 * another site imported into the same folder are prefixed with its address
 * (`http://other.example.org 101`), so its post 101 never takes the first site's.
 */
import { createHash } from "node:crypto";

/** File name of the manifest inside the output folder. */
export const manifestName = ".wordpress-import.json";

/** What the manifest holds. */
export interface Manifest {
  version: 1;
  /** The old site (the export's channel `<link>`) whose post ids are the keys without a prefix. */
  site?: string;
  /** By WordPress post id ({@link manifestKey}). */
  posts: Record<string, { slug: string; sha256: string }>;
}

/**
 * The key of a post in the manifest: its `wp:post_id` for the manifest's own site (or when the
 * manifest has none yet), else the site's address, a space and the id.
 */
export function manifestKey(manifest: Manifest, site: string, id: string): string {
  return manifest.site === undefined || manifest.site === site ? id : `${site} ${id}`;
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
      return typeof data.site === "string"
        ? { version: 1, site: data.site, posts: data.posts }
        : { version: 1, posts: data.posts };
    }
  } catch {
    // Not JSON: start afresh.
  }
  return { version: 1, posts: {} };
}

/** A manifest key as its site (`""` for the manifest's own) and its id. */
function splitKey(key: string): [string, string] {
  const space = key.lastIndexOf(" ");
  return space === -1 ? ["", key] : [key.slice(0, space), key.slice(space + 1)];
}

/**
 * The manifest's text: posts ordered by site (its own first) then id, so the same import writes
 * the same bytes.
 */
export function writeManifest(manifest: Manifest): string {
  const ids = Object.keys(manifest.posts).sort((a, b) => {
    const [siteA, idA] = splitKey(a);
    const [siteB, idB] = splitKey(b);
    return siteA.localeCompare(siteB) || Number(idA) - Number(idB) || idA.localeCompare(idB);
  });
  const posts = Object.fromEntries(ids.map((id) => [id, manifest.posts[id]]));
  const site = manifest.site === undefined ? {} : { site: manifest.site };
  return `${JSON.stringify({ version: 1, ...site, posts }, null, 2)}\n`;
}
