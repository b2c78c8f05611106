/**
 * The feature properties Dispatch reads, and the warning for a style property it does not (a
 * misspelt `stroke-colour`, `fill_opacity`), which is ignored: "did you mean" the nearest known
 * name (fastest-levenshtein).
 */
import { closest } from "fastest-levenshtein";
import type { FeatureCollection } from "geojson";
import { featureLabel, type MapProblem } from "./map-problem.ts";

/** Feature properties Dispatch reads: its own and simplestyle-spec 1.1.0's. */
export const knownProperties = [
  "title",
  "description",
  "source",
  "url",
  "category",
  "approximate",
  "uncertainty",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "fill",
  "fill-opacity",
  "marker-color",
  "marker-size",
  "marker-symbol",
] as const;

/**
 * The known property an unknown style key most likely meant: a colour key of the same part
 * (`stroke-colour` → `stroke`, `marker_colour` → `marker-color`), else the nearest name by edit
 * distance among keys of the same part (`fill_opacity` → `fill-opacity`), else among all.
 */
export function nearestStyleKey(key: string): string {
  const normalized = key.toLowerCase().replace(/_/g, "-").replace("colour", "color");
  const part = normalized.split("-")[0] ?? "";
  const colorKeys: Record<string, string> = {
    stroke: "stroke",
    fill: "fill",
    marker: "marker-color",
  };
  if (normalized.includes("color") && colorKeys[part]) return colorKeys[part];
  const samePart = knownProperties.filter((known) => known.split("-")[0] === part);
  return closest(normalized, samePart.length > 0 ? samePart : [...knownProperties]);
}

/**
 * Finds style properties Dispatch does not know but that look like simplestyle (a misspelt
 * `stroke-colour`, `fill_opacity`): they are ignored, so the author is warned, with the nearest
 * known name. Returns one problem per such property, in feature order.
 */
export function unknownStyleKeys(collection: FeatureCollection): MapProblem[] {
  const problems: MapProblem[] = [];
  collection.features.forEach((feature, index) => {
    for (const key of Object.keys(feature.properties ?? {})) {
      if ((knownProperties as readonly string[]).includes(key)) continue;
      if (!/^(stroke|fill|marker)|colou?r|opacity|width/i.test(key)) continue;
      const nearest = nearestStyleKey(key);
      problems.push({
        path: ["features", index, "properties", key],
        message: `${featureLabel(index, feature)}: "${key}" is not a simplestyle property and is ignored`,
        fix: `did you mean "${nearest}"?`,
      });
    }
  });
  return problems;
}
