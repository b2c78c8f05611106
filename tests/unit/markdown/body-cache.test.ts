import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBuildCache, type BuildCache } from "../../../src/cache/build-cache.ts";
import type { ContentProblem } from "../../../src/errors.ts";
import { createMapFiles, type MapFiles } from "../../../src/maps/files.ts";
import { cacheBodies, effectsBelongTo } from "../../../src/markdown/body-cache.ts";
import { createMarkdown } from "../../../src/markdown/index.ts";
import { createRenderEffects, type RenderEffect } from "../../../src/markdown/render-effects.ts";
import type { MapDrawingRequest } from "../../../src/maps/map-drawing.ts";
import type { HeadingStore } from "../../../src/markdown/table-of-contents.ts";
import { openStreetMapTiles } from "../../../src/site.ts";

// Post folders are read relative to the working directory, as Eleventy names them.
const previous = process.cwd();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dispatch-body-cache-"));
  process.chdir(dir);
  mkdirSync("posts/basra", { recursive: true });
  writeFileSync("posts/basra/index.md", "");
});
afterAll(() => {
  process.chdir(previous);
  rmSync(dir, { recursive: true, force: true });
});

let caches = 0;
/** A cache folder of its own for one test, opened as a build opens it. */
const newCache = () => path.join(dir, `cache-${++caches}`);

const shortcode = '[kml_flashembed movie="x" /]';
const map =
  '```geojson\n{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"title": "Port"}, "geometry": {"type": "Point", "coordinates": [47.81, 30.51]}}]}\n```';
const body = `## The port\n\nText ${shortcode}.\n\n${map}\n\n## The city\n\n## The road\n`;
const settings = { language: "en", tiles: openStreetMapTiles };

/** What one build's markdown-it did: its files queued, headings and warnings. */
interface Build {
  render(markdown: string, env?: object): string;
  files: MapFiles;
  headings: HeadingStore;
  warnings: ContentProblem[];
  counts: { read: number; rendered: number };
}

/** A build's markdown-it with the body cache in `folder`, as the markdown plugin makes it. */
function build(cache: BuildCache): Build {
  const files = createMapFiles();
  const headings: HeadingStore = new Map();
  const warnings: ContentProblem[] = [];
  const effects = createRenderEffects({
    mapFiles: files,
    headings,
    warn: (problem) => warnings.push(problem),
  });
  const md = createMarkdown({
    ...settings,
    mapFiles: effects.mapFiles,
    headings: effects.headings,
    warn: effects.warn,
  });
  const counts = cacheBodies(md, { cache, effects, settings });
  const render = (markdown: string, env: object = page()) =>
    md.render(markdown, env as Record<string, unknown>) as string;
  return { render, files, headings, warnings, counts };
}

/** The page data of `posts/basra/index.md`, fresh for each render as Eleventy's. */
const page = () => ({
  page: {
    inputPath: "./posts/basra/index.md",
    outputPath: "./_site/posts/basra/index.html",
    url: "/posts/basra/",
    fileSlug: "basra",
  },
  postBodyOffset: () => 4,
});

