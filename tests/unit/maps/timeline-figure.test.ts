import type { FeatureCollection } from "geojson";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { MapTimeline } from "../../../src/maps/draw/timeline.ts";
import { renderMapFigure } from "../../../src/maps/figure.ts";
import {
  renderTimelineIsland,
  stepGroups,
  type StepGroups,
} from "../../../src/maps/timeline-figure.ts";
import { openStreetMapTiles } from "../../../src/site.ts";

const hostile = "</script><script>alert(1)</script>";

/** Four days; features: Basra (no when), curfew (24th), Hayyaniyah (25–27th), pipeline (27th). */
const timeline: MapTimeline = {
  steps: [
    { id: "2008-03-24", label: "Monday 24 March", datetime: "2008-03-24" },
    { id: "2008-03-25", label: "Tuesday 25 March", datetime: "2008-03-25" },
    { id: "2008-03-26", label: `Wednesday ${hostile}`, datetime: "2008-03-26" },
    { id: "2008-03-27", label: "The assault stalls", datetime: "2008-03-27/2008-03-28" },
  ],
  active: [null, [0], [1, 2, 3], [3]],
};

const point = (title: string, when?: string) => ({
  type: "Feature" as const,
  properties: { title, ...(when ? { when } : {}) },
  geometry: { type: "Point" as const, coordinates: [47.81, 30.515] },
});
const collection: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    point("Basra"),
    point("Curfew", "2008-03-24"),
    point("Hayyaniyah", "2008-03-25/2008-03-27"),
    point("Pipeline bombed", "2008-03-27"),
  ],
};

function render(withTimeline: boolean) {
  const html = renderMapFigure(collection, {
    id: "map-basra-12",
    tiles: openStreetMapTiles,
    ...(withTimeline ? { timeline } : {}),
  });
  return { html, document: parseHTML(`<!doctype html><html><body>${html}</body></html>`).document };
}

describe("stepGroups", () => {
  it.each<[string, MapTimeline, StepGroups]>([
    [
      "lists each feature under its first step, and names it in later steps it is true in",
      timeline,
      {
        throughout: [0],
        steps: [
          { first: [1], continuing: [] },
          { first: [2], continuing: [] },
          { first: [], continuing: [2] },
          { first: [3], continuing: [2] },
        ],
      },
    ],
    [
      "has no throughout group when every feature is dated",
      { steps: timeline.steps.slice(0, 2), active: [[1], [0, 1]] },
      {
        throughout: [],
        steps: [
          { first: [1], continuing: [] },
          { first: [0], continuing: [1] },
        ],
      },
    ],
  ])("%s", (_, input, expected) => {
    expect(stepGroups(input)).toEqual(expected);
  });
});

describe("renderTimelineIsland", () => {
  it("writes the timeline as JSON that no step label can close", () => {
    const html = renderTimelineIsland(timeline);
    expect(html).not.toContain("</script><script>");
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const island = document.querySelector('script[type="application/json"][data-map-timeline]');
    expect(JSON.parse(island?.textContent ?? "")).toEqual(timeline);
  });
});

describe("renderMapFigure with a timeline", () => {
  const { document, html } = render(true);
  const groups = [...document.querySelectorAll(".dispatch-map__list > .dispatch-map__step")];

  it("writes the data island beside the features", () => {
    expect(document.querySelectorAll("figure > script[data-map-timeline]")).toHaveLength(1);
    expect(html).not.toContain(hostile);
  });

  it("groups the list: throughout first, then every step's title with its anchor and time", () => {
    expect(
      groups.map((group) => {
        const title = group.querySelector(".dispatch-map__step-title");
        return [title?.id, title?.querySelector("time")?.getAttribute("datetime") ?? null];
      }),
    ).toEqual([
      ["map-basra-12-throughout", null],
      ["map-basra-12-2008-03-24", "2008-03-24"],
      ["map-basra-12-2008-03-25", "2008-03-25"],
      ["map-basra-12-2008-03-26", "2008-03-26"],
      ["map-basra-12-2008-03-27", "2008-03-27"],
    ]);
    expect(
      groups.map((group) => group.querySelector(".dispatch-map__step-title")?.textContent),
    ).toEqual([
      "Throughout",
      "Monday 24 March",
      "Tuesday 25 March",
      `Wednesday ${hostile}`,
      "The assault stalls",
    ]);
  });

  it("keeps each feature's number from the static map, in groups named by their titles", () => {
    expect(
      groups.map((group) =>
        [...group.querySelectorAll("li")].map((li) => [li.getAttribute("value"), li.id]),
      ),
    ).toEqual([
      [["1", "map-basra-12-feature-1"]],
      [["2", "map-basra-12-feature-2"]],
      [["3", "map-basra-12-feature-3"]],
      [],
      [["4", "map-basra-12-feature-4"]],
    ]);
    expect(
      groups.map((group) => [group.getAttribute("role"), group.getAttribute("aria-labelledby")]),
    ).toEqual([
      ["group", "map-basra-12-throughout"],
      ["group", "map-basra-12-2008-03-24"],
      ["group", "map-basra-12-2008-03-25"],
      ["group", "map-basra-12-2008-03-26"],
      ["group", "map-basra-12-2008-03-27"],
    ]);
    expect(groups.map((group) => group.querySelectorAll("ol").length)).toEqual([1, 1, 1, 0, 1]);
  });

  it("names the features still on the map from earlier steps, linked to their items", () => {
    expect(
      groups.map((group) => group.querySelector(".dispatch-map__step-note")?.textContent ?? null),
    ).toEqual([
      null,
      null,
      null,
      "Still on the map: Hayyaniyah (3).",
      "Still on the map: Hayyaniyah (3).",
    ]);
    expect(groups[3]?.querySelector(".dispatch-map__step-note a")?.getAttribute("href")).toBe(
      "#map-basra-12-feature-3",
    );
  });

  it.each<[string, MapTimeline["active"], string]>([
    [
      "only undated features are on the map",
      [null, [0], [0], [0]],
      "Only the places shown throughout.",
    ],
    ["nothing is on the map", [[0], [0], [0], [0]], "Nothing dated on the map."],
  ])("says so when a step adds and keeps nothing, and %s", (_, active, note) => {
    const sparse = renderMapFigure(collection, {
      id: "m",
      tiles: openStreetMapTiles,
      timeline: { steps: timeline.steps.slice(0, 2), active },
    });
    const { document: page } = parseHTML(`<!doctype html><html><body>${sparse}</body></html>`);
    expect(page.querySelector("#m-2008-03-25 + .dispatch-map__step-note")?.textContent).toBe(note);
  });
});

describe("renderMapFigure without a timeline", () => {
  it("writes one numbered list and no timeline, as before", () => {
    const { document } = render(false);
    expect(document.querySelector("script[data-map-timeline]")).toBeNull();
    expect(document.querySelectorAll(".dispatch-map__step")).toHaveLength(0);
    const lists = document.querySelectorAll(".dispatch-map__list > ol.dispatch-map__features");
    expect(lists).toHaveLength(1);
    expect([...document.querySelectorAll("li")].map((li) => li.getAttribute("value"))).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});
