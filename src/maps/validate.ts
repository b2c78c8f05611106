/**
 * Validation of a post's map data: a GeoJSON FeatureCollection (RFC 7946,
 * https://www.rfc-editor.org/rfc/rfc7946) whose features carry Dispatch's properties and
 * simplestyle-spec styling. Pure: every problem comes back with the JSON path it is about. The
 * checks themselves: `check-geometry.ts`, `check-properties.ts`, `swapped-positions.ts`.
 */
import type { Feature, FeatureCollection } from "geojson";
import { controlCharactersIn, type ControlCharacterProblem } from "../text/control-characters.ts";
import { checkGeometry } from "./check-geometry.ts";
import { checkProperties } from "./check-properties.ts";
import {
  featureLabel,
  isRecord,
  problemList,
  type JsonPath,
  type MapProblem,
} from "./map-problem.ts";
import { swappedFeatures } from "./swapped-positions.ts";

/** A refused character in map data ({@link controlCharactersIn}) as a map problem. */
function mapCharacterProblem({ path, field, key, what, fix }: ControlCharacterProblem): MapProblem {
  return { path, message: `map data ${key ? "property name" : "value"} "${field}" ${what}`, fix };
}

/** Every problem of one feature (at `path`), each message naming it by number and title. */
function validateFeature(feature: unknown, index: number, path: JsonPath): MapProblem[] {
  const { problems, report } = problemList(featureLabel(index, feature));
  if (!isRecord(feature) || feature.type !== "Feature") {
    report(
      path,
      "is not a Feature",
      'write {"type": "Feature", "geometry": {...}, "properties": {...}}',
    );
    return problems;
  }
  checkGeometry(feature.geometry, [...path, "geometry"], report);
  checkProperties(
    feature.properties,
    [...path, "properties"],
    isRecord(feature.geometry) ? feature.geometry.type : undefined,
    report,
  );
  return problems;
}

/**
 * Validates map data as read from a ` ```geojson ` block.
 *
 * @param value the parsed JSON
 * @returns every problem found, each with its JSON path; an empty array means the data is a
 *   FeatureCollection (or a single Feature) Dispatch can draw. A string anywhere in it (a title, a
 *   caption, a property's name) holding a control character is reported alone, before the rest;
 *   a position written `[latitude, longitude]` among valid features, once the rest is valid.
 */
export function validateMapData(value: unknown): MapProblem[] {
  const characters = controlCharactersIn(value);
  if (characters.length > 0) return characters.map(mapCharacterProblem);
  if (!isRecord(value) || (value.type !== "FeatureCollection" && value.type !== "Feature")) {
    return [
      {
        path: isRecord(value) ? ["type"] : [],
        message: `map data must be a GeoJSON FeatureCollection, found ${isRecord(value) ? `type ${JSON.stringify(value.type)}` : JSON.stringify(value)}`,
        fix: 'write {"type": "FeatureCollection", "features": [...]}',
      },
    ];
  }
  if (value.type === "Feature") return validateFeature(value, 0, []);
  if (!Array.isArray(value.features) || value.features.length === 0) {
    return [
      {
        path: ["features"],
        message: "the FeatureCollection has no features",
        fix: 'add at least one feature to "features", or remove the map block',
      },
    ];
  }
  const problems = value.features.flatMap((feature, index) =>
    validateFeature(feature, index, ["features", index]),
  );
  return problems.length > 0 ? problems : swappedFeatures(value.features as Feature[]);
}

/**
 * Returns the map data as a FeatureCollection: a single Feature is wrapped in one. Call only on
 * data {@link validateMapData} found no problem in.
 */
export function asFeatureCollection(value: unknown): FeatureCollection {
  const record = value as Feature | FeatureCollection;
  return record.type === "Feature" ? { type: "FeatureCollection", features: [record] } : record;
}
