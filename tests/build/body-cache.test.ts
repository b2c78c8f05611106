/**
 * The body cache on a small project built for real, build after build in one project: a second
 * build with nothing changed reads every body from `.cache/dispatch/body/` and writes the same
 * bytes, and so does a build with `--no-cache`; each kind of input makes the bodies that read it
 * render again (the body, a map file, an image, a setting, Dispatch's code, the path prefix),
 * and the layout, which the cache does not hold, shows in every page. The bodies read back replay
 * their map files, their table of contents and their warning.
 */
import { createHash } from "node:crypto";
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildProject,
  makeProject,
  overrideSiteSettings,
  readPage,
  type BuiltSite,
} from "../helpers/build-site.ts";

const shortcode = '[kml_flashembed movie="old.swf" /]';

const alpha = (extra = "") => `---
title: Alpha
date: 2008-03-25
---

The port was "closed" on Tuesday. See [the archive](/archive/). ${shortcode}

## The port

Ships waited at the bar.

## The city

Shops stayed shut.

## The road

Trucks turned back.
${extra}`;

const beta = `---
title: Beta
date: 2008-03-26
---

Where it happened:

{% map "area.geojson" caption="The area" %}
`;

const area = (title: string, position: [number, number]) =>
  JSON.stringify({
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: { title, url: "/posts/alpha/" },
        geometry: { type: "Point", coordinates: position },
      },
    ],
  });

const gamma = `---
title: Gamma
date: 2008-03-27
---

The quay at dawn.

![The quay](quay.png)
`;

const delta = `---
title: Delta
date: 2008-03-28
---

Nothing here changes.
`;

/** Writes a solid PNG of the given size. */
async function png(file: string, width: number, height: number): Promise<void> {
  await sharp({ create: { width, height, channels: 3, background: { r: 60, g: 90, b: 140 } } })
    .png()
    .toFile(file);
}

/** Every file under `folder` with the SHA-256 of its bytes, by relative path. */
function digests(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        const digest = createHash("sha256").update(readFileSync(file)).digest("hex");
        return [path.relative(folder, file), digest] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** The entries of the bodies, feed contents and word counts, with their modification times. */
function bodyEntries(root: string): Record<string, number> {
  const dir = path.join(root, ".cache/dispatch");
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter(
        (entry) =>
          entry.isFile() && /^(body|feed|words)\//.test(path.relative(dir, entry.parentPath)),
      )
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), statSync(file).mtimeMs] as const;
      }),
  );
}

/** What `DISPATCH_DEBUG` makes a build print: `Body cache: 4 read, 0 rendered`. */
function bodyCounts(built: BuiltSite): string | undefined {
  return /Body cache: \d+ read, \d+ rendered/.exec(built.stdout)?.[0];
}

/** The warning the legacy shortcode of alpha prints. */
const warning =
  "posts/alpha/index.md:6: warning: [kml_flashembed] is a WordPress Flash video embed";

/** The text of the selected element of a page. */
const text = (output: string, url: string, selector: string) =>
  readPage(output, url).querySelector(selector)?.textContent?.trim();

/** The static map file of beta's page, as bytes' digest. */
const mapDigest = (output: string) =>
  createHash("sha256")
    .update(readFileSync(path.join(output, "posts/beta/map-1.svg")))
    .digest("hex");

/** Gamma's image in its body: width, height and its AVIF srcset. */
function quaySize(): unknown[] {
  const page = readPage(output, "/posts/gamma/");
  const img = page.querySelector(".post-body picture img");
  const srcset = page.querySelector('.post-body source[type="image/avif"]')?.getAttribute("srcset");
  return [img?.getAttribute("width"), img?.getAttribute("height"), srcset];
}

/** The map data island of beta's page. */
const island = (output: string) =>
  readPage(output, "/posts/beta/").querySelector("script[data-map-features]")?.textContent ?? "";

let output: string;

