import { describe, expect, it } from "vitest";
import { circleOptions, pathOptions } from "../../../src/client/path-options.ts";
import { featureStyle } from "../../../src/maps/draw/style.ts";

describe("pathOptions", () => {
  it.each([
    [
      "an area in its own colours",
      { fill: "#b22222", "fill-opacity": 0.4, stroke: "#000", "stroke-width": 3 },
      {
        color: "#000000",
        weight: 3,
        opacity: 1,
        fillColor: "#b22222",
        fillOpacity: 0.4,
      },
    ],
    [
      "an approximate area dashed, its fill fainter",
      { approximate: true },
      {
        color: "#555555",
        weight: 2,
        opacity: 1,
        fillColor: "#555555",
        fillOpacity: 0.3,
        dashArray: "6 6",
      },
    ],
  ])("gives %s", (_, properties, options) => {
    expect(pathOptions(featureStyle(properties))).toEqual(options);
  });
});

describe("circleOptions", () => {
  it.each([
    [
      "an uncertainty circle in the marker colour with a faint fill",
      { "marker-color": "#b22222" },
      { color: "#b22222", weight: 1.5, fillColor: "#b22222", fillOpacity: 0.12 },
    ],
    [
      "an approximate point's circle dashed",
      { approximate: true },
      { color: "#7e7e7e", weight: 1.5, fillColor: "#7e7e7e", fillOpacity: 0.12, dashArray: "6 6" },
    ],
  ])("gives %s", (_, properties, options) => {
    expect(circleOptions(featureStyle(properties))).toEqual(options);
  });
});
