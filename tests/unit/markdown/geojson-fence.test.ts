import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { MapDataError } from "../../../src/errors.ts";
import { createMarkdown } from "../../../src/markdown/index.ts";
import { openStreetMapTiles } from "../../../src/site.ts";
import { writePost } from "../../helpers/post-file.ts";

const md = createMarkdown({ tiles: openStreetMapTiles });
const point =
  '{"type": "Feature", "properties": {"title": "Centre"}, "geometry": {"type": "Point", "coordinates": [47.81, 30.515]}}';

describe("the geojson fence", () => {
  it("becomes a map figure with its id from the post and the map's ordinal in it", () => {
    const { env, body } = writePost([
      "---",
      "title: t",
      "---",
      "Text.",
      "",
      "```geojson",
      point,
      "```",
      "",
    ]);
    const { document } = parseHTML(`<body>${md.render(body, env)}</body>`);
    const figure = document.querySelector("figure[data-dispatch-map]");
    expect(figure?.id).toBe("map-basra-1");
    expect(figure?.querySelector("figcaption")?.textContent).toBe("Map: Centre");
    expect(document.querySelector("pre")).toBeNull();
  });

  it("leaves other fences as code", () => {
    const html = md.render('```json\n{"a": 1}\n```\n');
    expect(html).toBe('<pre><code class="language-json">{&quot;a&quot;: 1}\n</code></pre>\n');
  });

  it("stops with the file and the line of the problem in the file", () => {
    const { env, body, file } = writePost([
      "---",
      "title: t",
      "date: 2008-03-27",
      "---",
      "",
      "```geojson",
      '{"type": "FeatureCollection", "features": [',
      '  {"type": "Feature", "properties": {"title": "Centre"},',
      '   "geometry": {"type": "Point", "coordinates": [30.515, 147.81]}}',
      "]}",
      "```",
    ]);
    let error: unknown;
    try {
      md.render(body, env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MapDataError);
    expect((error as MapDataError).problems).toEqual([
      {
        file,
        line: 9,
        message:
          'map feature 1 ("Centre"): position [30.515, 147.81] looks like [latitude, longitude]: latitude 147.81 is outside [-90, 90]; GeoJSON positions are [longitude, latitude]',
        fix: "write [147.81, 30.515]",
      },
    ]);
  });
});
