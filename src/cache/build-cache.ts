/**
 * The persistent build cache (`.cache/dispatch/`): what is costly to make and depends only on its
 * own inputs (a post's rendered body, a static map, a feed entry's content) is stored under a key
 * made of every one of those inputs and of Dispatch's version ({@link dispatchVersion}), and the
 * next build reads it back instead of making it again. Anything that depends on other posts is
 * never stored here.
 *
 * Layout: `<folder>/cache.json` names the format and the Dispatch version the entries were made
 * by; each entry is `<folder>/<kind>/<2 hex>/<64 hex>`, its first line `dispatch-cache/1 <sha256
 * of the rest>` and then the value. An entry whose checksum does not match is ignored with a
 * warning and made again; a folder without Dispatch's `cache.json` (or with one of another
 * format) is not trusted: it is emptied, with a warning. A new Dispatch version empties it
 * silently, since every key would differ. Writes go to a temporary file renamed into place, so a
 * build stopped halfway never leaves half an entry.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { warn } from "../errors.ts";

/** Format of the cache's files; a cache of another format is emptied. */
export const cacheFormat = 1;

/** What is stored, one folder each: the only kinds there are. */
export type CacheKind = "body" | "map" | "feed" | "words";

/** Counts of one build's use of the cache. */
export interface CacheStats {
  /** Entries read back. */
  hits: number;
  /** Keys looked up and not found (or not trusted). */
  misses: number;
  /** Entries written. */
  writes: number;
  /** Entries ignored as corrupt. */
  corrupt: number;
}

/** The build cache of one build, from {@link openBuildCache}. */
export interface BuildCache {
  /** False under `--no-cache`: nothing is read or written. */
  readonly enabled: boolean;
  /** The cache's folder, e.g. `.cache/dispatch`. */
  readonly folder: string;
  /** This build's counts. */
  readonly stats: Readonly<CacheStats>;
  /**
   * The text stored under `kind` and the key made of `parts` (JSON-serialisable values: every
   * input of what is stored), or `undefined` when there is none, it is corrupt, or the cache is
   * off.
   */
  read(kind: CacheKind, parts: readonly unknown[]): string | undefined;
  /** Stores `text` under `kind` and `parts`; does nothing when the cache is off. */
  write(kind: CacheKind, parts: readonly unknown[], text: string): void;
  /** {@link read} of a value stored with {@link writeJson}; text that is not JSON is corrupt. */
  readJson<T>(kind: CacheKind, parts: readonly unknown[]): T | undefined;
  /** {@link write} of a JSON-serialisable value. */
  writeJson(kind: CacheKind, parts: readonly unknown[], value: unknown): void;
  /**
   * Deletes every entry this cache neither read nor wrote since it was opened, so the cache holds
   * what the last whole build used and no more. Call only after a whole build that succeeded. A
   * file it cannot delete (a read-only cache) stops the pruning with a warning; never throws.
   * @returns the number of entries deleted
   */
  prune(): number;
}

/** Options of {@link openBuildCache}. */
export interface BuildCacheOptions {
  /** The cache's folder, e.g. `.cache/dispatch` (relative to the working directory or absolute). */
  folder: string;
  /** Dispatch's version ({@link dispatchVersion}): part of every key. */
  version: string;
  /** False for `--no-cache`. @default true */
  enabled?: boolean;
}

const entryHeader = "dispatch-cache/1 ";

/** SHA-256 of `text`, hex. */
function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The manifest a cache of this format and version holds. */
function manifest(version: string): string {
  return `${JSON.stringify({ "dispatch-cache": cacheFormat, version })}\n`;
}

/**
 * What the folder holds: `"fresh"` (this format and version), `"stale"` (Dispatch's, another
 * version), `"foreign"` (files, but not a Dispatch cache of this format) or `"empty"`.
 */
function folderState(folder: string, version: string): "fresh" | "stale" | "foreign" | "empty" {
  if (!existsSync(folder) || readdirSync(folder).length === 0) return "empty";
  try {
    const data = JSON.parse(readFileSync(path.join(folder, "cache.json"), "utf8")) as Record<
      string,
      unknown
    >;
    if (data["dispatch-cache"] !== cacheFormat || typeof data.version !== "string") {
      return "foreign";
    }
    return data.version === version ? "fresh" : "stale";
  } catch {
    return "foreign";
  }
}

