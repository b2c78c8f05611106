/**
 * The feature properties Dispatch reads, and the warnings for a style property it does not (a
 * misspelt `stroke-colour`, `fill_opacity`) and for a `marker-symbol` that names no Maki icon
 * (`"fual"`): both are ignored, so the author is told "did you mean" the nearest known name
 * (fastest-levenshtein).
 */
import { closest } from "fastest-levenshtein";
import type { FeatureCollection } from "geojson";
import { isLetterSymbol } from "./draw/marker.ts";
import { featureLabel, type MapProblem } from "./map-problem.ts";
import { isMakiName, nearestMakiName } from "./maki.ts";

/** Maki's list of icons, for the fix of an unknown `marker-symbol`. */
export const makiIconList = "https://labs.mapbox.com/maki-icons/";

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

/** A value for a message: JSON, cut to 40 characters so that a huge value cannot flood the log. */
function shortValue(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/**
 * Finds `marker-symbol` values that are neither one letter or digit nor a Maki icon name
 * (simplestyle-spec 1.1.0): the pin is drawn without a symbol, so the author is warned, with the
 * nearest Maki name. An empty (or blank) `marker-symbol` means no symbol and is not warned of; one that is
 * not text is an error (check-properties.ts). Returns one problem per such feature, in order.
 */
export function unknownMarkerSymbols(collection: FeatureCollection): MapProblem[] {
  const problems: MapProblem[] = [];
  collection.features.forEach((feature, index) => {
    const symbol = feature.properties?.["marker-symbol"];
    if (typeof symbol !== "string" || symbol.trim() === "" || isLetterSymbol(symbol)) return;
    if (isMakiName(symbol)) return;
    const nearest = nearestMakiName(symbol);
    problems.push({
      path: ["features", index, "properties", "marker-symbol"],
      message: `${featureLabel(index, feature)}: "marker-symbol" ${shortValue(symbol)} is not a Maki icon name, so the pin is drawn without an icon`,
      fix: nearest
        ? `did you mean "${nearest}"? Maki's icons: ${makiIconList}`
        : `choose a name from Maki's icons (${makiIconList}), or one letter or digit`,
    });
  });
  return problems;
}

/**
 * Every style warning of a map, in feature order: misspelt style keys ({@link unknownStyleKeys})
 * and unknown `marker-symbol` names ({@link unknownMarkerSymbols}).
 */
export function styleWarnings(collection: FeatureCollection): MapProblem[] {
  const feature = (problem: MapProblem) => Number(problem.path[1] ?? 0);
  return [...unknownStyleKeys(collection), ...unknownMarkerSymbols(collection)].sort(
    (a, b) => feature(a) - feature(b),
  );
}
