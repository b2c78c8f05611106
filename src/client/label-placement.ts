/**
 * Where a map label goes so that it covers no pin, badge or other label: beside the feature's
 * number badge, below it first, then above, right and left; nowhere when every place is taken.
 * Pure geometry in screen pixels, so it is tested without a browser.
 */

/** A rectangle in pixels, edges measured from the map container's top left. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** True when two boxes overlap (touching edges do not). */
export function intersects(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Options of {@link placeLabel}. */
export interface LabelPlacementOptions {
  /**
   * Distance in pixels from the anchor to the nearest edge of the label: the badge's radius
   * and a gap.
   * @default 12
   */
  clearance?: number;
}

/**
 * Returns the offset, `[dx, dy]` in pixels, of a label's centre from `anchor` (`[x, y]`, the
 * badge's centre) for a label of `size` (`[width, height]`) that meets none of `obstacles`:
 * the first free place of below, above, right and left of the badge; undefined when all four
 * are taken, and the label is then hidden.
 */
export function placeLabel(
  anchor: readonly [number, number],
  size: readonly [number, number],
  obstacles: readonly Box[],
  options: LabelPlacementOptions = {},
): [number, number] | undefined {
  const clearance = options.clearance ?? 12;
  const [width, height] = size;
  const candidates: [number, number][] = [
    [0, clearance + height / 2],
    [0, -(clearance + height / 2)],
    [clearance + width / 2, 0],
    [-(clearance + width / 2), 0],
  ];
  return candidates.find(([dx, dy]) => {
    const x = anchor[0] + dx;
    const y = anchor[1] + dy;
    const box = {
      left: x - width / 2,
      right: x + width / 2,
      top: y - height / 2,
      bottom: y + height / 2,
    };
    return !obstacles.some((obstacle) => intersects(box, obstacle));
  });
}
