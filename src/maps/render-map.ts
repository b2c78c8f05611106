/**
 * Turns a validated map into its figure, for the ` ```geojson ` fence, the `{% map %}` tag and
 * the coverage map alike: asks for the static SVG map, the locator inset and the live map's vector
 * ground (map-drawing.ts, drawings.ts), queues them to be written beside the page, and returns the
 * figure's HTML.
 */
import type { FeatureCollection } from "geojson";
import { countries } from "./atlas.ts";
import { renderMapFigure } from "./figure.ts";
import type { MapFiles } from "./files.ts";
import { groundBox, mapExtent } from "./ground.ts";
import type { MapOptions } from "./options.ts";
import { countryAt } from "./countries-in-view.ts";
import { locatorExtent, type LocatorExtent } from "./locator.ts";
import type { MapDrawingRequest } from "./map-drawing.ts";
import { atlasScaleFor } from "./projection.ts";
import { site, type TileProvider } from "../site.ts";
import type { EleventyEnv } from "../markdown/env.ts";
import { mapTimeline } from "./timeline.ts";
import { queueSmallMultiples } from "./small-multiples.ts";
import { renderMapReuse, type MapReuseOptions } from "./reuse.ts";
import { mapFigureId, mapName } from "./map-key.ts";

/** Size of static maps in pixels. */
export const staticMapSize = { width: 720, height: 420 } as const;

/** What every map of a build shares. */
export interface MapBuild {
  /** Tile provider of every map; see `src/site.ts`. */
  tiles: TileProvider;
  /**
   * Where the static map, its locator and its ground are queued beside the page, and drawn
   * (`files.drawings`, which reads and fills the build cache).
   */
  files: MapFiles;
}

/**
 * The drawings of one map, as requests (map-drawing.ts): its static map, its ground, and its
 * locator inset for a map of a city or a region (none for a large part of the world).
 */
export function mapDrawingRequests(
  collection: FeatureCollection,
  options: Pick<MapOptions, "bounds" | "caption">,
): { static: MapDrawingRequest; ground: MapDrawingRequest; locator?: LocatorExtent } {
  const title = `Map. ${options.caption ?? ""}`.trim();
  const bounds = options.bounds ? { bounds: options.bounds } : {};
  // A map of a large part of the world needs no locator, and coarse outlines keep it light.
  const scale = atlasScaleFor(collection, options.bounds);
  const locator = scale === "50m" ? locatorExtent(collection) : undefined;
  return {
    static: {
      kind: "static",
      collection,
      title,
      ...bounds,
      scale,
      ...(locator ? { locator } : {}),
      ...staticMapSize,
    },
    // The live map's ground: the static map's outlines around the view, drawn under the tiles.
    ground: { kind: "ground", box: groundBox(mapExtent(collection, options.bounds)), scale },
    ...(locator ? { locator } : {}),
  };
}

/**
 * Renders one map of a page: queues its static map, locator inset and ground beside the page in
 * `build.files` (none when the page has no output path), drawn or read from the build cache by
 * `build.files.drawings`, and returns the figure's HTML, which needs only their names and sizes.
 * @param key the map's key in its page (`map-key.ts`: its `id`, else its ordinal, `"1"`), which
 *   names its figure (`map-<page slug>-<key>`) and its files (`map-<key>.svg`…)
 * @param reuse the map file the map was read from (`original`, relative to the page), and
 *   `embed: false` for a map that gets no embed page (the coverage map); see `reuse.ts`
 * @throws Error of a drawing that fails (a bug: the map was checked before)
 */
export function renderMap(
  collection: FeatureCollection,
  options: MapOptions,
  { tiles, files }: MapBuild,
  env: EleventyEnv,
  key: string,
  reuse: Pick<MapReuseOptions, "original" | "embed"> = {},
): string {
  // Checked when the block was read: here only its labels take the page's language.
  const { timeline } = mapTimeline(
    collection.features,
    options.steps,
    site.timeZone,
    site.language,
    (index) => ["features", index],
  );
  const id = mapFigureId(env.page?.fileSlug ?? "post", key);
  const outputPath = env.page?.outputPath;
  if (typeof outputPath !== "string") {
    // No page to write beside (markdown rendered outside a build): the figure without images.
    return renderMapFigure(collection, { id, tiles, options, ...(timeline ? { timeline } : {}) });
  }
  const name = mapName(key);
  const requests = mapDrawingRequests(collection, options);
  files.queueDrawing(outputPath, `${name}.svg`, requests.static);
  files.queueDrawing(outputPath, `${name}-ground.json`, requests.ground);
  let locator: { src: string; alt: string } | undefined;
  if (requests.locator) {
    const extent = requests.locator;
    files.queueDrawing(outputPath, `${name}-locator.svg`, { kind: "locator", extent });
    const [[west, south], [east, north]] = extent;
    const home = countryAt(countries("110m"), [(west + east) / 2, (south + north) / 2]);
    locator = {
      src: `${name}-locator.svg`,
      alt: `Locator map: the area shown lies ${home ? `in ${home.properties.name}` : "at sea"}`,
    };
  }
  const bounds = options.bounds;
  const smallMultiples =
    timeline && queueSmallMultiples(files, outputPath, name, { collection, timeline, bounds });
  const figure = renderMapFigure(collection, {
    id,
    tiles,
    options,
    staticMap: { src: `${name}.svg`, ...staticMapSize },
    ground: `${name}-ground.json`,
    pathPrefix: site.pathPrefix,
    ...(locator ? { locator } : {}),
    ...(timeline ? { timeline } : {}),
    ...(smallMultiples ? { smallMultiples } : {}),
  });
  // The data download and the embed page (reuse.ts).
  return (
    figure +
    renderMapReuse(
      collection,
      options,
      { ...reuse, ...pageOf(env), name, outputPath, id, figure, dated: !!timeline, site },
      files,
    )
  );
}

/** The page's URL, title and language as Eleventy's data gives them to markdown-it. */
function pageOf(env: EleventyEnv): Pick<MapReuseOptions, "pageUrl" | "pageTitle" | "language"> {
  const data = env as EleventyEnv & { title?: unknown; lang?: unknown; page?: { url?: unknown } };
  return {
    ...(typeof data.page?.url === "string" ? { pageUrl: data.page.url } : {}),
    ...(typeof data.title === "string" && data.title.trim() ? { pageTitle: data.title } : {}),
    ...(typeof data.lang === "string" ? { language: data.lang } : {}),
  };
}
