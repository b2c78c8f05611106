import { describe, expect, it } from "vitest";
import { checkProperties } from "../../../src/maps/check-properties.ts";
import type { JsonPath, MapProblem } from "../../../src/maps/map-problem.ts";
import { validateMapData } from "../../../src/maps/validate.ts";

const point = (coordinates: unknown, properties: Record<string, unknown> = { title: "Basra" }) => ({
  type: "Feature",
  properties,
  geometry: { type: "Point", coordinates },
});
const collection = (...features: unknown[]) => ({ type: "FeatureCollection", features });
describe("a feature's properties: validateMapData reports", () => {
  it.each<[string, unknown, MapProblem]>([
    [
      "a feature without a title",
      collection(point([47.81, 30.515], { description: "No name" })),
      {
        path: ["features", 0, "properties", "title"],
        message: 'map feature 1: has no "title"',
        fix: 'add a "title" property: it names the feature on the map and in its list',
      },
    ],
    [
      "a colour that is not a colour",
      collection(point([47.81, 30.515], { title: "Basra", "marker-color": 'red" onmouseover="x' })),
      {
        path: ["features", 0, "properties", "marker-color"],
        message:
          'map feature 1 ("Basra"): "marker-color" must be a colour like "#b22222", found "red\\" onmouseover=\\"x"',
        fix: 'write a colour as "#rrggbb" or "#rgb"',
      },
    ],
    [
      "an opacity out of range",
      collection(point([47.81, 30.515], { title: "Basra", "fill-opacity": 4 })),
      {
        path: ["features", 0, "properties", "fill-opacity"],
        message: 'map feature 1 ("Basra"): "fill-opacity" must be a number from 0 to 1, found 4',
        fix: "write a number from 0 to 1, without quotes",
      },
    ],
    [
      "approximate written as text",
      collection(point([47.81, 30.515], { title: "Basra", approximate: "yes" })),
      {
        path: ["features", 0, "properties", "approximate"],
        message: 'map feature 1 ("Basra"): "approximate" must be true or false, found "yes"',
        fix: "write true or false without quotes",
      },
    ],
    [
      "an uncertainty that is not a positive number of metres",
      collection(point([47.81, 30.515], { title: "Basra", uncertainty: "10 km" })),
      {
        path: ["features", 0, "properties", "uncertainty"],
        message:
          'map feature 1 ("Basra"): "uncertainty" must be a radius in metres from 0 to 1,000,000 (1,000 km), found "10 km"',
        fix: 'write a number of metres, e.g. "uncertainty": 10000 for 10 km',
      },
    ],
    [
      "a title that is not text",
      collection(point([47.81, 30.515], { title: 42 })),
      {
        path: ["features", 0, "properties", "title"],
        message: 'map feature 1: "title" must be text, found 42',
        fix: 'put it in quotes: "title": "42"',
      },
    ],
    [
      "a url that leaves the site without saying so",
      collection(point([47.81, 30.515], { title: "Basra", url: "//evil.example/x" })),
      {
        path: ["features", 0, "properties", "url"],
        message:
          'map feature 1 ("Basra"): "url" "//evil.example/x" leads to another site, evil.example: browsers read it as //evil.example/ (to them a backslash is a slash, and tabs and line breaks are dropped)',
        fix: 'write a path of this site with one / at the start, e.g. "/posts/basra/", or the other site\'s full address, "https://evil.example/…"',
      },
    ],
    [
      "a url with a backslash, which browsers read as a slash",
      collection(point([47.81, 30.515], { title: "Basra", url: "/\\evil.example/x" })),
      {
        path: ["features", 0, "properties", "url"],
        message:
          'map feature 1 ("Basra"): "url" "/\\\\evil.example/x" leads to another site, evil.example: browsers read it as //evil.example/ (to them a backslash is a slash, and tabs and line breaks are dropped)',
        fix: 'write a path of this site with one / at the start, e.g. "/posts/basra/", or the other site\'s full address, "https://evil.example/…"',
      },
    ],
    [
      "a url with a tab between its slashes, which browsers drop",
      collection(point([47.81, 30.515], { title: "Basra", url: "/\t/evil.example/x" })),
      {
        path: ["features", 0, "properties", "url"],
        message:
          'map feature 1 ("Basra"): "url" "/\\t/evil.example/x" leads to another site, evil.example: browsers read it as //evil.example/ (to them a backslash is a slash, and tabs and line breaks are dropped)',
        fix: 'write a path of this site with one / at the start, e.g. "/posts/basra/", or the other site\'s full address, "https://evil.example/…"',
      },
    ],
    [
      "a url with two backslashes",
      collection(point([47.81, 30.515], { title: "Basra", url: "\\\\evil.example/x" })),
      {
        path: ["features", 0, "properties", "url"],
        message:
          'map feature 1 ("Basra"): "url" "\\\\\\\\evil.example/x" leads to another site, evil.example: browsers read it as //evil.example/ (to them a backslash is a slash, and tabs and line breaks are dropped)',
        fix: 'write a path of this site with one / at the start, e.g. "/posts/basra/", or the other site\'s full address, "https://evil.example/…"',
      },
    ],
    [
      "an https url with a space before it, which is named",
      collection(point([47.81, 30.515], { title: "Basra", url: " https://ok.example/" })),
      {
        path: ["features", 0, "properties", "url"],
        message:
          'map feature 1 ("Basra"): "url" " https://ok.example/" has a space or line break at its start or end',
        fix: 'remove it: "url": "https://ok.example/"',
      },
    ],
    [
      "a site path with a no-break space after it",
      collection(point([47.81, 30.515], { title: "Basra", url: "/ok/\u00a0" })),
      {
        path: ["features", 0, "properties", "url"],
        message:
          'map feature 1 ("Basra"): "url" "/ok/\u00a0" has a space or line break at its start or end',
        fix: 'remove it: "url": "/ok/"',
      },
    ],
    [
      "a url relative to the page",
      collection(point([47.81, 30.515], { title: "Basra", url: "posts/basra/" })),
      {
        path: ["features", 0, "properties", "url"],
        message:
          'map feature 1 ("Basra"): "url" must be an http(s) URL or a path of this site starting with /, found "posts/basra/"',
        fix: 'write e.g. "url": "/posts/basra/"',
      },
    ],
  ])("%s", (_, value, problem) => {
    expect(validateMapData(value)).toEqual([problem]);
  });
});

