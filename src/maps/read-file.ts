/**
 * Reads a map file beside a post (`{% map "route.gpx" %}`) within its size limit
 * ({@link mapLimits}), checked before the file is read, and as UTF-8 (see
 * `src/text/source-encoding.ts`).
 */
import { mapLimits } from "./simplify.ts";
import { readSourceText, type SourceText } from "../text/source-encoding.ts";

/**
 * Reads a map file as text.
 * @param absolute where it is
 * @param file its project-relative path, for messages
 * @param format what it holds: GeoJSON may be {@link mapLimits}`.maxGeoJsonBytes`, KML and GPX
 *   {@link mapLimits}`.maxXmlBytes`
 * @returns the text without a byte-order mark, or the problem (size, encoding) on its line
 */
export function readMapFile(
  absolute: string,
  file: string,
  format: "geojson" | "kml" | "gpx",
): SourceText {
  const limit = format === "geojson" ? mapLimits.maxGeoJsonBytes : mapLimits.maxXmlBytes;
  return readSourceText(
    absolute,
    file,
    limit,
    "a map file",
    `simplify it to at most ${mapLimits.simplifyAbove.toLocaleString("en-US")} positions before adding it (mapshaper's -simplify, or your GPS software's track filter)${format === "gpx" ? ", and leave out times and elevations the map does not show" : ""}`,
  );
}
