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
  it("our map code adds at most 8 KB gzip to Leaflet", async () => {
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
    const bytes = result.outputFiles.reduce(
      (sum, file) => sum + gzipSync(file.contents).byteLength,
      0,
    );
    expect(bytes).toBeLessThan(8 * 1024);
    expect(bytes).toBeGreaterThan(1000);
  });

  it("a page loads under 1 KB gzip of map code before the map nears the viewport", () => {
    const loader = readFileSync(path.join(site.output, "assets/js/map.js"));
    expect(gzipSync(loader).byteLength).toBeLessThan(1024);
    expect(loader.toString()).not.toContain("leaflet-container");
  });
});
