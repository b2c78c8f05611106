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

describe("place ids of places whose names share a slug", () => {
  const at = (name: string, coordinates: [number, number], day: string, title = name) => ({
    url: `/posts/${encodeURIComponent(title)}/`,
    date: new Date(`${day}T00:00:00Z`),
    data: { title, location: { name, coordinates } },
  });
  it.each([
    [
      "names differing in case",
      [at("Mosul", [43.13, 36.34], "2008-03-01"), at("mosul", [43.2, 36.4], "2008-04-01")],
      [
        ["mosul", "place-mosul_36-4n_43-2e", "36.4° N, 43.2° E"],
        ["Mosul", "place-mosul", "36.34° N, 43.13° E"],
      ],
    ],
    [
      "names differing in accents kept apart by their slugs",
      [at("Café", [2.35, 48.85], "2008-03-01"), at("Cafe", [-0.12, 51.5], "2008-04-01")],
      [
        ["Cafe", "place-cafe", undefined],
        ["Café", "place-café", undefined],
      ],
    ],
    [
      "Arabic names with and without vowel marks",
      [at("البَصرة", [47.81, 30.515], "2008-03-02"), at("البصرة", [47.8, 30.5], "2008-03-01")],
      [
        ["البصرة", "place-البصرة", "30.5° N, 47.8° E"],
        ["البَصرة", "place-البصرة_30-515n_47-81e", "30.515° N, 47.81° E"],
      ],
    ],
    [
      "punctuation-only names, each with its own hash",
      [at("!!!", [10, 10], "2008-03-01"), at("???", [11, 11], "2008-03-01")],
      [
        ["!!!", "place-place-ckr8de", undefined],
        ["???", "place-place-yciw7o", undefined],
      ],
    ],
    [
      "southern and western positions",
      [at("San José", [-84.09, 9.93], "2008-03-01"), at("san josé", [-56.7, -34.34], "2009-01-01")],
      [
        ["san josé", "place-san-josé_34-34s_56-7w", "34.34° S, 56.7° W"],
        ["San José", "place-san-josé", "9.93° N, 84.09° W"],
      ],
    ],
  ])("%s", (_case, posts, expected) => {
    const groups = postsByPlace(posts);
    expect(groups.map((group) => [group.place, group.id, group.where])).toEqual(expected);
    // Given in the other order, every place keeps its id.
    const reversed = postsByPlace([...posts].reverse());
    expect(reversed.map((group) => group.id)).toEqual(groups.map((group) => group.id));
    expect(new Set(groups.map((group) => group.id)).size).toBe(groups.length);
  });

  it("makes one place of names differing only in case at one position, its pin linking to it", () => {
    const posts = [
      at("Mosul", [43.13, 36.34], "2008-03-01", "First"),
      at("mosul", [43.13, 36.34], "2008-04-01", "Second"),
      at("MOSUL", [43.2, 36.4], "2008-05-01", "Third"),
    ];
    expect(postsByPlace(posts).map((group) => [group.place, group.id])).toEqual([
      ["MOSUL", "place-mosul_36-4n_43-2e"],
      ["Mosul / mosul", "place-mosul"],
    ]);
    expect(coverageCollection(posts).features.map((feature) => feature.properties?.url)).toEqual([
      "/map/#place-mosul",
      "/posts/Third/",
    ]);
  });
});
