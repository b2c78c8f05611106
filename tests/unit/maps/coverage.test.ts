import { describe, expect, it } from "vitest";
import {
  coverageCollection,
  placeId,
  postsByPlace,
  type LocatedPost,
} from "../../../src/maps/coverage.ts";

const basra: [number, number] = [47.81, 30.515];
const post = (
  title: string,
  url: string | false,
  location?: { name: string; coordinates: [number, number] },
): LocatedPost => ({ url, date: new Date("2008-03-27T00:00:00Z"), data: { title, location } });

describe("placeId", () => {
  it.each([
    ["Basra", "place-basra"],
    ["Umm Qasr", "place-umm-qasr"],
    ["البصرة", "place-البصرة"],
  ])("%s → %s", (name, id) => {
    expect(placeId(name)).toBe(id);
  });
});

describe("coverageCollection", () => {
  it("gives a post alone at its position a pin linking to the post", () => {
    expect(
      coverageCollection([
        post("Umm Qasr port", "/posts/umm-qasr/", {
          name: "Umm Qasr",
          coordinates: [47.95, 30.03],
        }),
        post("No place", "/posts/nowhere/"),
        post("Unpublished", false, { name: "Basra", coordinates: basra }),
      ]),
    ).toEqual({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { title: "Umm Qasr port", description: "Umm Qasr", url: "/posts/umm-qasr/" },
          geometry: { type: "Point", coordinates: [47.95, 30.03] },
        },
      ],
    });
  });

  it("gives posts sharing a position one pin, linking to the place's list, so none is hidden", () => {
    const collection = coverageCollection([
      post("The timeline", "/posts/timeline/", { name: "Basra", coordinates: basra }),
      post("The battle", "/posts/battle/", { name: "Basra", coordinates: basra }),
      post("Umm Qasr port", "/posts/umm-qasr/", { name: "Umm Qasr", coordinates: [47.95, 30.03] }),
    ]);
    expect(collection.features.map((feature) => feature.properties)).toEqual([
      {
        title: "Basra",
        description: "2 analyses: The timeline · The battle",
        url: "/map/#place-basra",
      },
      { title: "Umm Qasr port", description: "Umm Qasr", url: "/posts/umm-qasr/" },
    ]);
    expect(collection.features[0]?.geometry.coordinates).toEqual(basra);
  });
});

describe("postsByPlace", () => {
  it("groups by place name, places in alphabetical order, each with its list id", () => {
    const groups = postsByPlace([
      post("The timeline", "/posts/timeline/", { name: "Basra", coordinates: basra }),
      post("Umm Qasr port", "/posts/umm-qasr/", { name: "Umm Qasr", coordinates: [47.95, 30.03] }),
      post("The battle", "/posts/battle/", { name: "Basra", coordinates: basra }),
    ]);
    expect(
      groups.map((group) => [group.place, group.id, group.posts.map((p) => p.data.title)]),
    ).toEqual([
      ["Basra", "place-basra", ["The timeline", "The battle"]],
      ["Umm Qasr", "place-umm-qasr", ["Umm Qasr port"]],
    ]);
  });
});
