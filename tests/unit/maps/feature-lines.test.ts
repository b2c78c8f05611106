import { describe, expect, it } from "vitest";
import { featureLineInJson } from "../../../src/maps/feature-lines.ts";

const collection = `{
  "type": "FeatureCollection",
  "features": [
    { "type": "Feature", "properties": { "title": "A" },
      "geometry": { "type": "Point", "coordinates": [47.8, 30.5] } },
    {
      "type": "Feature",
      "properties": { "title": "B" },
      "geometry": null
    }
  ]
}`;

describe("featureLineInJson", () => {
  it.each([
    ["the coordinates of a feature", collection, 0, 5],
    ["the feature itself when it has no coordinates", collection, 1, 6],
    ["a feature that is not there", collection, 5, 1],
    [
      "a lone Feature's coordinates",
      '{"type": "Feature",\n"properties": {},\n"geometry": {"type": "Point",\n"coordinates": [1, 2]}}',
      0,
      4,
    ],
    ["text that is not JSON", "not json", 0, 1],
  ])("finds %s", (_name, text, index, line) => {
    expect(featureLineInJson(text, index)).toBe(line);
  });
});
