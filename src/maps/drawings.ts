/**
 * Where a build's map drawings come from: made once per build (by their request), read back from
 * the persistent build cache (`.cache/dispatch/map/`) when an earlier build made them, and
 * otherwise drawn and stored in the cache for the next build.
 *
 * They are drawn in the main thread. Drawing them in a worker thread was measured at 1,000 posts
 * on 2 cores (7 December 2026) and did not shorten the build: after the cache and the memos by
 * extent a cold build spends about 1.1 s drawing maps, a worker spends as much starting up
 * (loading d3-geo and the atlas), and the other core is busy drawing share pictures.
 */
import type { BuildCache } from "../cache/build-cache.ts";
import { drawMapFile, type MapDrawingRequest } from "./map-drawing.ts";

/** The map drawings of one Eleventy configuration, from {@link createMapDrawings}. */
export interface MapDrawings {
  /**
   * The text of the drawing `request` asks for: remembered in this build, read from the build
   * cache, or drawn (and stored in the cache).
   * @throws Error of the drawing when it fails (a bug: the map was checked before)
   */
  draw(request: MapDrawingRequest): string;
}

/** Options of {@link createMapDrawings}. */
export interface MapDrawingsOptions {
  /** The build cache, whose kind "map" holds drawings between builds; none: nothing kept. */
  cache?: BuildCache | undefined;
  /** How many drawings are held in memory before they are all dropped. @default 2000 */
  limit?: number | undefined;
}

/**
 * The cache key's parts of a drawing: the request, which holds every input of the drawing
 * (features, title, bounds, scale, size, extent); the cache adds Dispatch's version, which covers
 * the drawing code and the atlas's version (the lock file).
 */
export function mapCacheParts(request: MapDrawingRequest): unknown[] {
  return [request];
}

/** Returns the drawings of one configuration, none made yet. */
export function createMapDrawings(options: MapDrawingsOptions = {}): MapDrawings {
  const { cache } = options;
  const limit = options.limit ?? 2000;
  const made = new Map<string, string>();
  const remember = (key: string, text: string) => {
    if (made.size >= limit) made.clear();
    made.set(key, text);
    return text;
  };
  return {
    draw(request) {
      const key = JSON.stringify(request);
      const known = made.get(key);
      if (known !== undefined) return known;
      const parts = mapCacheParts(request);
      const cached = cache?.read("map", parts);
      if (cached !== undefined) return remember(key, cached);
      const text = drawMapFile(request);
      cache?.write("map", parts, text);
      return remember(key, text);
    },
  };
}
