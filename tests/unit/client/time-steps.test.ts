import { describe, expect, it } from "vitest";
import { featuresInStep, placesShown, stepBy } from "../../../src/client/time-steps.ts";
import type { MapTimeline } from "../../../src/maps/draw/timeline.ts";

/** Three days; features: Basra (no when), curfew (24th), Hayyaniyah (25–26th), pipeline (26th). */
const timeline: MapTimeline = {
  steps: [
    { id: "2008-03-24", label: "Monday 24 March", datetime: "2008-03-24" },
    { id: "2008-03-25", label: "Tuesday 25 March", datetime: "2008-03-25" },
    { id: "2008-03-26", label: "Wednesday 26 March", datetime: "2008-03-26" },
  ],
  active: [null, [0], [1, 2], [2]],
};

describe("featuresInStep", () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 2]],
    [2, [0, 2, 3]],
  ])("step %i shows features %j (undated ones in every step)", (step, features) => {
    expect(featuresInStep(timeline, step)).toEqual(features);
  });
});

describe("placesShown", () => {
  it.each<[string, MapTimeline, number, string]>([
    ["counts the places a step shows of all", timeline, 2, "3 of 4 places on the map"],
    [
      "counts one place in the singular",
      { steps: timeline.steps, active: [[1]] },
      1,
      "1 of 1 place on the map",
    ],
    [
      "counts no place shown",
      { steps: timeline.steps, active: [[1], [1]] },
      0,
      "0 of 2 places on the map",
    ],
  ])("%s", (_, input, step, text) => {
    expect(placesShown(input, step)).toBe(text);
  });
});

describe("stepBy", () => {
  it.each([
    [0, 1, 1],
    [1, -1, 0],
    [0, -1, 0],
    [2, 1, 2],
    [1, 5, 2],
  ])("from step %i by %i goes to step %i of three", (step, by, expected) => {
    expect(stepBy(step, by, 3)).toBe(expected);
  });
});