describe("checkProperties", () => {
  /** The problems of `properties` on a feature of `geometryType`, as `[path, message]` pairs. */
  function problemsOf(properties: unknown, geometryType: unknown = "Point") {
    const problems: [JsonPath, string][] = [];
    checkProperties(properties, ["properties"], geometryType, (path, message) =>
      problems.push([path, message]),
    );
    return problems;
  }

  it.each<[string, unknown, unknown, [JsonPath, string][]]>([
    ["accepts a title alone", { title: "Basra" }, "Point", []],
    [
      "refuses a feature without properties",
      null,
      "Point",
      [[["properties"], 'has no "properties"']],
    ],
    [
      "refuses a blank title",
      { title: "  " },
      "Point",
      [[["properties", "title"], 'has no "title"']],
    ],
    [
      "refuses a category that is not text",
      { title: "Basra", category: 3 },
      "Point",
      [[["properties", "category"], '"category" must be text, found 3']],
    ],
    [
      "refuses an uncertainty on a line",
      { title: "Road", uncertainty: 500 },
      "LineString",
      [[["properties", "uncertainty"], '"uncertainty" applies only to a Point']],
    ],
    [
      "accepts a colour without #, and a short one",
      { title: "Basra", stroke: "b22222", fill: "#abc" },
      "Polygon",
      [],
    ],
    [
      "refuses a stroke width out of range",
      { title: "Road", "stroke-width": -1 },
      "LineString",
      [[["properties", "stroke-width"], '"stroke-width" must be a number from 0 to 100, found -1']],
    ],
  ])("%s", (_, properties, geometryType, problems) => {
    expect(problemsOf(properties, geometryType)).toEqual(problems);
  });
});

describe("simplestyle marker-size and marker-symbol: validateMapData reports", () => {
  it.each<[string, Record<string, unknown>, MapProblem[]]>([
    ["nothing for each of the three sizes (small)", { "marker-size": "small" }, []],
    ["nothing for each of the three sizes (medium)", { "marker-size": "medium" }, []],
    ["nothing for each of the three sizes (large)", { "marker-size": "large" }, []],
    ["nothing for a Maki name", { "marker-symbol": "fuel" }, []],
    ["nothing for a letter", { "marker-symbol": "a" }, []],
    ["nothing for a digit", { "marker-symbol": "7" }, []],
    ["no error for an unknown name (a warning says it)", { "marker-symbol": "fual" }, []],
    ["nothing for an empty marker-symbol (no symbol)", { "marker-symbol": "" }, []],
    [
      "a size in capitals, with the value meant",
      { "marker-size": "Large" },
      [
        {
          path: ["features", 0, "properties", "marker-size"],
          message:
            'map feature 1 ("Basra"): "marker-size" must be "small", "medium" or "large", found "Large"',
          fix: 'write "marker-size": "large"',
        },
      ],
    ],
    [
      "a size abbreviated, with the value meant",
      { "marker-size": "s" },
      [
        {
          path: ["features", 0, "properties", "marker-size"],
          message:
            'map feature 1 ("Basra"): "marker-size" must be "small", "medium" or "large", found "s"',
          fix: 'write "marker-size": "small"',
        },
      ],
    ],
    [
      "a size as a number, with the three values",
      { "marker-size": 24 },
      [
        {
          path: ["features", 0, "properties", "marker-size"],
          message:
            'map feature 1 ("Basra"): "marker-size" must be "small", "medium" or "large", found 24',
          fix: 'write "small", "medium" (the default) or "large", in quotes',
        },
      ],
    ],
    [
      "a digit written as a number",
      { "marker-symbol": 3 },
      [
        {
          path: ["features", 0, "properties", "marker-symbol"],
          message:
            'map feature 1 ("Basra"): "marker-symbol" must be text: a Maki icon name or one letter or digit, found 3',
          fix: 'put it in quotes: "marker-symbol": "3"',
        },
      ],
    ],
    [
      "a symbol that is not text",
      { "marker-symbol": ["fuel"] },
      [
        {
          path: ["features", 0, "properties", "marker-symbol"],
          message:
            'map feature 1 ("Basra"): "marker-symbol" must be text: a Maki icon name or one letter or digit, found ["fuel"]',
          fix: 'write a Maki icon name in quotes, e.g. "marker-symbol": "fuel", or remove it',
        },
      ],
    ],
  ])("%s", (_, properties, problems) => {
    expect(
      validateMapData(collection(point([47.81, 30.515], { title: "Basra", ...properties }))),
    ).toEqual(problems);
  });
});
