/**
 * Finds a feature whose positions were written `[latitude, longitude]` although both numbers are
 * valid as written, by comparing it with the area of the other features.
 */
import type { Feature, Position } from "geojson";
import { bbox, insideBox, unionBox, type BBox } from "./bbox.ts";
import { eachPosition } from "./draw/positions.ts";
import { featureLabel, formatPosition, type MapProblem } from "./map-problem.ts";

/** For each feature, the box of all the other features: from boxes before and after it, O(n). */
function othersBoxes(features: readonly Feature[]): (BBox | undefined)[] {
  const boxes = features.map((feature) => bbox([feature]));
  const before: (BBox | undefined)[] = [undefined];
  for (const box of boxes) before.push(unionBox(before[before.length - 1], box));
  const after: (BBox | undefined)[] = Array.from({ length: boxes.length + 1 }, () => undefined);
  for (let index = boxes.length - 1; index >= 0; index--)
    after[index] = unionBox(after[index + 1], boxes[index]);
  return boxes.map((_, index) => unionBox(before[index], after[index + 1]));
}

/**
 * Finds features whose positions were written `[latitude, longitude]` although both numbers are
 * valid as written: every position of the feature lies far outside the area of the other
 * features (their box widened by its size, at least 1°), and swapped, every one lies inside it.
 * Needs at least two other features; returns one problem per such feature.
 */
export function swappedFeatures(features: readonly Feature[]): MapProblem[] {
  if (features.length < 3) return [];
  const others = othersBoxes(features);
  const problems: MapProblem[] = [];
  features.forEach((feature, index) => {
    const box = others[index];
    if (!box || !feature.geometry) return;
    const pad = Math.max(1, box[2] - box[0], box[3] - box[1]);
    const area: BBox = [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad];
    const positions: Position[] = [];
    eachPosition(feature.geometry, (p) => positions.push(p));
    const looksSwapped =
      positions.length > 0 &&
      positions.every(
        (p) => !insideBox(area, p) && insideBox(area, [p[1] as number, p[0] as number]),
      );
    if (looksSwapped) {
      const first = positions[0] as number[];
      problems.push({
        path: ["features", index, "geometry", "coordinates"],
        message: `${featureLabel(index, feature)}: position ${formatPosition(first)} looks like [latitude, longitude]: it lies far from the other features, and swapped it lies among them; GeoJSON positions are [longitude, latitude]`,
        fix: `swap the two numbers of each position, e.g. write ${formatPosition([first[1] as number, first[0] as number])}`,
      });
    }
  });
  return problems;
}
