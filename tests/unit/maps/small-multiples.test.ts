import type { FeatureCollection } from "geojson";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { MapTimeline } from "../../../src/maps/draw/timeline.ts";
import { countries } from "../../../src/maps/atlas.ts";
import { mapCacheParts } from "../../../src/maps/drawings.ts";
import { createMapFiles } from "../../../src/maps/files.ts";
import { drawMapFile, type MapDrawingRequest } from "../../../src/maps/map-drawing.ts";
import { renderStepMap } from "../../../src/maps/step-map.ts";
import { firstStaticMap, renderMapFigure } from "../../../src/maps/figure.ts";
import {
  queueSmallMultiples,
  renderSmallMultiples,
  stepDescription,
  stepDrawings,
} from "../../../src/maps/small-multiples.ts";
import { openStreetMapTiles } from "../../../src/site.ts";

const point = (title: string, coordinates: [number, number]) => ({
  type: "Feature" as const,
  properties: { title },
  geometry: { type: "Point" as const, coordinates },
});

/** Basra in three features: one without a date, two dated. */
const collection: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    point("Basra Palace", [47.84, 30.54]),
    point("Zubair-1 pipeline bombed", [47.78, 30.43]),
    point(`Hayaniyah <b>held</b> & "cleared"`, [47.745, 30.497]),
  ],
};

const timeline: MapTimeline = {
  steps: [
    { id: "2008-03-26", label: "Wednesday 26 March", datetime: "2008-03-26" },
    { id: "2008-03-27", label: "Thursday 27 March", datetime: "2008-03-27" },
    { id: "2008-03-28", label: `Day <3 & "after"`, datetime: "2008-03-28/2008-03-30" },
  ],
  active: [null, [1], [1, 2]],
};

describe("stepDescription", () => {
  it.each([
    [0, "Wednesday 26 March: nothing dated. Other dates in grey outline."],
    [1, `Thursday 27 March: Zubair-1 pipeline bombed (2); Hayaniyah <b>held</b> & "cleared" (3).`],
    [2, `Day <3 & "after": Hayaniyah <b>held</b> & "cleared" (3). Other dates in grey outline.`],
  ])("says what step %i shows: its date, its dated features with their numbers", (step, text) => {
    expect(stepDescription(collection, timeline, step)).toBe(text);
  });
});

describe("stepDrawings", () => {
  const { files, multiples } = stepDrawings("map-12", { collection, timeline });

  it("names one file per step from the map's name and the step's id", () => {
    expect(files.map((file) => file.name)).toEqual([
      "map-12-2008-03-26.svg",
      "map-12-2008-03-27.svg",
      "map-12-2008-03-28.svg",
    ]);
    expect(multiples.panels.map((panel) => panel.src)).toEqual(files.map((file) => file.name));
  });

  it("asks each panel for the features true in its step, and the same map otherwise", () => {
    expect(files.map(({ request }) => request.kind === "step" && request.active)).toEqual([
      [0],
      [0, 1, 2],
      [0, 2],
    ]);
    const shared = files.map(({ request }) =>
      JSON.stringify({ ...request, active: undefined, title: undefined }),
    );
    expect(new Set(shared).size).toBe(1);
    expect(files[0]?.request).toMatchObject({ scale: "50m", width: 240, height: 160 });
  });

  it("passes the author's bounds to every panel", () => {
    const bounds: [number, number, number, number] = [47.5, 30.2, 48.1, 30.8];
    const bounded = stepDrawings("map-3", { collection, timeline, bounds });
    for (const { request } of bounded.files) expect(request).toMatchObject({ bounds });
  });
});

describe("a panel's drawing request", () => {
  const { files } = stepDrawings("map-12", { collection, timeline });
  const [first, second] = files.map((file) => file.request) as [
    MapDrawingRequest,
    MapDrawingRequest,
  ];

  it("draws the panel its step asks for, with the step's features in full", () => {
    expect(drawMapFile(second)).toBe(
      renderStepMap(collection, {
        countries: countries("50m"),
        title: `Map. ${stepDescription(collection, timeline, 1)}`,
        active: [0, 1, 2],
      }),
    );
  });

  it("is kept in the build cache under its own key: steps differ by their features and title", () => {
    expect(JSON.stringify(mapCacheParts(first))).not.toBe(JSON.stringify(mapCacheParts(second)));
  });
});

