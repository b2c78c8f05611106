/**
 * Where a build's map drawings come from: made once per build (by their request), read back from
 * the persistent build cache (`.cache/dispatch/map/`) when an earlier build made them, and
 * otherwise drawn, in worker threads when the build has them (draw-pool.ts), else at once in
 * the main thread, and stored in the cache for the next build.
 */
import type { BuildCache } from "../cache/build-cache.ts";
import { createDrawingPool, type DrawingPool } from "./draw-pool.ts";
import { drawMapFile, type MapDrawingRequest } from "./map-drawing.ts";

/** The map drawings of one Eleventy configuration, from {@link createMapDrawings}. */
export interface MapDrawings {
  /**
   * The text of the drawing `request` asks for: a string when it was made or read at once, a
   * promise when a thread draws it (rejecting with the drawing's error).
   * @throws Error of the drawing when it is drawn at once and fails
   */
  draw(request: MapDrawingRequest): string | Promise<string>;
  /** Stops the drawing threads (the next drawing starts them again); drawings under way reject. */
  close(): Promise<void>;
}

/** Options of {@link createMapDrawings}. */
export interface MapDrawingsOptions {
  /** The build cache, whose kind "map" holds drawings between builds; none: nothing kept. */
  cache?: BuildCache | undefined;
  /**
   * How many worker threads draw what the cache does not hold; 0 draws in the main thread.
   * @default 0
   */
  threads?: number | undefined;
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

/** Returns the drawings of one configuration: nothing drawn, no thread started yet. */
export function createMapDrawings(options: MapDrawingsOptions = {}): MapDrawings {
  const { cache } = options;
  const threads = options.threads ?? 0;
  const limit = options.limit ?? 2000;
  const made = new Map<string, string | Promise<string>>();
  let pool: DrawingPool | undefined;
  const remember = (key: string, text: string | Promise<string>) => {
    if (made.size >= limit) made.clear();
    made.set(key, text);
  };
  return {
    draw(request) {
      const key = JSON.stringify(request);
      const known = made.get(key);
      if (known !== undefined) return known;
      const parts = mapCacheParts(request);
      const cached = cache?.read("map", parts);
      if (cached !== undefined) {
        remember(key, cached);
        return cached;
      }
      if (threads === 0) {
        const text = drawMapFile(request);
        cache?.write("map", parts, text);
        remember(key, text);
        return text;
      }
      pool ??= createDrawingPool({ size: threads });
      const drawing = pool.draw(request).then((text) => {
        cache?.write("map", parts, text);
        if (made.get(key) === drawing) made.set(key, text);
        return text;
      });
      // Awaited where the file is written; a build that fails first must not crash on it.
      drawing.catch(() => {
        if (made.get(key) === drawing) made.delete(key);
      });
      remember(key, drawing);
      return drawing;
    },
    async close() {
      await pool?.close();
    },
  };
}
