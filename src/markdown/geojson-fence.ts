/**
 * markdown-it plugin: a fenced ` ```geojson ` block (the block GitHub draws as a map) becomes a
 * map figure (see `render-map.ts`). Bad map data stops the build with a {@link MapDataError} naming the file, line,
 * feature and fix.
 */
import { readFileSync } from "node:fs";
import type { MarkdownIt } from "markdown-it";
import { bodyLineOffset } from "../shared/lines.ts";
import { MapDataError } from "../errors.ts";
import { readMapBlock } from "../maps/read-block.ts";
import type { TileProvider } from "../site.ts";
import { inputFile, type EleventyEnv } from "./env.ts";
import { renderMap } from "../maps/render-map.ts";
import { createMapFiles, type MapFiles } from "../maps/files.ts";
import { isGeojsonFence, keyMapToken } from "./map-keys.ts";

/** Options of {@link geojsonFence}. */
export interface GeoJsonFenceOptions {
  /** Tile provider of every map; see `src/site.ts`. */
  tiles: TileProvider;
  /**
   * The build's queue of the files maps write beside their pages (`src/maps/files.ts`).
   * @default a queue of this instance's own, which nothing writes
   */
  mapFiles?: MapFiles | undefined;
}

/**
 * The page data as markdown-it's `env` with the content plugin's `postBodyOffset` (global data:
 * the lines before a post's body, from the post store), which this layer reads without importing
 * the content layer.
 */
type BodyOffsetEnv = EleventyEnv & { postBodyOffset?: (inputPath: string) => number | undefined };

/**
 * Returns the 1-based line of the file on which a block token's first line stands: the post
 * store's count of lines before the body (`env.postBodyOffset`), or, for a file it does not hold
 * (a page, a test's file), the count read from the file.
 * @param blockLine 0-based line of the block in the body markdown-it was given
 */
export function fileLineOfBlock(env: EleventyEnv, blockLine: number): number {
  return bodyOffsetOf(env) + blockLine + 1;
}

/**
 * The number of lines before the body in the page's file (its front matter): the post store's
 * count (`env.postBodyOffset`), else the count read from the file; 0 without a page.
 */
export function bodyOffsetOf(env: EleventyEnv): number {
  const inputPath = env.page?.inputPath;
  if (!inputPath) return 0;
  return (
    (env as BodyOffsetEnv).postBodyOffset?.(inputPath) ??
    bodyLineOffset(readFileSync(inputPath, "utf8"))
  );
}

/** Registers the geojson fence on `md`. */
export function geojsonFence(md: MarkdownIt, options: GeoJsonFenceOptions): void {
  const fallback = md.renderer.rules.fence;
  const build = { tiles: options.tiles, files: options.mapFiles ?? createMapFiles() };
  md.renderer.rules.fence = (tokens, index, renderOptions, rawEnv, self) => {
    const env = (rawEnv ?? {}) as EleventyEnv;
    const token = tokens[index];
    if (!token || !isGeojsonFence(token.info)) {
      return fallback
        ? fallback(tokens, index, renderOptions, rawEnv, self)
        : self.renderToken(tokens, index, renderOptions);
    }
    const fenceLine = fileLineOfBlock(env, token.map?.[0] ?? 0);
    const block = readMapBlock(token.content);
    if (!block.ok) {
      const file = inputFile(env);
      throw new MapDataError(
        block.problems.map(({ line, message, fix }) => ({
          file,
          line: fenceLine + line,
          message,
          fix,
        })),
      );
    }
    const key = keyMapToken(tokens, index, block.options.id, fenceLine, env);
    return renderMap(block.collection, block.options, build, env, key);
  };
}
