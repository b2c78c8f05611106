/**
 * The build cache's map drawings (`.cache/dispatch/map/`), on a fixture project built again and
 * again as an author would: what each kind of change makes anew, what it leaves untouched, and
 * that the output is the same with the cache, without it (`--no-cache`) and after a damaged entry.
 * Builds are few and each checks several things, since each costs seconds.
 */
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FeatureCollection } from "geojson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildProject,
  makeProject,
  overrideSiteSettings,
  readPage,
  type BuiltSite,
} from "../helpers/build-site.ts";

/** A FeatureCollection of one point, `[longitude, latitude]`. */
const place = (title: string, coordinates: [number, number]): FeatureCollection => ({
  type: "FeatureCollection",
  features: [{ type: "Feature", properties: { title }, geometry: { type: "Point", coordinates } }],
});

/** A post whose map is a ```geojson block in its body. */
const blockPost = (title: string, collection: FeatureCollection) =>
  `---\ntitle: ${title}\ndate: 2008-03-27\n---\n\nThe map:\n\n\`\`\`geojson\n${JSON.stringify(collection)}\n\`\`\`\n`;

/** Every file under `folder`, by path relative to it. */
function tree(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(folder, file), readFileSync(file)];
      }),
  );
}

/** A map entry of the cache: its file's modification time and the drawing it holds. */
interface Entry {
  mtimeMs: number;
  text: string;
}

/** The entries of `.cache/dispatch/map/`, by path. */
function mapEntries(root: string): Map<string, Entry> {
  const folder = path.join(root, ".cache/dispatch/map");
  return new Map(
    [...tree(folder)].map(([file, bytes]) => {
      const text = bytes.toString("utf8");
      return [
        file,
        {
          mtimeMs: statSync(path.join(folder, file)).mtimeMs,
          text: text.slice(text.indexOf("\n") + 1),
        },
      ];
    }),
  );
}

/** The entries holding a post's map files (`map-<key>.svg`, its ground and locator), by path. */
function entriesOf(entries: Map<string, Entry>, output: Map<string, Buffer>, post: string) {
  const files = [...output].filter(([file]) => file.startsWith(`posts/${post}/map-`));
  return [...entries.keys()].filter((key) =>
    files.some(([, bytes]) => bytes.toString("utf8") === entries.get(key)?.text),
  );
}

/** The points of a post's live maps, as the page's data islands hold them. */
function islandPoints(output: string, post: string): unknown[] {
  return [...readPage(output, `/posts/${post}/`).querySelectorAll("script[data-map-features]")].map(
    (script) =>
      (JSON.parse(script.textContent ?? "") as FeatureCollection).features.map(
        (feature) => (feature.geometry as { coordinates: unknown }).coordinates,
      ),
  );
}

const posts = mkdtempSync(path.join(tmpdir(), "dispatch-cache-posts-"));
let root: string;

/** Builds the project; returns the build and its output and cache as they are now. */
function build(args: string[] = []) {
  const site: BuiltSite = buildProject(root, { args });
  return { site, output: tree(site.output), entries: mapEntries(root) };
}
type Build = ReturnType<typeof build>;