/**
 * Opens the build cache in `options.folder` for one build: checks its manifest, empties it when
 * it was made by another Dispatch version or is not a Dispatch cache of this format (with a
 * warning for the latter), and returns the {@link BuildCache}. A cache that cannot be written
 * (a read-only disk) is turned off with a warning; the build goes on without it. Never throws.
 */
export function openBuildCache(options: BuildCacheOptions): BuildCache {
  const { folder, version } = options;
  let enabled = options.enabled ?? true;
  const stats: CacheStats = { hits: 0, misses: 0, writes: 0, corrupt: 0 };
  const used = new Set<string>();
  // Folders this cache has made or found, so that a write makes its folder once, not every time.
  const folders = new Set<string>();
  const turnOff = (error: unknown) => {
    enabled = false;
    const code = (error as NodeJS.ErrnoException).code;
    warn({
      file: folder,
      message: `the build cache could not be written (${(error as Error).message}); this build makes everything anew`,
      fix:
        code === "ENOTDIR" || code === "EEXIST"
          ? `${folder} or a folder in it is a file, not a folder: delete it`
          : "check the folder's permissions and free space, or build with --no-cache",
    });
  };
  if (enabled) {
    try {
      const state = folderState(folder, version);
      if (state === "foreign") {
        warn({
          file: folder,
          message: `is not a build cache of this Dispatch (no cache.json of format ${cacheFormat}); it was ignored and emptied`,
          fix: "nothing to do; keep other files out of .cache/dispatch/",
        });
      }
      if (state !== "fresh") {
        rmSync(folder, { recursive: true, force: true });
        mkdirSync(folder, { recursive: true });
        writeFileSync(path.join(folder, "cache.json"), manifest(version));
      }
    } catch (error) {
      turnOff(error);
    }
  }
  const entryFile = (kind: CacheKind, parts: readonly unknown[]) => {
    const key = sha256(JSON.stringify([kind, version, ...parts]));
    return path.join(folder, kind, key.slice(0, 2), key);
  };
  const cache: BuildCache = {
    get enabled() {
      return enabled;
    },
    folder,
    stats,
    read(kind, parts) {
      if (!enabled) return undefined;
      const file = entryFile(kind, parts);
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        stats.misses++;
        return undefined;
      }
      const newline = text.indexOf("\n");
      const body = text.slice(newline + 1);
      if (newline < 0 || text.slice(0, newline) !== `${entryHeader}${sha256(body)}`) {
        stats.corrupt++;
        stats.misses++;
        warn({
          file,
          message: "a build cache entry is damaged (its checksum does not match); it was ignored",
          fix: "nothing to do; this build makes it again",
        });
        return undefined;
      }
      used.add(file);
      stats.hits++;
      return body;
    },
    write(kind, parts, text) {
      if (!enabled) return;
      const file = entryFile(kind, parts);
      try {
        const parent = path.dirname(file);
        if (!folders.has(parent)) {
          mkdirSync(parent, { recursive: true });
          folders.add(parent);
        }
        const partial = `${file}.${process.pid}.partial`;
        writeFileSync(partial, `${entryHeader}${sha256(text)}\n${text}`);
        try {
          renameSync(partial, file);
        } catch {
          // Something other than an entry where the entry goes (a folder): removed, and the
          // entry put in its place; a second failure turns the cache off.
          rmSync(file, { recursive: true, force: true });
          renameSync(partial, file);
        }
        used.add(file);
        stats.writes++;
      } catch (error) {
        rmSync(`${file}.${process.pid}.partial`, { force: true });
        turnOff(error);
      }
    },
    readJson<T>(kind: CacheKind, parts: readonly unknown[]): T | undefined {
      const text = cache.read(kind, parts);
      if (text === undefined) return undefined;
      try {
        return JSON.parse(text) as T;
      } catch {
        stats.corrupt++;
        return undefined;
      }
    },
    writeJson(kind, parts, value) {
      cache.write(kind, parts, JSON.stringify(value));
    },
    prune() {
      if (!enabled || !existsSync(folder)) return 0;
      let deleted = 0;
      for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || entry.name === "cache.json") continue;
        const file = path.join(entry.parentPath, entry.name);
        if (used.has(file)) continue;
        try {
          rmSync(file, { force: true });
        } catch (error) {
          // A read-only cache keeps its old entries; the build it served is whole all the same.
          warn({
            file,
            message: `an unused build cache entry could not be deleted (${(error as Error).message})`,
            fix: `check the permissions of ${folder}, or delete it`,
          });
          return deleted;
        }
        deleted++;
      }
      return deleted;
    },
  };
  return cache;
}
