/**
 * Each post's rendered body kept between builds: markdown-it's `render` of a post reads its HTML
 * from the build cache (`src/cache/build-cache.ts`, kind `"body"`) when every input is the same
 * ({@link bodyCacheKey}), and writes it after a render that succeeded.
 *
 * A render does more than return HTML (see `src/markdown/render-effects.ts`): it queues map files
 * beside the page, records the post's headings for its table of contents, and may print warnings.
 * Each is recorded while the body renders and stored with its HTML; a body read back does each
 * again, in the same order, so the build goes on as if it had rendered it. A render that throws
 * (a `ContentError`) is never stored, so the next build throws it again; nor is one whose map
 * drawing (a promise queued as a map file) failed.
 *
 * Images of the body are not in what is stored as made: the HTML holds a placeholder for each
 * (`src/images/body-images.ts`, which wraps this `render`), made from the current file after every
 * render, cached or not, with its files and problems as before.
 */
import type { MarkdownIt } from "markdown-it";
import type { BuildCache } from "../cache/build-cache.ts";
import { bodyCacheKey, type BodyKeySettings } from "./body-key.ts";
import type { RenderEffect, RenderEffects } from "./render-effects.ts";
import { inputFile, type EleventyEnv } from "./env.ts";

/** What the cache holds for one body. */
export interface StoredBody {
  /** markdown-it's HTML, image placeholders included. */
  html: string;
  /** What the render did besides, in order. */
  effects: RenderEffect[];
}

/** How many bodies one markdown-it instance read from the cache and rendered, since it was made. */
export interface BodyCacheCounts {
  /** Bodies read back from the cache. */
  read: number;
  /** Bodies of posts rendered (and stored, unless the render failed). */
  rendered: number;
}

/** Options of {@link cacheBodies}. */
export interface BodyCacheOptions {
  /** The build's cache; nothing is read or written when it is off (`--no-cache`). */
  cache: BuildCache;
  /** The recording doors `md` was made with (`createMarkdown`'s `mapFiles`, `headings`, `warn`). */
  effects: RenderEffects;
  /** The markdown options that are data, part of every key. */
  settings: BodyKeySettings;
}

/** True when `value` has the shape of a {@link StoredBody}. */
function isStoredBody(value: unknown): value is StoredBody {
  const stored = value as Partial<StoredBody> | null;
  return typeof stored?.html === "string" && Array.isArray(stored.effects);
}

/**
 * True when every effect of a stored body is one its own render could have had: map files
 * beside its own page, named as a map names them (no folder, no `..`, but for a map's embed page
 * `map-<key>/index.html`), its own headings and
 * warnings about its own file. An entry whose checksum matches but whose effects reach beyond its
 * page (a cache someone edited) is rendered again, never replayed.
 */
export function effectsBelongTo(
  effects: readonly RenderEffect[],
  env: EleventyEnv | undefined,
): boolean {
  const outputPath = env?.page?.outputPath;
  const inputPath = env?.page?.inputPath;
  return effects.every((effect) => {
    if (effect.kind === "map-file" || effect.kind === "map-drawing") {
      // A map's embed page is the one file in a folder of its own: `map-2/index.html`.
      const name = effect.name.replace(/^map-[a-z0-9-]+\/(?=index\.html$)/, "");
      return effect.page === outputPath && /^[\w-]+(\.[\w-]+)*$/.test(name);
    }
    if (effect.kind === "headings") return effect.inputPath === inputPath;
    return inputPath !== undefined && effect.problem.file === inputFile(env as EleventyEnv);
  });
}

/**
 * Wraps `md.render` so that a post's body is read from `options.cache` when its key
 * ({@link bodyCacheKey}) is there, its effects replayed through `options.effects`, and stored
 * after a render that succeeded (once every map file it queued is drawn). Renders that are not a
 * post's (no page, a page of `pages/`) and renders while the cache is off go straight to
 * markdown-it. `md.render` keeps its signature: the dev server's preview may call it directly.
 * @returns the counts of this instance, updated as it renders
 */
export function cacheBodies(md: MarkdownIt, options: BodyCacheOptions): Readonly<BodyCacheCounts> {
  const { cache, effects, settings } = options;
  const counts: BodyCacheCounts = { read: 0, rendered: 0 };
  const render = md.render.bind(md);
  md.render = (body: string, env?: Parameters<typeof render>[1]) => {
    const key = cache.enabled ? bodyCacheKey(body, env, settings) : undefined;
    if (key === undefined) return render(body, env);
    const stored = cache.readJson<unknown>("body", key);
    if (isStoredBody(stored) && effectsBelongTo(stored.effects, env as EleventyEnv | undefined)) {
      effects.replay(stored.effects);
      counts.read++;
      return stored.html;
    }
    const recorded = effects.record(() => render(body, env));
    counts.rendered++;
    recorded.effects.then(
      (done) => cache.writeJson("body", key, { html: recorded.value, effects: done }),
      () => undefined,
    );
    return recorded.value;
  };
  return counts;
}
