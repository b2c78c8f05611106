/**
 * A map's public names (its figure id and step anchors, the files beside its page, its data
 * download and embed page) come from its key, its `id` or its ordinal in the post, never from its
 * line: a fixture post with a dated ` ```geojson ` map given an `id` and a `{% map %}` tag without
 * one is built, a paragraph is inserted above both, and the post is built again
 * (tests/fixtures/posts/map-keys/); every name is the same. Read with linkedom.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildProject, makeProject, projectRoot, readPage } from "../helpers/build-site.ts";

const root = makeProject({ posts: path.join(projectRoot, "tests/fixtures/posts/map-keys") });
const postUrl = "/posts/stable-names/";
const source = path.join(root, "posts/stable-names/index.md");

/** The public names of the post's maps in the last build. */
function names() {
  const page = readPage(path.join(root, "_site"), postUrl);
  const folder = path.join(root, "_site", postUrl);
  return {
    files: readdirSync(folder, { recursive: true, encoding: "utf8" })
      .filter((file) => file.startsWith("map-"))
      .sort(),
    figures: [...page.querySelectorAll("figure[data-dispatch-map]")].map((figure) => figure.id),
    steps: [...page.querySelectorAll("[id^='map-stable-names-three-days-2']")].map(
      (element) => element.id,
    ),
    downloads: [...page.querySelectorAll(".dispatch-map-reuse__data a[href$='.geojson']")].map(
      (link) => link.getAttribute("href"),
    ),
    embeds: [...page.querySelectorAll("[data-embed-page]")].map((element) =>
      element.getAttribute("data-embed-page"),
    ),
    stepLink: page.querySelector("a[href^='#map-stable-names']")?.getAttribute("href"),
  };
}

const first = buildProject(root);
const before = first.exitCode === 0 ? names() : undefined;
// An editor's correction above both maps; the old output goes, so nothing is left over.
const text = readFileSync(source, "utf8");
writeFileSync(
  source,
  text.replace(
    "The offensive, day by day.",
    "Correction, 30 March: an earlier version misdated the pipeline attack.\n\nAnd another line.\n\nThe offensive, day by day.",
  ),
);
rmSync(path.join(root, "_site", postUrl), { recursive: true, force: true });
const second = buildProject(root);
const after = second.exitCode === 0 ? names() : undefined;

describe("a map's names when text is added above it", () => {
  it("builds both times", () => {
    expect([first.exitCode, second.exitCode]).toEqual([0, 0]);
  });

  it("names the map with an id by its id, and the other by its ordinal in the post", () => {
    expect(before?.figures).toEqual(["map-stable-names-three-days", "map-stable-names-2"]);
    expect(before?.files).toEqual(
      [
        "map-2",
        "map-2-ground.json",
        "map-2-locator.svg",
        "map-2.geojson",
        "map-2.svg",
        path.join("map-2", "index.html"),
        "map-three-days",
        "map-three-days-2008-03-25.svg",
        "map-three-days-2008-03-26.svg",
        "map-three-days-2008-03-27.svg",
        "map-three-days-ground.json",
        "map-three-days-locator.svg",
        "map-three-days.geojson",
        "map-three-days.svg",
        path.join("map-three-days", "index.html"),
      ].sort(),
    );
    expect(before?.downloads).toEqual(["map-three-days.geojson", "map-2.geojson"]);
    expect(before?.embeds).toEqual([`${postUrl}map-three-days/`, `${postUrl}map-2/`]);
    expect(before?.steps).toEqual([
      "map-stable-names-three-days-2008-03-25",
      "map-stable-names-three-days-2008-03-26",
      "map-stable-names-three-days-2008-03-27",
    ]);
    expect(before?.stepLink).toBe("#map-stable-names-three-days-2008-03-26");
  });

  it("keeps every file name, figure id, step anchor, download and embed page", () => {
    expect(after).toEqual(before);
  });
});