/** Entries under `folder`'s kind folder. */
const entries = (folder: string, kind: string) =>
  readdirSync(path.join(folder, kind), { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  ).length;

/** Lets the entry of a render be written (after its map files are drawn). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("cacheBodies", () => {
  it("reads a body back in the next build with the same HTML, map files, headings and warnings", async () => {
    const folder = newCache();
    const first = build(openBuildCache({ folder, version: "v1" }));
    const html = first.render(body);
    await settled();
    const second = build(openBuildCache({ folder, version: "v1" }));
    expect(second.render(body)).toBe(html);
    expect(first.counts).toEqual({ read: 0, rendered: 1 });
    expect(second.counts).toEqual({ read: 1, rendered: 0 });
    expect(html).toContain('<img class="dispatch-map__static" src="map-1.svg"');
    for (const name of ["map-1.svg", "map-1-ground.json"]) {
      expect(second.files.get("./_site/posts/basra/index.html", name)).toBe(
        first.files.get("./_site/posts/basra/index.html", name),
      );
    }
    expect(second.headings).toEqual(first.headings);
    expect(second.headings.get("./posts/basra/index.md")?.map(({ id }) => id)).toEqual([
      "the-port",
      "the-city",
      "the-road",
    ]);
    expect(second.warnings).toEqual(first.warnings);
    expect(second.warnings.map(({ file, line }) => `${file}:${line}`)).toEqual([
      "posts/basra/index.md:7",
    ]);
  });

  it("renders again when an input changed, and keeps both", async () => {
    const folder = newCache();
    const first = build(openBuildCache({ folder, version: "v1" }));
    first.render(body);
    await settled();
    const second = build(openBuildCache({ folder, version: "v1" }));
    expect(second.render(`${body}\nA new paragraph.\n`)).toContain("<p>A new paragraph.</p>");
    await settled();
    expect(second.counts).toEqual({ read: 0, rendered: 1 });
    expect(entries(folder, "body")).toBe(2);
  });

  it("never stores a render that throws: the next build throws it again", async () => {
    const folder = newCache();
    const broken = "A footnote[^gone] that is never written.";
    for (let run = 0; run < 2; run++) {
      const next = build(openBuildCache({ folder, version: "v1" }));
      expect(() => next.render(broken)).toThrow("[^gone]");
      await settled();
      expect(next.counts).toEqual({ read: 0, rendered: 0 });
    }
    expect(readdirSync(folder)).toEqual(["cache.json"]);
  });

  it.each([
    ["a page that is not a post", { page: { inputPath: "./pages/about.md" } }],
    ["a render without a page", {}],
  ])("leaves %s to markdown-it", async (_, env) => {
    const folder = newCache();
    const next = build(openBuildCache({ folder, version: "v1" }));
    expect(next.render("*Text*", env)).toBe("<p><em>Text</em></p>\n");
    await settled();
    expect(readdirSync(folder)).toEqual(["cache.json"]);
  });

  it("reads and writes nothing with the cache off (--no-cache)", async () => {
    const folder = newCache();
    const next = build(openBuildCache({ folder, version: "v1", enabled: false }));
    next.render(body);
    await settled();
    expect(next.counts).toEqual({ read: 0, rendered: 0 });
    expect(next.warnings).toHaveLength(1);
    expect(readdirSync(dir)).not.toContain(path.basename(folder));
  });
});

describe("effectsBelongTo", () => {
  const env = {
    page: { inputPath: "./posts/basra/index.md", outputPath: "_site/posts/basra/index.html" },
  };
  const page = "_site/posts/basra/index.html";
  const request: MapDrawingRequest = {
    kind: "locator",
    extent: [
      [47.7, 30.4],
      [47.9, 30.6],
    ],
  };
  it.each<[string, RenderEffect, boolean]>([
    [
      "a map file beside its page",
      { kind: "map-file", page, name: "map-9.svg", content: "" },
      true,
    ],
    [
      "a drawing beside its page",
      { kind: "map-drawing", page, name: "map-9-locator.svg", request },
      true,
    ],
    [
      "its own headings",
      { kind: "headings", inputPath: "./posts/basra/index.md", headings: [] },
      true,
    ],
    [
      "a warning about its file",
      { kind: "warning", problem: { file: "posts/basra/index.md", line: 3, message: "m" } },
      true,
    ],
    [
      "a map file beside another page",
      { kind: "map-file", page: "/elsewhere/x/index.html", name: "map-9.svg", content: "" },
      false,
    ],
    [
      "a map file named with a folder",
      { kind: "map-file", page, name: "../../escape.txt", content: "" },
      false,
    ],
    ["a map file named ..", { kind: "map-file", page, name: "..", content: "" }, false],
    [
      "a map's embed page in its folder",
      { kind: "map-file", page, name: "map-9/index.html", content: "" },
      true,
    ],
    [
      "an embed page of a map with an id",
      { kind: "map-file", page, name: "map-eight-days/index.html", content: "" },
      true,
    ],
    [
      "another file in a map's folder",
      { kind: "map-file", page, name: "map-9/../../x.html", content: "" },
      false,
    ],
    [
      "an index.html in another folder",
      { kind: "map-file", page, name: "maps/index.html", content: "" },
      false,
    ],
    [
      "another post's headings",
      { kind: "headings", inputPath: "./posts/other/index.md", headings: [] },
      false,
    ],
    [
      "a warning about another file",
      { kind: "warning", problem: { file: "posts/fake.md", line: 1, message: "m" } },
      false,
    ],
  ])("%s: %s", (_name, effect, belongs) => {
    expect(effectsBelongTo([effect], env)).toBe(belongs);
  });
});
