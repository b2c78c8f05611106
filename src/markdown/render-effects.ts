/**
 * What rendering a post's body does besides returning its HTML, recorded while it renders so that
 * a body read back from the build cache (`src/markdown/body-cache.ts`) does exactly the same
 * again. Every side effect of Dispatch's markdown-it goes through one of these three doors:
 *
 * - **map files**: a ` ```geojson ` block or `{% map %}` tag queues its static map, locator inset
 *   and ground beside the page as drawing requests ({@link MapFiles.queueDrawing}, from
 *   `src/maps/render-map.ts`; recorded as the request, not the drawing, which the map cache holds),
 *   or any file as text ({@link MapFiles.queue});
 * - **headings**: the headings of the post, for its table of contents, are recorded under its
 *   input path (`headingsPlugin`, `src/markdown/table-of-contents.ts`);
 * - **warnings**: a legacy WordPress shortcode is reported on stderr (`src/markdown/legacy-shortcodes.ts`).
 *
 * What else a render does, and why a cached body needs no record of it:
 *
 * - it throws a `ContentError` (a map, footnote, heading, language, video, raw-HTML, nesting or
 *   control-character problem): a render that throws is never cached, so it throws again;
 * - images of the body and their work (derivatives made, files copied beside the page, problems
 *   reported to the page): `src/images/body-images.ts` wraps the render, writes a placeholder
 *   naming each image, and does that work after every render, cached or not;
 * - it writes `env.footnotes`, `env.references` (markdown-it-footnote, markdown-it) and
 *   `env.markdownItAnchor` (heading ids) into the page data, read only during the same render;
 * - it reads files: the post (the lines of its front matter), `{% map %}` files, whether images
 *   exist (all in the body's key, `src/markdown/body-key.ts`);
 * - it remembers drawings (`src/maps/drawings.ts`), which saves time and changes
 *   nothing; the `{% video %}` figure (`src/video/figure.ts`) and the other plugins only return HTML.
 */
import { warn as printWarning, type ContentProblem } from "../errors.ts";
import { createMapFiles, type MapFiles } from "../maps/files.ts";
import type { MapDrawingRequest } from "../maps/map-drawing.ts";
import type { HeadingSink, TocHeading } from "./table-of-contents.ts";

/** One side effect of a render, as JSON: replaying it makes the same call again. */
export type RenderEffect =
  | {
      kind: "map-file";
      /** The page's output path, as queued: `_site/posts/basra/index.html`. */
      page: string;
      /** `map-21.svg`. */
      name: string;
      content: string;
    }
  | {
      kind: "map-drawing";
      /** The page's output path, as queued: `_site/posts/basra/index.html`. */
      page: string;
      /** `map-21.svg`. */
      name: string;
      /** What to draw (`src/maps/map-drawing.ts`): read from the map cache, or drawn again. */
      request: MapDrawingRequest;
    }
  | { kind: "headings"; inputPath: string; headings: TocHeading[] }
  | { kind: "warning"; problem: ContentProblem };

/** What a map file is queued with: text, or text still being drawn. */
type MapFileContent = Parameters<MapFiles["queue"]>[2];

/** An effect while the render runs: a map file's content may still be a promise. */
type PendingEffect =
  | (Omit<Extract<RenderEffect, { kind: "map-file" }>, "content"> & { content: MapFileContent })
  | Exclude<RenderEffect, { kind: "map-file" }>;

/** What a render did, once every map file it queued is drawn. */
export interface RecordedRender<T> {
  /** What the render returned. */
  value: T;
  /**
   * The effects, in the order they happened; rejects when a map file queued as a promise
   * rejected (its drawing failed): such a render must not be cached.
   */
  effects: Promise<RenderEffect[]>;
}

/** The doors of {@link createRenderEffects}, to give `createMarkdown`, and their recorder. */
export interface RenderEffects {
  /** Forwards to the build's queue, recording each file queued during {@link record}. */
  readonly mapFiles: MapFiles;
  /** Forwards to the build's heading store, recording each set during {@link record}. */
  readonly headings: HeadingSink;
  /** Prints a warning ({@link printWarning}), recording it during {@link record}. */
  readonly warn: (problem: ContentProblem) => void;
  /**
   * Runs `render` (synchronous, as markdown-it's) and returns what it returned with every effect
   * it had through these doors. Throws what `render` throws. Records nest: an inner record's
   * effects are not the outer's.
   */
  record<T>(render: () => T): RecordedRender<T>;
  /** Does `effects` again through the same doors, in order, recording nothing. */
  replay(effects: readonly RenderEffect[]): void;
}

/** Options of {@link createRenderEffects}. */
export interface RenderEffectsOptions {
  /**
   * The build's queue of map files (`src/maps/files.ts`).
   * @default a queue of its own, which nothing writes
   */
  mapFiles?: MapFiles | undefined;
  /**
   * Where the post's headings go.
   * @default nowhere
   */
  headings?: HeadingSink | undefined;
  /**
   * Prints a warning.
   * @default `warn` of `src/errors.ts` (stderr)
   */
  warn?: (problem: ContentProblem) => void;
}

/**
 * Makes the recording doors of one markdown-it instance: each forwards to the real effect at once
 * (a render behaves as without them) and, while {@link RenderEffects.record} runs, also notes it.
 */
export function createRenderEffects(options: RenderEffectsOptions = {}): RenderEffects {
  const target = options.mapFiles ?? createMapFiles();
  const headings = options.headings;
  const warn = options.warn ?? printWarning;
  let current: PendingEffect[] | undefined;
  const note = (effect: PendingEffect) => current?.push(effect);
  const queue = (page: string, name: string, content: MapFileContent) => {
    note({ kind: "map-file", page, name, content });
    target.queue(page, name, content);
  };
  return {
    mapFiles: {
      ...target,
      queue,
      queueDrawing: (page, name, request) => {
        note({ kind: "map-drawing", page, name, request });
        target.queueDrawing(page, name, request);
      },
    },
    headings: {
      set: (inputPath, found) => {
        note({ kind: "headings", inputPath, headings: found });
        return headings?.set(inputPath, found);
      },
    },
    warn: (problem) => {
      note({ kind: "warning", problem });
      warn(problem);
    },
    record<T>(render: () => T): RecordedRender<T> {
      const outer = current;
      const effects: PendingEffect[] = [];
      current = effects;
      let value: T;
      try {
        value = render();
      } finally {
        current = outer;
      }
      return {
        value,
        effects: Promise.all(
          effects.map(async (effect): Promise<RenderEffect> =>
            effect.kind === "map-file" ? { ...effect, content: await effect.content } : effect,
          ),
        ),
      };
    },
    replay(effects) {
      for (const effect of effects) {
        if (effect.kind === "map-file") target.queue(effect.page, effect.name, effect.content);
        else if (effect.kind === "map-drawing") {
          target.queueDrawing(effect.page, effect.name, effect.request);
        } else if (effect.kind === "headings") headings?.set(effect.inputPath, effect.headings);
        else warn(effect.problem);
      }
    },
  };
}
