/**
 * Turns a validated map into its figure, for the ` ```geojson ` fence, the `{% map %}` tag and
 * the coverage map alike: renders the static SVG map, the locator inset and the live map's vector
 * ground, queues them to be written beside the page, and returns the figure's HTML.
 */
import type { FeatureCollection } from "geojson";
import { countries } from "./atlas.ts";
import { renderMapFigure } from "./figure.ts";
import type { MapFiles } from "./files.ts";
import { groundBox, mapExtent, renderGround } from "./ground.ts";
import type { MapOptions } from "./options.ts";
import { countryAt } from "./countries-in-view.ts";
import { renderLocator } from "./locator.ts";
import { atlasScaleFor, extentCenter } from "./projection.ts";
import { renderStaticMap } from "./static-map.ts";
import { rememberer } from "../shared/memo.ts";
import { site, type TileProvider } from "../site.ts";
import type { EleventyEnv } from "../markdown/env.ts";

/** Size of static maps in pixels. */
export const staticMapSize = { width: 720, height: 420 } as const;

/**
 * Draws a static map or locator inset once for `key`, every input of the drawing as text: a build
 * draws each map once; the dev server's rebuilds render every post again, and drawing is most of
 * a map's cost.
 */
const drawOnce = rememberer<string>(2_000);

/** What every map of a build shares. */
export interface MapBuild {
  /** Tile provider of every map; see `src/site.ts`. */
  tiles: TileProvider;
  /** Where the static map, its locator and its ground are queued beside the page. */
  files: MapFiles;
}

/**
 * Renders one map of a page: queues its static map, locator inset and ground beside the page in
 * `build.files` (none when the page has no output path) and returns the figure's HTML.
 * @param line the 1-based file line of the block or tag, which names the map in its page
 */
export function renderMap(
  collection: FeatureCollection,
  options: MapOptions,
  { tiles, files }: MapBuild,
  env: EleventyEnv,
  line: number,
): string {
  const slug = (env.page?.fileSlug ?? "post").replace(/[^\p{L}\p{N}_-]+/gu, "-");
  const id = `map-${slug}-${line}`;
  const outputPath = env.page?.outputPath;
  if (typeof outputPath !== "string") {
    // No page to write beside (markdown rendered outside a build): the figure without images.
    return renderMapFigure(collection, { id, tiles, options });
  }
  const name = `map-${line}`;
  const title = `Map. ${options.caption ?? ""}`.trim();
  // A map of a large part of the world needs no locator, and coarse outlines keep it light.
  const scale = atlasScaleFor(collection, options.bounds);
  const locatorCountries = scale === "50m" ? countries("110m") : undefined;
  const data = JSON.stringify(collection);
  files.queue(
    outputPath,
    `${name}.svg`,
    drawOnce(
      `static\u0000${scale}\u0000${title}\u0000${JSON.stringify(options.bounds)}\u0000${data}`,
      () =>
        renderStaticMap(collection, {
          countries: countries(scale),
          ...(locatorCountries ? { locatorCountries } : {}),
          title,
          ...(options.bounds ? { bounds: options.bounds } : {}),
          ...staticMapSize,
        }),
    ),
  );
  // The live map's ground: the static map's outlines around the view, drawn under the tiles.
  files.queue(
    outputPath,
    `${name}-ground.json`,
    drawOnce(`ground\u0000${scale}\u0000${JSON.stringify(options.bounds)}\u0000${data}`, () =>
      JSON.stringify(renderGround(groundBox(mapExtent(collection, options.bounds)), scale)),
    ),
  );
  let locator: { src: string; alt: string } | undefined;
  if (locatorCountries) {
    files.queue(
      outputPath,
      `${name}-locator.svg`,
      drawOnce(`locator\u0000${data}`, () =>
        renderLocator(collection, { countries: locatorCountries }),
      ),
    );
    const home = countryAt(locatorCountries, extentCenter(collection));
    locator = {
      src: `${name}-locator.svg`,
      alt: `Locator map: the area shown lies ${home ? `in ${home.properties.name}` : "at sea"}`,
    };
  }
  return renderMapFigure(collection, {
    id,
    tiles,
    options,
    staticMap: { src: `${name}.svg`, ...staticMapSize },
    ground: `${name}-ground.json`,
    pathPrefix: site.pathPrefix,
    ...(locator ? { locator } : {}),
  });
}