const builds: Record<string, Build> = {};
beforeAll(() => {
  mkdirSync(path.join(posts, "from-file"));
  writeFileSync(
    path.join(posts, "from-file/index.md"),
    `---\ntitle: From a file\ndate: 2008-03-26\n---\n\nThe map:\n\n{% map "places.geojson" %}\n`,
  );
  writeFileSync(
    path.join(posts, "from-file/places.geojson"),
    JSON.stringify(place("Basra", [47.81, 30.515])),
  );
  mkdirSync(path.join(posts, "from-block"));
  writeFileSync(
    path.join(posts, "from-block/index.md"),
    blockPost("From a block", place("Az Zubayr", [47.7144, 30.3894])),
  );
  mkdirSync(path.join(posts, "unchanged"));
  writeFileSync(
    path.join(posts, "unchanged/index.md"),
    blockPost("Unchanged", place("Nasiriyah", [46.26, 31.04])),
  );
  root = makeProject({ posts });
  builds.cold = build();
  builds.warm = build();
  builds.noCache = build(["--no-cache"]);
});
afterAll(() => {
  rmSync(posts, { recursive: true, force: true });
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("a second build with nothing changed", () => {
  it("builds, keeping one drawing of each map file in the cache", () => {
    expect(builds.cold?.site.stderr).toBe("");
    expect(builds.cold?.site.exitCode).toBe(0);
    // Three maps of a city each: a static map, a ground and a locator.
    expect(builds.cold?.entries.size).toBe(9);
  });

  it("draws no map: the same entries, untouched, and the same output", () => {
    const { cold, warm } = builds as { cold: Build; warm: Build };
    expect(warm.site.exitCode).toBe(0);
    expect([...warm.entries.keys()].sort()).toEqual([...cold.entries.keys()].sort());
    for (const [file, entry] of warm.entries) {
      expect(entry.mtimeMs, file).toBe(cold.entries.get(file)?.mtimeMs);
    }
    expect(warm.output).toEqual(cold.output);
  });
});

describe("a build with --no-cache", () => {
  it("leaves .cache/dispatch untouched and makes the same output", () => {
    const { warm, noCache } = builds as { warm: Build; noCache: Build };
    expect(noCache.site.exitCode).toBe(0);
    expect(noCache.entries).toEqual(warm.entries);
    expect(noCache.output).toEqual(warm.output);
  });
});

describe("a build after a map file and a map block were edited, and an entry damaged", () => {
  let before: Build;
  let after: Build;
  beforeAll(() => {
    before = builds.warm as Build;
    writeFileSync(
      path.join(root, "posts/from-file/places.geojson"),
      JSON.stringify(place("Basra", [47.9, 30.6])),
    );
    writeFileSync(
      path.join(root, "posts/from-block/index.md"),
      blockPost("From a block", place("Az Zubayr", [47.75, 30.35])),
    );
    const svg = before.output.get("posts/unchanged/map-1.svg")?.toString("utf8");
    const damaged = [...before.entries.keys()].find((key) => before.entries.get(key)?.text === svg);
    const file = path.join(root, ".cache/dispatch/map", damaged as string);
    writeFileSync(file, readFileSync(file, "utf8").replace(/<title>/, "<title>X"));
    after = build();
  });

  it("warns of the damaged entry with the fix, and builds", () => {
    expect(after.site.exitCode).toBe(0);
    expect(after.site.stderr).toContain("a build cache entry is damaged");
    expect(after.site.stderr).toContain("Fix: nothing to do; this build makes it again");
  });

  it("shows the moved features in the new drawings, the page and the live map's data", () => {
    expect(islandPoints(after.site.output, "from-file")).toEqual([[[47.9, 30.6]]]);
    expect(islandPoints(after.site.output, "from-block")).toEqual([[[47.75, 30.35]]]);
    for (const post of ["from-file", "from-block"]) {
      const svg = `posts/${post}/map-1.svg`;
      expect(after.output.get(svg), svg).toBeDefined();
      expect(after.output.get(svg)).not.toEqual(before.output.get(svg));
    }
  });

  it("writes the edited maps' new entries and prunes their old ones", () => {
    for (const post of ["from-file", "from-block"]) {
      const old = entriesOf(before.entries, before.output, post);
      const now = entriesOf(after.entries, after.output, post);
      expect(old, post).toHaveLength(3);
      expect(now, post).toHaveLength(3);
      for (const key of old) expect(after.entries.has(key), key).toBe(false);
    }
    expect(after.entries.size).toBe(9);
  });

  it("makes the damaged drawing again, leaves the other untouched, and the output is as before", () => {
    const kept = entriesOf(before.entries, before.output, "unchanged");
    const untouched = kept.filter(
      (key) => after.entries.get(key)?.mtimeMs === before.entries.get(key)?.mtimeMs,
    );
    expect(untouched).toHaveLength(2);
    for (const key of kept)
      expect(after.entries.get(key)?.text).toBe(before.entries.get(key)?.text);
    for (const [file, bytes] of before.output) {
      if (file.startsWith("posts/unchanged/")) expect(after.output.get(file), file).toEqual(bytes);
    }
  });
});

describe("a build after a setting, then Dispatch's code, was edited", () => {
  it("makes every entry anew each time, with the same drawings for the code edit", () => {
    const before = mapEntries(root);
    overrideSiteSettings(root, { title: "Another Dispatch" });
    const settings = build();
    expect(settings.site.exitCode).toBe(0);
    expect([...settings.entries.keys()].filter((key) => before.has(key))).toEqual([]);
    expect(settings.entries.size).toBe(9);

    appendFileSync(path.join(root, "src/maps/static-map.ts"), "\n// An edit to Dispatch's code.\n");
    const code = build();
    expect(code.site.exitCode).toBe(0);
    expect([...code.entries.keys()].filter((key) => settings.entries.has(key))).toEqual([]);
    expect([...code.entries.values()].map((entry) => entry.text).sort()).toEqual(
      [...settings.entries.values()].map((entry) => entry.text).sort(),
    );
    expect(code.output).toEqual(settings.output);
  });
});
