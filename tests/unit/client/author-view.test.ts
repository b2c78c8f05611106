import { describe, expect, it } from "vitest";
import { readAuthorView } from "../../../src/client/author-view.ts";

describe("readAuthorView", () => {
  it.each([
    [
      "turns a centre and zoom into Leaflet's [latitude, longitude]",
      '{"center": [47.81, 30.515], "zoom": 11}',
      { center: [30.515, 47.81], zoom: 11 },
    ],
    [
      "turns bounds into the south-west and north-east corners",
      '{"bounds": [47.58, 30.33, 47.92, 30.6]}',
      {
        bounds: [
          [30.33, 47.58],
          [30.6, 47.92],
        ],
      },
    ],
    [
      "prefers a centre and zoom to bounds",
      '{"center": [47.81, 30.515], "zoom": 0, "bounds": [47.58, 30.33, 47.92, 30.6]}',
      { center: [30.515, 47.81], zoom: 0 },
    ],
    [
      "fits the features to bounds when a centre has no zoom",
      '{"center": [47.81, 30.515], "bounds": [47.58, 30.33, 47.92, 30.6]}',
      {
        bounds: [
          [30.33, 47.58],
          [30.6, 47.92],
        ],
      },
    ],
    ["fits the features when the author chose no view", "{}", undefined],
    ["fits the features when the canvas has no data-view", undefined, undefined],
  ])("%s", (_, json, view) => {
    expect(readAuthorView(json)).toEqual(view);
  });
});
