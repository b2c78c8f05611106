import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { FeatureCollection } from "geojson";
import { describe, expect, inject, it } from "vitest";
import { buildSite, projectRoot, readPage } from "../helpers/build-site.ts";

/** The static map file the Basra page shows. */
function staticMapOf(output: string): string {
  const src = readPage(output, "/posts/continuing-battle-for-the-south-basra/")
    .querySelector("img.dispatch-map__static")
    ?.getAttribute("src");
  if (!src) throw new Error("the Basra page has no static map");
  return src;
}

const site = buildSite({ posts: path.join(projectRoot, "tests/fixtures/posts/maps") });

function islands(document: Document): FeatureCollection[] {
  return [...document.querySelectorAll("script[data-map-features]")].map(
    (script) => JSON.parse(script.textContent ?? "") as FeatureCollection,
  );
}

describe("maps from KML and GPX files beside a post", () => {
  it("build", () => {
    expect(site.stderr).toBe("");
    expect(site.exitCode).toBe(0);
  });

  it("convert a Google My Maps KML export: names as titles, HTML descriptions as plain text, icon colour as pin colour", () => {
    const [kml] = islands(readPage(site.output, "/posts/kml-and-gpx/"));
    expect(kml?.features.map((f) => f.properties?.title)).toEqual([
      "Basra city centre",
      "Hayyaniyah (approximate)",
    ]);
    expect(kml?.features[0]?.properties?.description).toBe(
      "Centre of Basra. Source: Wikipedia & Natural Earth",
    );
    expect(kml?.features[0]?.properties?.["marker-color"]).toBe("#db4436");
    expect(kml?.features[1]?.geometry.type).toBe("Polygon");
  });

  it("convert a GPX track and waypoint, with the tag's options", () => {
    const document = readPage(site.output, "/posts/kml-and-gpx/");
    const [, gpx] = islands(document);
    expect(gpx?.features.map((f) => [f.properties?.title, f.geometry.type])).toEqual([
      ["Zubair road", "LineString"],
      ["Az Zubayr", "Point"],
    ]);
    const canvases = document.querySelectorAll("[data-map-canvas]");
    expect(canvases[1]?.getAttribute("data-height")).toBe("320");
    expect(JSON.parse(canvases[1]?.getAttribute("data-view") ?? "")).toEqual({
      zoom: 11,
      center: [47.75, 30.45],
    });
    expect(document.querySelectorAll("figcaption")[0]?.textContent).toBe(
      "Places from a Google My Maps export Export: Google My Maps",
    );
  });

  it("write a static map and a locator for each map, named by the tag's line", () => {
    for (const file of ["map-1.svg", "map-1-locator.svg", "map-2.svg", "map-2-locator.svg"]) {
      expect(existsSync(path.join(site.output, "posts/kml-and-gpx", file)), file).toBe(true);
    }
  });
});

describe("two maps on one page", () => {
  it("each get their own figure, data, static map and list", () => {
    const document = readPage(site.output, "/posts/in-details/");
    const figures = [...document.querySelectorAll("figure[data-dispatch-map]")];
    expect(figures.map((figure) => figure.id)).toEqual(["map-in-details-1", "map-in-details-2"]);
    expect(islands(document).map((collection) => collection.features.length)).toEqual([2, 1]);
    expect(figures[0]?.closest("details")).not.toBeNull();
    expect(figures.map((figure) => figure.querySelector("img")?.getAttribute("src"))).toEqual([
      "map-1.svg",
      "map-2.svg",
    ]);
  });
});

describe("the static map budget", () => {
  it("keeps every static SVG under 60 KB", () => {
    const basra = inject("realSite");
    const svg = readFileSync(
      path.join(
        basra.output,
        "posts/continuing-battle-for-the-south-basra",
        staticMapOf(basra.output),
      ),
    );
    expect(svg.byteLength).toBeLessThan(60 * 1024);
    for (const file of ["map-1.svg", "map-2.svg"]) {
      expect(
        readFileSync(path.join(site.output, "posts/kml-and-gpx", file)).byteLength,
      ).toBeLessThan(60 * 1024);
    }
  });
});
