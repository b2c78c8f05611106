import { describe, expect, it } from "vitest";
import { renderMapFigure } from "../../../src/maps/figure.ts";
import {
  chooseShareSource,
  isLocalRaster,
  mapAlt,
  shareImageOutput,
  shareImagePath,
} from "../../../src/share/share-source.ts";
import { site } from "../../../src/site.ts";
import type { FeatureCollection } from "geojson";

const collection: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { title: "Pipeline" },
      geometry: { type: "Point", coordinates: [47.78, 30.43] },
    },
    {
      type: "Feature",
      properties: { title: "Basra" },
      geometry: { type: "Point", coordinates: [47.81, 30.51] },
    },
  ],
};

/** A map figure as the maps plugin writes it, with its static image. */
function figure(src: string, options: { caption?: string; credit?: string } = {}): string {
  return renderMapFigure(collection, {
    id: `map-${src}`,
    tiles: site.tiles,
    options,
    staticMap: { src, width: 720, height: 420 },
  });
}

describe("isLocalRaster", () => {
  it.each([
    ["lead.jpg", true],
    ["lead.JPEG", true],
    ["photo.png", true],
    ["photo.webp", true],
    ["photo.avif", true],
    ["anim.gif", true],
    ["diagram.svg", false],
    ["Diagram.SVG", false],
    ["https://example.org/lead.jpg", false],
    ["/assets/lead.jpg", false],
    ["data:image/png;base64,AAAA", false],
    ["lead", false],
    ["report.pdf", false],
  ])("%j → %s", (src, expected) => {
    expect(isLocalRaster(src)).toBe(expected);
  });
});

describe("mapAlt", () => {
  it.each([
    ["Basra, 25–31 March", "Title", "Map: Basra, 25–31 March"],
    ["", "Where the pipeline was hit", "Map: Where the pipeline was hit"],
    ["Map: Pipeline and Basra", "Title", "Map: Pipeline and Basra"],
    ["Mapping the militias", "Title", "Map: Mapping the militias"],
  ])("%j, %j → %j", (caption, title, expected) => {
    expect(mapAlt(caption, title)).toBe(expected);
  });
});

describe("chooseShareSource", () => {
  const map = figure("map-21.svg", { caption: "The pipeline" });
  it.each([
    [
      "a raster lead image",
      { title: "T", image: { src: "lead.jpg", alt: "Smoke" }, html: map },
      { kind: "lead", src: "lead.jpg", alt: "Smoke" },
    ],
    [
      "a decorative lead image (empty alt): the title",
      { title: "T", image: { src: "lead.jpg", alt: "" } },
      { kind: "lead", src: "lead.jpg", alt: "T" },
    ],
    [
      "an SVG lead image and a map: the map",
      { title: "T", image: { src: "plan.svg", alt: "Plan" }, html: map },
      { kind: "map", src: "map-21.svg", alt: "Map: The pipeline" },
    ],
    [
      "a remote lead image and no map: the card",
      { title: "T", image: { src: "https://example.org/a.jpg", alt: "A" } },
      { kind: "card", alt: "T" },
    ],
    [
      "a map only",
      { title: "T", html: map },
      { kind: "map", src: "map-21.svg", alt: "Map: The pipeline" },
    ],
    [
      "nothing: the card, its alt the title cleaned",
      { title: " Basra\u0007 & co " },
      { kind: "card", alt: "Basra & co" },
    ],
  ])("%s", (_name, post, expected) => {
    expect(chooseShareSource(post)).toEqual(expected);
  });
});

describe("shareImagePath and shareImageOutput", () => {
  it.each([
    [
      "/posts/basra/",
      "_site/posts/basra/index.html",
      "/posts/basra/share.png",
      "_site/posts/basra/share.png",
    ],
    [
      "/posts/البصرة/",
      "_site/posts/البصرة/index.html",
      "/posts/البصرة/share.png",
      "_site/posts/البصرة/share.png",
    ],
    ["/notes/x.html", "_site/notes/x.html", "/notes/x-share.png", "_site/notes/x-share.png"],
  ])("%s → %s", (url, outputPath, expectedPath, expectedOutput) => {
    expect([shareImagePath(url), shareImageOutput(outputPath, url)]).toEqual([
      expectedPath,
      expectedOutput,
    ]);
  });
});
