import { describe, expect, it } from "vitest";
import {
  firstStepOf,
  isActiveIn,
  stepAnchor,
  stepFromFragment,
  type MapTimeline,
} from "../../../../src/maps/draw/timeline.ts";

const timeline: MapTimeline = {
  steps: [
    { id: "2008-03-24", label: "Monday 24 March", datetime: "2008-03-24" },
    { id: "2008-03-25", label: "Tuesday 25 March", datetime: "2008-03-25" },
    { id: "2008-03-25-2", label: "That night", datetime: "2008-03-25T22:00" },
  ],
  active: [[0], [1, 2], null],
};

describe("isActiveIn and firstStepOf", () => {
  it.each([
    [0, 0, true, 0],
    [0, 1, false, 0],
    [1, 2, true, 1],
    [2, 1, true, undefined],
  ])("feature %i in step %i: %s (listed under %s)", (feature, step, active, first) => {
    expect(isActiveIn(timeline, feature, step)).toBe(active);
    expect(firstStepOf(timeline, feature)).toBe(first);
  });
});

describe("stepFromFragment", () => {
  it.each([
    ["#map-basra-12-2008-03-25", 1],
    ["map-basra-12-2008-03-25-2", 2],
    ["#map-basra-12-2008-03-24", 0],
    ["#map-other-12-2008-03-24", undefined],
    ["#map-basra-12-2008-03-26", undefined],
    ["#%E0%A4%A", undefined],
  ])("reads %s as step %s", (fragment, step) => {
    expect(stepFromFragment(timeline, "map-basra-12", fragment)).toBe(step);
  });
  it("reads back every anchor it makes", () => {
    timeline.steps.forEach((step, index) => {
      expect(stepFromFragment(timeline, "map-x-3", `#${stepAnchor("map-x-3", step)}`)).toBe(index);
    });
  });
});
