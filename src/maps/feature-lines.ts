/**
 * The line of a feature in GeoJSON text, for problems found after the text was read (the check of
 * a post's `location` against its maps): the text is parsed again with jsonc-parser only then.
 */
import { findNodeAtLocation, parseTree } from "jsonc-parser";
import { lineAtOffset } from "../shared/lines.ts";

/**
 * The 1-based line, within `text`, of the coordinates of feature `index` of a FeatureCollection
 * (or of a lone Feature's), else of the feature, else 1.
 * @param text GeoJSON (RFC 7946) as written in a block or file
 * @param index 0-based index of the feature in `features`
 */
export function featureLineInJson(text: string, index: number): number {
  const root = parseTree(text, [], { disallowComments: true });
  if (!root) return 1;
  const single = findNodeAtLocation(root, ["type"])?.value === "Feature";
  const feature = single ? [] : ["features", index];
  const node =
    findNodeAtLocation(root, [...feature, "geometry", "coordinates"]) ??
    findNodeAtLocation(root, feature);
  return node ? lineAtOffset(text, node.offset) : 1;
}
