/** Walking a GeoJSON geometry's positions; shared by the build and the browser's map. */
import type { Geometry, Position } from "geojson";

/** Calls `visit` on every position of a valid geometry. */
export function eachPosition(geometry: Geometry, visit: (position: Position) => void): void {
  switch (geometry.type) {
    case "Point":
      visit(geometry.coordinates);
      break;
    case "MultiPoint":
    case "LineString":
      geometry.coordinates.forEach(visit);
      break;
    case "MultiLineString":
    case "Polygon":
      geometry.coordinates.forEach((line) => line.forEach(visit));
      break;
    case "MultiPolygon":
      geometry.coordinates.forEach((polygon) => polygon.forEach((ring) => ring.forEach(visit)));
      break;
    case "GeometryCollection":
      geometry.geometries.forEach((g) => eachPosition(g, visit));
      break;
  }
}
