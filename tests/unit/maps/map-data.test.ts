import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import {
  absoluteSiteUrl,
  downloadableCollection,
  mapDataFile,
} from "../../../src/maps/map-data.ts";

const site = { url: "https://news.example.org/", pathPrefix: "/basra-blog/" };

const collection: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      id: "pipeline",
      properties: {
        title: "Pipeline bombed",
        source: "The Times, 27 March 2008",
        approximate: true,
        uncertainty: 10000,
        "marker-color": "#b22222",
        when: "2008-03-27",
      },
      geometry: { type: "Point", coordinates: [47.78, 30.43] },
    },
    {
      type: "Feature",
      properties: { title: "Basra centre", url: "/posts/basra/", uncertainty: 800 },
      geometry: { type: "Point", coordinates: [47.81, 30.515] },
    },
    {
      type: "Feature",
      properties: { title: "Tamimiyah", approximate: true, url: "https://example.com/t" },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [47.84, 30.51],
            [47.83, 30.52],
            [47.82, 30.51],
            [47.84, 30.51],
          ],
        ],
      },
    },
    {
      type: "Feature",
      properties: { title: "Zubair road" },
      geometry: {
        type: "LineString",
        coordinates: [
          [47.71, 30.39],
          [47.75, 30.44],
        ],
      },
    },
  ],
};

describe("absoluteSiteUrl", () => {
  it.each([
    ["/posts/basra/", site, "https://news.example.org/basra-blog/posts/basra/"],
    [
      "/posts/basra/map-40/",
      { url: "https://a.test", pathPrefix: "/" },
      "https://a.test/posts/basra/map-40/",
    ],
    [
      "/posts/Café Noir/",
      { url: "https://a.test", pathPrefix: "/" },
      "https://a.test/posts/Caf%C3%A9%20Noir/",
    ],
  ])("makes %s absolute under the prefix", (sitePath, where, expected) => {
    expect(absoluteSiteUrl(sitePath, where)).toBe(expected);
  });
});

describe("downloadableCollection", () => {
  const data = downloadableCollection(collection, { credit: "Map: Dispatch" }, site);
  const properties = data.features.map((feature) => feature.properties);

  it.each([
    [0, "approximate location, within about 10 km"],
    [1, "within about 800 m"],
    [2, "approximate area"],
    [3, undefined],
  ])("gives feature %i the precision the list shows: %s", (index, precision) => {
    expect(properties[index]?.precision).toBe(precision);
  });

  it("keeps every property the author wrote, sources and uncertainty included", () => {
    expect(properties[0]).toEqual({
      title: "Pipeline bombed",
      source: "The Times, 27 March 2008",
      approximate: true,
      uncertainty: 10000,
      "marker-color": "#b22222",
      when: "2008-03-27",
      precision: "approximate location, within about 10 km",
    });
    expect(data.features[0]?.id).toBe("pipeline");
    expect(data.features[0]?.geometry).toEqual(collection.features[0]?.geometry);
  });

  it.each([
    [1, "https://news.example.org/basra-blog/posts/basra/"],
    [2, "https://example.com/t"],
  ])("makes feature %i's url absolute when it is a site path: %s", (index, url) => {
    expect(properties[index]?.url).toBe(url);
  });

  it("carries the caption (the default one when the author gave none) and the credit as foreign members", () => {
    expect(data.type).toBe("FeatureCollection");
    expect(data.caption).toBe("Map: Pipeline bombed, Basra centre, Tamimiyah and Zubair road");
    expect(data.credit).toBe("Map: Dispatch");
    const captioned = downloadableCollection(collection, { caption: "Basra, March 2008" }, site);
    expect(captioned.caption).toBe("Basra, March 2008");
    expect("credit" in captioned).toBe(false);
  });

  it("leaves the author's collection as it was", () => {
    expect(collection.features[1]?.properties?.url).toBe("/posts/basra/");
    expect(collection.features[0]?.properties?.precision).toBeUndefined();
  });

  it("is written as JSON that parses back to the same collection, a </script> in a title as text", () => {
    const hostile = downloadableCollection(
      {
        type: "FeatureCollection",
        features: [
          {
            type: "Feature",
            properties: { title: "</script><script>alert(1)</script>" },
            geometry: { type: "Point", coordinates: [1, 2] },
          },
        ],
      },
      {},
      site,
    );
    const text = mapDataFile(hostile);
    expect(text.endsWith("}\n")).toBe(true);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});
