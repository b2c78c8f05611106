import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { makiPath } from "../../src/maps/maki.ts";
import { buildSite, projectRoot, readPage } from "../helpers/build-site.ts";

const site = buildSite({ posts: path.join(projectRoot, "tests/fixtures/posts/maki-icons") });
const postPath = "/posts/fuel-rail-and-police/";

/** The post's static map, parsed as XML. */
function staticMap(): Document {
  const text = readFileSync(path.join(site.output, postPath, "map-1.svg"), "utf8");
  return new DOMParser().parseFromString(text, "image/svg+xml") as unknown as Document;
}

/** The pin of feature `n`: its outline's element (`class="p<n>"`) and its group, if scaled. */
function pinOf(svg: Document, n: number): { body: Element; group: Element | null } {
  const body = [...svg.getElementsByTagName("path")].find(
    (element) => element.getAttribute("class") === `p${n}`,
  );
  if (!body) throw new Error(`no pin ${n}`);
  const parent = body.parentNode as Element;
  return { body, group: parent.getAttribute("transform") ? parent : null };
}

/** The symbol drawn in feature `n`'s pin (`class="s<n>"`), if any. */
function symbolOf(svg: Document, n: number): Element | undefined {
  return [...svg.getElementsByTagName("*")].find(
    (element) => element.getAttribute("class") === `s${n}`,
  );
}

describe("Maki icons and marker sizes in a built map", () => {
  it("builds, warning of the unknown name on the block's line with the nearest Maki name", () => {
    expect(site.exitCode).toBe(0);
    expect(site.stderr.trim().split("\n")).toEqual([
      `posts/fuel-rail-and-police/index.md:54: warning: map feature 5 ("Petrol station"): "marker-symbol" "fual" is not a Maki icon name, so the pin is drawn without an icon. Fix: did you mean "fuel"? Maki's icons: https://labs.mapbox.com/maki-icons/`,
    ]);
  });

  it.each([
    [1, "fuel", "#ffffff"],
    [2, "rail", "#ffffff"],
    [3, "police", "#000000"],
  ])("draws pin %i's Maki icon %s in its head, in %s for contrast", (n, name, ink) => {
    const symbol = symbolOf(staticMap(), n);
    expect(symbol?.tagName).toBe("path");
    expect(symbol?.getAttribute("d")).toBe(makiPath(name));
    expect(symbol?.getAttribute("fill")).toBe(ink);
    expect(symbol?.getAttribute("transform")).toBe("translate(5 5)");
  });

  it("draws a letter as text, and no symbol for the unknown name", () => {
    const svg = staticMap();
    expect(symbolOf(svg, 4)?.textContent).toBe("A");
    expect(symbolOf(svg, 5)).toBeUndefined();
  });

  it("scales the large pin by 1.4 and the small by 0.8 about their tips", () => {
    const svg = staticMap();
    expect(pinOf(svg, 1).group?.getAttribute("transform")).toMatch(/ scale\(1\.4\)$/);
    expect(pinOf(svg, 2).group?.getAttribute("transform")).toMatch(/ scale\(0\.8\)$/);
    expect(pinOf(svg, 3).group?.getAttribute("transform")).not.toMatch(/scale/);
  });

  it("holds nothing but path data from the icon files", () => {
    const svg = staticMap();
    expect(svg.getElementsByTagName("script")).toHaveLength(0);
    expect([...svg.getElementsByTagName("*")].some((e) => e.hasAttribute("href"))).toBe(false);
  });

  it("carries in the data island only the icons the map uses, never the author's member", () => {
    const island = JSON.parse(
      readPage(site.output, postPath).querySelector("script[data-map-features]")?.textContent ?? "",
    ) as FeatureCollection & { markerIcons: Record<string, string> };
    expect(island.markerIcons).toEqual({
      fuel: makiPath("fuel"),
      rail: makiPath("rail"),
      police: makiPath("police"),
    });
  });

  it("shows each category's icon in the key, in the pin's colours", () => {
    const entries = [...readPage(site.output, postPath).querySelectorAll(".dispatch-map__key li")];
    const head = (entry: Element | undefined) => ({
      label: entry?.querySelector("span")?.textContent,
      disc: entry?.querySelector("circle")?.getAttribute("fill"),
      icon: entry?.querySelector("g path")?.getAttribute("d"),
      ink: entry?.querySelector("g path")?.getAttribute("fill"),
    });
    expect(entries.slice(0, 3).map(head)).toEqual([
      { label: "Fuel", disc: "#b22222", icon: makiPath("fuel"), ink: "#ffffff" },
      { label: "Rail", disc: "#1f4e79", icon: makiPath("rail"), ink: "#ffffff" },
      { label: "Police", disc: "#ffcc00", icon: makiPath("police"), ink: "#000000" },
    ]);
  });
});