describe("the body cache, build after build", () => {
  let fixtures: string;
  let root: string;
  const build = (args: string[] = []) => buildProject(root, { args, env: { DISPATCH_DEBUG: "1" } });
  let first: BuiltSite;
  let firstOutput: Record<string, string>;
  let firstEntries: Record<string, number>;

  beforeAll(async () => {
    fixtures = mkdtempSync(path.join(tmpdir(), "dispatch-body-cache-"));
    const posts = path.join(fixtures, "posts");
    const write = (file: string, content: string) => {
      mkdirSync(path.dirname(path.join(posts, file)), { recursive: true });
      writeFileSync(path.join(posts, file), content);
    };
    write("alpha/index.md", alpha());
    write("beta/index.md", beta);
    write("beta/area.geojson", area("Old place", [47.81, 30.51]));
    write("gamma/index.md", gamma);
    write("delta/index.md", delta);
    await png(path.join(posts, "gamma/quay.png"), 900, 600);
    root = makeProject({ posts });
    output = path.join(root, "_site");
    first = build();
    firstOutput = digests(output);
    firstEntries = bodyEntries(root);
  }, 180_000);

  afterAll(() => {
    for (const dir of [fixtures, root]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("renders and stores every post's body, feed content and word count in the first build, and prints its warning", () => {
    expect(first.exitCode).toBe(0);
    expect(bodyCounts(first)).toBe("Body cache: 0 read, 4 rendered");
    const kinds = Object.keys(firstEntries).map((entry) => entry.split("/")[0]);
    expect(kinds.filter((kind) => kind === "body")).toHaveLength(4);
    expect(kinds.filter((kind) => kind === "words")).toHaveLength(4);
    expect(kinds.filter((kind) => kind === "feed")).toHaveLength(4);
    expect(first.stderr).toContain(warning);
  });

  it("reads every body, feed content and word count back in a second build, writes the same bytes and prints the warning again", () => {
    const second = build();
    expect(second.exitCode).toBe(0);
    expect(bodyCounts(second)).toBe("Body cache: 4 read, 0 rendered");
    expect(bodyEntries(root)).toEqual(firstEntries);
    expect(digests(output)).toEqual(firstOutput);
    expect(second.stderr).toContain(warning);
  }, 120_000);

  it("builds the same bytes with --no-cache: the map files and contents replayed are those rendered", () => {
    const uncached = build(["--no-cache"]);
    expect(uncached.exitCode).toBe(0);
    expect(bodyCounts(uncached)).toBe("Body cache: 0 read, 0 rendered");
    expect(uncached.stderr).toContain(warning);
    expect(digests(output)).toEqual(firstOutput);
    expect(firstOutput["posts/beta/map-1.svg"]).toBeDefined();
    expect(readPage(output, "/posts/alpha/").querySelectorAll(".toc a")).toHaveLength(3);
  }, 120_000);

  it("renders again the bodies whose body, map file or image changed, and shows the new layout in every page", async () => {
    const posts = path.join(root, "posts");
    const added = Array.from({ length: 300 }, () => "word").join(" ");
    writeFileSync(
      path.join(posts, "alpha/index.md"),
      alpha(`\nA sentence added later. ${added}\n`),
    );
    writeFileSync(path.join(posts, "beta/area.geojson"), area("New place", [47.95, 30.62]));
    await png(path.join(posts, "gamma/quay.png"), 1600, 1000);
    const layout = path.join(root, "layouts/post.njk");
    writeFileSync(
      layout,
      readFileSync(layout, "utf8").replace(
        '<div class="post-body" data-pagefind-body>',
        '<p class="layout-mark">Layout 2</p>\n  <div class="post-body" data-pagefind-body>',
      ),
    );
    const mapBefore = mapDigest(output);
    const quayBefore = quaySize();
    const edited = build();
    expect(edited.exitCode).toBe(0);
    expect(bodyCounts(edited)).toBe("Body cache: 1 read, 3 rendered");

    expect(text(output, "/posts/alpha/", ".post-body")).toContain("A sentence added later.");
    expect(text(output, "/posts/alpha/", ".reading-time")).toBe("2 min read");
    expect(readFileSync(path.join(output, "feed.xml"), "utf8")).toContain(
      "A sentence added later.",
    );

    expect(island(output)).toContain('"title":"New place"');
    expect(mapDigest(output)).not.toBe(mapBefore);

    expect(quaySize()).not.toEqual(quayBefore);
    expect(quaySize()).toEqual(["1200", "750", expect.stringMatching(/ 1200w$/)]);

    for (const post of ["alpha", "beta", "gamma", "delta"]) {
      expect(text(output, `/posts/${post}/`, ".layout-mark")).toBe("Layout 2");
    }
    expect(text(output, "/posts/delta/", ".post-body")).toBe("Nothing here changes.");
  }, 180_000);

  it("renders every body again when a setting changed: the body follows it", () => {
    overrideSiteSettings(root, { language: "de" });
    const german = build();
    expect(german.exitCode).toBe(0);
    expect(bodyCounts(german)).toBe("Body cache: 0 read, 4 rendered");
    expect(text(output, "/posts/alpha/", ".post-body p")).toMatch(/^The port was „closed“/);
  }, 120_000);

  it("renders every body again when Dispatch's code changed, to the same bytes", () => {
    const before = digests(output);
    appendFileSync(path.join(root, "src/markdown/index.ts"), "\n// A comment: a new version.\n");
    const next = build();
    expect(next.exitCode).toBe(0);
    expect(bodyCounts(next)).toBe("Body cache: 0 read, 4 rendered");
    expect(digests(output)).toEqual(before);
  }, 120_000);

  it("renders every body again under another path prefix: the map data's links carry it", () => {
    const prefixed = build(["--pathprefix=/x/"]);
    expect(prefixed.exitCode).toBe(0);
    expect(bodyCounts(prefixed)).toBe("Body cache: 0 read, 4 rendered");
    expect(island(output)).toContain('"url":"/x/posts/alpha/"');
    const link = readPage(output, "/posts/alpha/").querySelector('.post-body a[href$="archive/"]');
    expect(link?.getAttribute("href")).toBe("/x/archive/");
  }, 120_000);
});
