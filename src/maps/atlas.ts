/**
 * Country boundaries from Natural Earth, as packaged by `world-atlas` (TopoJSON), converted to
 * GeoJSON with `topojson-client`. Used for static maps, locator insets and the live map's vector
 * ground; no tile request.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { rememberer } from "../shared/memo.ts";

/** A country's outline; `name` is Natural Earth's English short name ("Iraq"). */
export type Countries = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

/** Natural Earth scales world-atlas ships: 1:10m (detailed), 1:50m, 1:110m (coarse). */
export type AtlasScale = "10m" | "50m" | "110m";

const require = createRequire(import.meta.url);

/** Each scale's topology, countries, land and borders, made once: three scales, four each. */
const rememberTopology = rememberer<Topology>(3);
const rememberCountries = rememberer<Countries>(3);
const rememberLand = rememberer<Polygon | MultiPolygon>(3);
const rememberBorders = rememberer<MultiLineString>(3);

/** The TopoJSON file of `scale`, read once per process. */
function topology(scale: AtlasScale): { topology: Topology; file: string } {
  const file = require.resolve(`world-atlas/countries-${scale}.json`);
  const loaded = rememberTopology(scale, () => JSON.parse(readFileSync(file, "utf8")) as Topology);
  return { topology: loaded, file };
}

/** One named object of the topology at `scale`; throws when the file lacks it. */
function object(scale: AtlasScale, name: "countries" | "land") {
  const { topology: loaded, file } = topology(scale);
  const found = loaded.objects[name];
  if (!found) throw new Error(`${file} has no ${name} object`);
  return { topology: loaded, object: found };
}

/** Returns the countries at `scale`, read once per process. */
export function countries(scale: AtlasScale): Countries {
  return rememberCountries(scale, () => {
    const found = object(scale, "countries");
    return feature(found.topology, found.object) as unknown as Countries;
  });
}

/**
 * Returns all land at `scale` as one geometry (Natural Earth's land, countries merged), exterior
 * rings clockwise as d3-geo reads them. Read once per process.
 */
export function land(scale: AtlasScale): Polygon | MultiPolygon {
  return rememberLand(scale, () => {
    const found = object(scale, "land") as { topology: Topology; object: GeometryCollection };
    const collection = feature(found.topology, found.object) as unknown as FeatureCollection<
      Polygon | MultiPolygon
    >;
    return {
      type: "MultiPolygon",
      coordinates: collection.features.flatMap((item) =>
        item.geometry.type === "Polygon" ? [item.geometry.coordinates] : item.geometry.coordinates,
      ),
    };
  });
}

/**
 * Returns the land borders at `scale`, each once (the arcs two countries share); coastlines are
 * the edges of {@link land}. Read once per process.
 */
export function borders(scale: AtlasScale): MultiLineString {
  return rememberBorders(scale, () => {
    const found = object(scale, "countries") as { topology: Topology; object: GeometryCollection };
    return mesh(found.topology, found.object, (a, b) => a !== b);
  });
}
