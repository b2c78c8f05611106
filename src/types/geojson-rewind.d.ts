/** Types for `@mapbox/geojson-rewind`, which ships none. */
declare module "@mapbox/geojson-rewind" {
  import type { GeoJSON } from "geojson";
  /**
   * Rewinds polygon rings in place: with `clockwise` true, exterior rings clockwise (d3-geo's
   * order); false, counterclockwise (RFC 7946 §3.1.6). Returns its argument.
   */
  export default function rewind<T extends GeoJSON>(geojson: T, clockwise?: boolean): T;
}
