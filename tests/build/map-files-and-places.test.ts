/**
 * A project whose maps come from KML and GPX files holding what the map does not draw, and whose
 * posts are set in places that share a name: the build passes, warns once per element kind with
 * the file and line, keeps every GPX segment and route, and gives every place of /map/ its own id.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { buildSite, projectRoot, readPage, runVerify } from "../helpers/build-site.ts";

const site = buildSite({ posts: path.join(projectRoot, "tests/fixtures/posts/places-kept") });

function islands(document: Document): FeatureCollection[] {
  return [...document.querySelectorAll("script[data-map-features]")].map(
    (script) => JSON.parse(script.textContent ?? "") as FeatureCollection,
  );
}

const page = "/posts/convoy/";

describe("maps from KML and GPX files, and places that share a name", () => {
  it("build, printing each warning once with its file and line", () => {
    expect(site.exitCode).toBe(0);
    const warnings = site.stderr.split("\n").filter((line) => line.includes(": warning: "));
    expect(warnings.map((line) => line.replace(/: warning: (.{40}).*$/, ": $1"))).toEqual([
      "posts/convoy/convoy.gpx:9: GPX <link> is not shown: a feature's lin",
      "posts/convoy/convoy.gpx:10: GPX <sym> is not drawn: waypoints are dr",
      'posts/convoy/convoy.gpx:16: GPX route "Empty route" has no points wi',
      "posts/convoy/convoy.gpx:21: GPX <extensions> are not shown on the ma",
      'posts/convoy/convoy.gpx:34: GPX track "Lost signal" has no points wi',
      'posts/convoy/events.kml:8: KML ExtendedData values ("casualties") o',
      'posts/convoy/events.kml:16: KML time "2008-03" is not a full ISO 860',
      'posts/convoy/events.kml:21: KML Placemark "Unplaced report" has no P',
      "posts/convoy/events.kml:25: KML GroundOverlay, an image laid over th",
      "posts/convoy/events.kml:30: KML ScreenOverlay, an image fixed on the",
      "posts/convoy/events.kml:31: KML NetworkLink, a link to more KML else",
      "posts/convoy/events.kml:32: KML gx:Tour, a tour of the globe, is not",
    ]);
    expect(warnings[0]).toBe(
      "posts/convoy/convoy.gpx:9: warning: GPX <link> is not shown: a feature's link comes from its url property; the file itself is published unchanged beside the page as convoy.gpx, this included. Fix: convert the file to GeoJSON and give the feature a url, or write the link in the post; to keep it off the site, export the file again without it or convert the file to GeoJSON",
    );
    expect(
      site.stderr.split("\n").filter((line) => line.trim() !== "" && !line.includes(": warning: ")),
    ).toEqual([]);
  });

  it.each(["convoy.gpx", "events.kml"])(
    "publish %s as it is, as the warnings say, but do not offer it as the map's original file",
    (file) => {
      const document = readPage(site.output, page);
      const links = [...document.querySelectorAll(".dispatch-map-reuse__data a")];
      expect(links.map((link) => link.textContent)).toEqual([
        "Download the data",
        "Download the data",
      ]);
      expect(document.querySelector(`a[href="${file}"]`)).toBeNull();
      expect(readFileSync(path.join(site.output, "posts/convoy", file), "utf8")).toBe(
        readFileSync(
          path.join(projectRoot, "tests/fixtures/posts/places-kept/convoy", file),
          "utf8",
        ),
      );
    },
  );

  it("keep every GPX segment and route: a one-point segment and a one-point route as places", () => {
    const [gpx] = islands(readPage(site.output, page));
    expect(
      gpx?.features.map((f) => [f.properties?.title, f.geometry.type, f.properties?.when]),
    ).toEqual([
      ["Convoy", "MultiLineString", "2008-03-27T05:10:00Z/2008-03-27T06:50:00Z"],
      ["Convoy (segment 3 of 3)", "Point", "2008-03-27T07:15:00Z"],
      ["Planned stop", "Point", undefined],
      ["Az Zubayr checkpoint", "Point", "2008-03-27T05:00:00Z"],
    ]);
    expect(gpx?.features[1]?.properties?.description).toBe(
      "A one-point track segment: a single position, drawn as a place.",
    );
    expect(gpx?.features[0]?.properties).not.toHaveProperty("gpxx_DisplayColor");
  });

  it("turn KML TimeStamp and TimeSpan into when, and draw no overlay", () => {
    const [, kml] = islands(readPage(site.output, page));
    expect(
      kml?.features.map((f) => [f.properties?.title, f.geometry.type, f.properties?.when]),
    ).toEqual([
      ["Pipeline bombed", "Point", "2008-03-27"],
      ["Fighting in Hayyaniyah", "Point", "2008-03-25/2008-03-28"],
      ["Press conference", "Point", undefined],
    ]);
  });

  it("let a post set in Basra draw a map of Washington", () => {
    const [map] = islands(readPage(site.output, "/posts/far-map/"));
    expect(map?.features[0]?.geometry).toEqual({ type: "Point", coordinates: [-77.0365, 38.8977] });
  });

  it("give places whose names differ only in case their own ids and headings on /map/", () => {
    const document = readPage(site.output, "/map/");
    const headings = [...document.querySelectorAll(".places h3")].map((h) => [h.id, h.textContent]);
    expect(headings).toEqual([
      ["place-basra", "Basra"],
      ["place-mosul_36-4n_43-2e", "mosul (36.4° N, 43.2° E)"],
      ["place-mosul", "Mosul (36.34° N, 43.13° E)"],
    ]);
    const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("pass npm run verify", () => {
    const verify = runVerify(site.root);
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });
});
