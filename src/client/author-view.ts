/** The view an author chose for a map (`zoom` and `center`, or `bounds`), as the build wrote it. */

/**
 * The author's view in Leaflet's order, `[latitude, longitude]`: a centre and zoom, the bounds'
 * south-west and north-east corners, or undefined for a view that fits the features.
 */
export type AuthorView =
  | { center: [number, number]; zoom: number }
  | { bounds: [[number, number], [number, number]] }
  | undefined;

/**
 * Reads the canvas's `data-view` (JSON of the map options `zoom`, `center` `[longitude,
 * latitude]` and `bounds` `[west, south, east, north]`, degrees): a centre and zoom win over
 * bounds; with neither, the view fits the features.
 */
export function readAuthorView(json: string | undefined): AuthorView {
  const view = JSON.parse(json ?? "{}") as {
    zoom?: number;
    center?: [number, number];
    bounds?: [number, number, number, number];
  };
  if (view.center && view.zoom !== undefined) {
    return { center: [view.center[1], view.center[0]], zoom: view.zoom };
  }
  if (!view.bounds) return undefined;
  const [west, south, east, north] = view.bounds;
  return {
    bounds: [
      [south, west],
      [north, east],
    ],
  };
}
