import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { buildSite, projectRoot, readPage } from "../helpers/build-site.ts";

describe("a post whose text looks like template syntax, with a file beside it", () => {
  const site = buildSite({ posts: path.join(projectRoot, "tests/fixtures/posts/plain-markdown") });
  const page = () => readPage(site.output, "/posts/plain/");

  it("builds", () => {
    expect(site.stderr).toBe("");
    expect(site.exitCode).toBe(0);
  });

  it("keeps {{ }}, {# #} and {% %} as the author wrote them, in prose, headings and code", () => {
    const document = page();
    expect(document.querySelector(".post-body p")?.textContent).toBe(
      "The militia said {{ nothing }} and {# this stays #} here.",
    );
    // `{#anchor}` ending a heading is the heading's id in attribute syntax (attribute-lists.ts).
    const heading = document.querySelector(".post-body h2");
    expect([heading?.textContent, heading?.id]).toEqual(["A heading", "anchor"]);
    expect(document.querySelector(".post-body pre code")?.textContent).toBe(
      "{% if x %} stays too\n",
    );
  });

  it("keeps map data as written", () => {
    const island = page().querySelector('script[type="application/json"]')?.textContent ?? "";
    const collection = JSON.parse(island) as FeatureCollection;
    expect(collection.features[0]?.properties?.title).toBe("Hayy {{ al-Jumhuriya }}");
  });

  it("copies the post's own files beside its page", () => {
    const image = path.join(site.output, "posts/plain/photo.png");
    expect(existsSync(image)).toBe(true);
    expect(readFileSync(image)).toEqual(
      readFileSync(path.join(projectRoot, "tests/fixtures/posts/plain-markdown/plain/photo.png")),
    );
    // The image is shown from the files made of it, beside the page (src/images/).
    const shown = page().querySelector(".post-body picture img")?.getAttribute("src") ?? "";
    expect(shown).toMatch(/^photo-[\w-]{10}-1\.png$/);
    expect(existsSync(path.join(site.output, "posts/plain", shown))).toBe(true);
  });
});