describe("queueSmallMultiples", () => {
  it("queues each panel beside the page, drawn through the map files", async () => {
    const files = createMapFiles();
    const page = "/site/posts/basra/index.html";
    queueSmallMultiples(files, page, "map-12", { collection, timeline });
    expect(files.drawingsBeside(page).map((drawing) => drawing.name)).toEqual([
      "map-12-2008-03-26.svg",
      "map-12-2008-03-27.svg",
      "map-12-2008-03-28.svg",
    ]);
    expect(await files.get(page, "map-12-2008-03-27.svg")).toMatch(/^<svg /);
  });
});

describe("renderSmallMultiples", () => {
  const { multiples } = stepDrawings("map-12", { collection, timeline });
  const html = renderSmallMultiples(multiples);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const items = [...document.querySelectorAll(".dispatch-map__panels > li")];

  it("lists one panel per step, each labelled with its date in a <time>", () => {
    expect(
      items.map((item) => {
        const time = item.querySelector("time");
        return [time?.getAttribute("datetime"), time?.textContent];
      }),
    ).toEqual([
      ["2008-03-26", "Wednesday 26 March"],
      ["2008-03-27", "Thursday 27 March"],
      ["2008-03-28/2008-03-30", `Day <3 & "after"`],
    ]);
  });

  it("gives each image its file, size and a text alternative naming the step", () => {
    expect(
      items.map((item) => {
        const image = item.querySelector("img");
        return [
          image?.getAttribute("src"),
          image?.getAttribute("width"),
          image?.getAttribute("alt"),
        ];
      }),
    ).toEqual([
      [
        "map-12-2008-03-26.svg",
        "240",
        "Wednesday 26 March: nothing dated. Other dates in grey outline.",
      ],
      [
        "map-12-2008-03-27.svg",
        "240",
        `Thursday 27 March: Zubair-1 pipeline bombed (2); Hayaniyah <b>held</b> & "cleared" (3).`,
      ],
      [
        "map-12-2008-03-28.svg",
        "240",
        `Day <3 & "after": Hayaniyah <b>held</b> & "cleared" (3). Other dates in grey outline.`,
      ],
    ]);
  });

  it("escapes every label and text alternative", () => {
    expect(html).not.toContain("<b>");
    expect(html).toContain("Day &lt;3 &amp; &quot;after&quot;");
    expect(document.querySelectorAll("b, script")).toHaveLength(0);
  });

  it("says once how to read the panels, with the outlines' credit", () => {
    expect(document.querySelector(".dispatch-map__panels-note")?.textContent).toBe(
      "Each map shows what was true at its date in full, numbered, and the rest in grey outline, all at the same scale. Boundaries: Natural Earth.",
    );
  });
});

describe("a dated map's figure", () => {
  const { multiples } = stepDrawings("map-12", { collection, timeline });
  const html = renderMapFigure(collection, {
    id: "map-basra-12",
    tiles: openStreetMapTiles,
    options: { caption: "Basra, 26–28 March 2008." },
    staticMap: { src: "map-12.svg", width: 720, height: 420 },
    timeline,
    smallMultiples: multiples,
  });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);

  it("holds the panels after its static map, which is hidden and kept for share images", () => {
    const figure = document.querySelector("figure.dispatch-map");
    expect([...(figure?.children ?? [])].slice(0, 2).map((child) => child.className)).toEqual([
      "dispatch-map__static dispatch-map__static--dated",
      "dispatch-map__small-multiples",
    ]);
    expect(document.querySelector(".dispatch-map__static")?.hasAttribute("hidden")).toBe(true);
    expect(firstStaticMap(html)).toEqual({
      src: "map-12.svg",
      width: 720,
      height: 420,
      alt: "Map. Basra, 26–28 March 2008. The numbered places are described in the list below the map.",
      caption: "Basra, 26–28 March 2008.",
    });
  });

  it("shows its static map as before when it has no small multiples", () => {
    const plain = renderMapFigure(collection, {
      id: "map-basra-12",
      tiles: openStreetMapTiles,
      staticMap: { src: "map-12.svg", width: 720, height: 420 },
    });
    expect(plain).toContain('<img class="dispatch-map__static" src="map-12.svg"');
    expect(plain).not.toContain("dispatch-map__small-multiples");
  });
});
