import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { FeatureCollection } from "geojson";
import { describe, expect, inject, it } from "vitest";
import { clientEntry } from "../../src/maps/plugin.ts";
import { readPage } from "../helpers/build-site.ts";

const site = inject("realSite");

describe("the coverage map at /map/", () => {
  it("plots the two Basra posts as one pin that links to the place's list, so neither is hidden", () => {
    const page = readPage(site.output, "/map/");
    const island = page.querySelector("script[data-map-features]")?.textContent ?? "";
    const collection = JSON.parse(island) as FeatureCollection;
    expect(collection.features).toEqual([
      {
        type: "Feature",
        properties: {
          title: "Basra",
          description:
            "2 analyses: Basra, 24–31 March 2008: a timeline · Continuing Battle for the South: Basra",
          url: "/map/#place-basra",
        },
        geometry: { type: "Point", coordinates: [47.81, 30.515] },
      },
    ]);
    expect(
      [...page.querySelectorAll(".dispatch-map__features a")].map((a) => a.getAttribute("href")),
    ).toEqual(["/map/#place-basra"]);
    expect(page.getElementById("place-basra")?.textContent).toBe("Basra");
  });

  it("lists the same posts by place, for readers without JavaScript", () => {
    const page = readPage(site.output, "/map/");
    expect([...page.querySelectorAll(".places h3")].map((h) => h.textContent)).toEqual(["Basra"]);
    expect([...page.querySelectorAll(".places li a")].map((a) => a.textContent)).toEqual([
      "Basra, 24–31 March 2008: a timeline",
      "Continuing Battle for the South: Basra",
    ]);
  });

  it("is linked from every page's header", () => {
    expect(readPage(site.output, "/").querySelector('.site-nav a[href="/map/"]')?.textContent).toBe(
      "Map",
    );
  });
});

describe("the map budgets", () => {
  /** Our map code, bundled as the build does (Leaflet left out): each chunk's name and gzip size. */
  const chunks = async () => {
    const result = await build({
      entryPoints: [clientEntry],
      bundle: true,
      splitting: true,
      outdir: "out",
      write: false,
      format: "esm",
      minify: true,
      external: ["leaflet"],
    });
    return result.outputFiles.map((file) => ({
      name: path.basename(file.path).replace(/-[A-Z0-9]{8}\.js$/, ""),
      gzip: gzipSync(file.contents).byteLength,
    }));
  };

  it.each([
    // Issue 4's budget for a page with a map: the loader and the drawing code.
    ["an undated map", ["map.js", "leaflet-map"], 8 * 1024],
    // A dated map also loads its time control (a chunk of its own, fetched beside the drawing).
    ["a dated map", ["map.js", "leaflet-map", "time-control"], 9.5 * 1024],
  ])(
    "a page with %s loads at most its budget of our code on top of Leaflet",
    async (_, names, budget) => {
      const sizes = await chunks();
      expect(sizes.map((chunk) => chunk.name).sort()).toEqual([
        "copy-embed",
        "leaflet-map",
        "map.js",
        "time-control",
      ]);
      const bytes = sizes
        .filter((chunk) => names.includes(chunk.name))
        .reduce((sum, chunk) => sum + chunk.gzip, 0);
      expect(bytes).toBeLessThan(budget);
      expect(bytes).toBeGreaterThan(1000);
    },
  );

  it("a page loads under 1 KB gzip of map code before the map nears the viewport", () => {
    const loader = readFileSync(path.join(site.output, "assets/js/map.js"));
    expect(gzipSync(loader).byteLength).toBeLessThan(1024);
    expect(loader.toString()).not.toContain("leaflet-container");
  });
});
