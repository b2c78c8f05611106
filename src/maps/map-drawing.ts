/**
 * The drawings a map writes beside its page, as requests that hold every input of the drawing
 * and nothing else (plain JSON, so that the build cache can key them, and a worker thread could
 * draw them): the static SVG map, the live map's ground (JSON), the locator inset (SVG) and a
 * dated map's small multiples (SVG, one per step). What depends only on a map's extent (its
 * ground, its locator, the outlines its static map projects) is remembered by that extent, so two
 * maps of one area project the world once.
 */
import type { FeatureCollection } from "geojson";
import { countries, type AtlasScale } from "./atlas.ts";
import type { BBox } from "./bbox.ts";
import { renderGround } from "./ground.ts";
import { locatorInsetSize, renderLocatorOf, type LocatorExtent } from "./locator.ts";
import { renderStaticMap } from "./static-map.ts";
import { renderStepMap } from "./step-map.ts";
import { rememberer } from "../shared/memo.ts";

/** One file of a map to draw; every field is an input of the drawing. */
export type MapDrawingRequest =
  | {
      /** The static SVG map (`map-<key>.svg`). */
      kind: "static";
      /** The validated features, as the author wrote them. */
      collection: FeatureCollection;
      /** The SVG's `<title>`, `Map. <caption>`. */
      title: string;
      /** The area the author chose, `[west, south, east, north]`; none: the features'. */
      bounds?: BBox;
      /** Natural Earth scale of the outlines. */
      scale: AtlasScale;
      /** The locator inset's extent; none for a map of a large part of the world. */
      locator?: LocatorExtent;
      /** Size in pixels. */
      width: number;
      height: number;
    }
  | {
      /** One panel of a dated map's small multiples (`map-<key>-<step id>.svg`), see step-map.ts. */
      kind: "step";
      /** The validated features, as the author wrote them. */
      collection: FeatureCollection;
      /** The SVG's `<title>`: the step's label and the map's. */
      title: string;
      /** The 0-based indices of the features true in the step, drawn in full; the others fade. */
      active: number[];
      /** The area the author chose, `[west, south, east, north]`; none: the features'. */
      bounds?: BBox;
      scale: AtlasScale;
      width: number;
      height: number;
    }
  | {
      /** The live map's ground (`map-<key>-ground.json`), see ground.ts. */
      kind: "ground";
      /** The box it covers, `groundBox` of the map's extent. */
      box: BBox;
      scale: AtlasScale;
    }
  | {
      /** The locator inset as its own document (`map-<key>-locator.svg`). */
      kind: "locator";
      extent: LocatorExtent;
    };

/** Scale of the locator's outlines: coarse, for a small picture. */
const locatorScale = "110m";

/** Locators by extent and size, and grounds by box and scale: drawn once per process. */
const rememberLocator = rememberer<string>(500);
const rememberGround = rememberer<string>(500);

/**
 * The locator of `extent`, at the size of the static map's inset (132 × 99), which is also its
 * own document's: one drawing serves both.
 */
function locatorOf(extent: LocatorExtent): string {
  return rememberLocator(JSON.stringify(extent), () =>
    renderLocatorOf(extent, { countries: countries(locatorScale), ...locatorInsetSize }),
  );
}

/**
 * Draws one map file: returns its text (an SVG document, or the ground as JSON). Pure: the same
 * request gives the same text, in any thread.
 * @throws Error when an SVG would hold a character XML cannot carry (a bug: checks come first)
 */
export function drawMapFile(request: MapDrawingRequest): string {
  switch (request.kind) {
    case "static":
      return renderStaticMap(request.collection, {
        countries: countries(request.scale),
        ...(request.locator ? { locator: locatorOf(request.locator) } : {}),
        title: request.title,
        ...(request.bounds ? { bounds: request.bounds } : {}),
        width: request.width,
        height: request.height,
      });
    case "step":
      return renderStepMap(request.collection, {
        countries: countries(request.scale),
        title: request.title,
        active: request.active,
        ...(request.bounds ? { bounds: request.bounds } : {}),
        width: request.width,
        height: request.height,
      });
    case "ground":
      return rememberGround(JSON.stringify([request.box, request.scale]), () =>
        JSON.stringify(renderGround(request.box, request.scale)),
      );
    case "locator":
      return locatorOf(request.extent);
  }
}
