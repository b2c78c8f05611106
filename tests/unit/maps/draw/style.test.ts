import { describe, expect, it } from "vitest";
import { featureStyle, normalizeColor } from "../../../../src/maps/draw/style.ts";

describe("featureStyle", () => {
  it("uses simplestyle-spec defaults for a feature with no styling", () => {
    expect(featureStyle({ title: "x" })).toEqual({
      color: "#555555",
      weight: 2,
      opacity: 1,
      fillColor: "#555555",
      fillOpacity: 0.6,
      markerColor: "#7e7e7e",
    });
  });

  it("reads simplestyle properties", () => {
    expect(
      featureStyle({
        stroke: "#8b1a1a",
        "stroke-width": 3,
        "stroke-opacity": 0.8,
        fill: "d9534f",
        "fill-opacity": 0.4,
        "marker-color": "#b22",
      }),
    ).toEqual({
      color: "#8b1a1a",
      weight: 3,
      opacity: 0.8,
      fillColor: "#d9534f",
      fillOpacity: 0.4,
      markerColor: "#bb2222",
    });
  });

  it("dashes an approximate feature and halves its fill opacity", () => {
    const style = featureStyle({ approximate: true, "fill-opacity": 0.4 });
    expect(style.dashArray).toBe("6 6");
    expect(style.fillOpacity).toBeCloseTo(0.2, 10);
  });

  it("treats null properties as defaults", () => {
    expect(featureStyle(null).color).toBe("#555555");
  });
});

describe("normalizeColor", () => {
  it.each([
    ["#abc", "#aabbcc"],
    ["ABC", "#aabbcc"],
    ["#B22222", "#b22222"],
  ])("%s becomes %s", (input, output) => {
    expect(normalizeColor(input)).toBe(output);
  });
});
