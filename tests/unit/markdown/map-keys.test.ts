import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { MapDataError } from "../../../src/errors.ts";
import { createMarkdown } from "../../../src/markdown/index.ts";
import { isGeojsonFence } from "../../../src/markdown/map-keys.ts";
import { openStreetMapTiles } from "../../../src/site.ts";

const md = createMarkdown({ tiles: openStreetMapTiles });

/** A ` ```geojson ` block of one point, with `id` when given. */
const block = (id?: string) =>
  [
    "```geojson",
    JSON.stringify({
      type: "FeatureCollection",
      ...(id ? { id } : {}),
      features: [
        {
          type: "Feature",
          properties: { title: "Centre" },
          geometry: { type: "Point", coordinates: [47.81, 30.515] },
        },
      ],
    }),
    "```",
  ].join("\n");

/** The ids of the map figures of a rendered body, in order. */
const figureIds = (body: string) =>
  [
    ...parseHTML(
      `<body>${md.render(body, { page: { fileSlug: "basra" } })}</body>`,
    ).document.querySelectorAll("figure[data-dispatch-map]"),
  ].map((figure) => figure.id);

describe("each map's key in its page", () => {
  it.each<[string, string, string[]]>([
    ["one map", `Text.\n\n${block()}\n`, ["map-basra-1"]],
    [
      "three maps",
      `${block()}\n\nA.\n\n${block()}\n\n${block()}\n`,
      ["map-basra-1", "map-basra-2", "map-basra-3"],
    ],
    [
      "an id among ordinals",
      `${block()}\n\n${block("eight-days")}\n\n${block()}\n`,
      ["map-basra-1", "map-basra-eight-days", "map-basra-3"],
    ],
    [
      "a map in a list",
      `- item\n\n  ${block().replace(/\n/g, "\n  ")}\n\n${block()}\n`,
      ["map-basra-1", "map-basra-2"],
    ],
  ])("%s", (_, body, ids) => {
    expect(figureIds(body)).toEqual(ids);
  });

  it("does not change when text is added above or between the maps", () => {
    const before = figureIds(`${block()}\n\n${block("eight-days")}\n`);
    const after = figureIds(
      `New paragraph.\n\nAnother.\n\n${block()}\n\nMore.\n\n${block("eight-days")}\n`,
    );
    expect(after).toEqual(before);
  });

  it("is the same when the same body is rendered again", () => {
    const body = `${block()}\n\n${block()}\n`;
    expect(figureIds(body)).toEqual(figureIds(body));
  });

  it("stops at two maps with one id, naming both lines", () => {
    const body = `${block("port")}\n\nText.\n\n${block("port")}\n`;
    let error: unknown;
    try {
      md.render(body, { page: { fileSlug: "basra" } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MapDataError);
    expect((error as MapDataError).problems).toEqual([
      {
        file: "(unknown file)",
        line: 7,
        message: 'map id "port" is already the id of the map at line 1',
        fix: "give each map of a post its own id",
      },
    ]);
  });
});

describe("headings beside maps", () => {
  it.each<[string, string, string[]]>([
    [
      "a map's id",
      `## Map basra eight days\n\n${block("eight-days")}\n`,
      ["map-basra-eight-days-1"],
    ],
    ["a map's ordinal", `## Map basra 1\n\n${block()}\n`, ["section-map-basra-1"]],
    [
      "no map of that id",
      `## Map basra eight days\n\n${block("port")}\n`,
      ["map-basra-eight-days"],
    ],
  ])("never take the id of a map's figure: %s", (_, body, ids) => {
    const { document } = parseHTML(
      `<body>${md.render(body, { page: { fileSlug: "basra" } })}</body>`,
    );
    expect([...document.querySelectorAll("h2")].map((heading) => heading.id)).toEqual(ids);
    expect(document.querySelectorAll("[id]").length).toBe(
      new Set([...document.querySelectorAll("[id]")].map((element) => element.id)).size,
    );
  });
});

describe("isGeojsonFence", () => {
  it.each([
    ["geojson", true],
    ["GeoJSON {.wide}", true],
    ["json", false],
    ["", false],
  ])("%j: %s", (info, expected) => {
    expect(isGeojsonFence(info)).toBe(expected);
  });
});
