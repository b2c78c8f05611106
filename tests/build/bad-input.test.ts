import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, projectRoot } from "../helpers/build-site.ts";

const fixtures = path.join(projectRoot, "tests/fixtures/posts");

/** 1-based line of the first line of a fixture that contains `text`. */
function lineOf(fixture: string, text: string): number {
  const lines = readFileSync(path.join(fixtures, fixture), "utf8").split("\n");
  const index = lines.findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`${text} not in ${fixture}`);
  return index + 1;
}

const cases = [
  {
    name: "a position written [latitude, longitude]",
    fixture: "swapped-position",
    expected: () => [
      `posts/swapped/index.md:${lineOf("swapped-position/swapped/index.md", "Jubaila")}: map feature 3 ("Jubaila"): position [30.537, 47.812] looks like [latitude, longitude]`,
      "Fix: swap the two numbers of each position, e.g. write [47.812, 30.537]",
    ],
  },
  {
    name: "invalid JSON",
    fixture: "invalid-json",
    expected: () => [
      `posts/invalid-json/index.md:${lineOf("invalid-json/invalid-json/index.md", "  ]")}: map data is not valid JSON: expected a value (no comma after the last item)`,
    ],
  },
  {
    name: "a polygon ring that is not closed",
    fixture: "open-ring",
    expected: () => [
      `posts/open-ring/index.md:${lineOf("open-ring/open-ring/index.md", "[[[47.8401")}: map feature 1 ("Tamimiyah"): polygon ring 1 is not closed: it starts at [47.8401, 30.5134] and ends at [47.8259, 30.5106]`,
      "Fix: repeat the first position [47.8401, 30.5134] as the last position of the ring",
    ],
  },
  {
    name: "front matter of the wrong types, every problem reported",
    fixture: "bad-front-matter",
    expected: () => [
      'posts/numbers-and-strings/index.md:2: front matter field "title": expected text, found the number 1984. Fix: put the value in quotes so YAML keeps it as text, e.g. title: "1984"',
      'posts/numbers-and-strings/index.md:4: front matter field "tags": expected a list, found the text "Iraq, Basra". Fix: write tags as a list: tags: [Iraq, Basra]',
      'posts/toc-words/index.md:4: front matter field "toc": expected true or false, found the text "no". Fix: write toc: false to leave out the table of contents, or toc: true to show it whatever the number of headings',
    ],
  },
  {
    name: "an unquoted colon in the title",
    fixture: "unquoted-colon",
    expected: () => [
      "posts/unquoted-colon/index.md:3: front matter is not valid YAML",
      'Fix: a value that contains a colon and a space must be in quotes: title: "Basra: the battle for the south"',
    ],
  },
  {
    name: "YAML and JSON traps, each fix written from what the author wrote",
    fixture: "front-matter-fixes",
    expected: () => [
      'posts/json-traps/index.md:3: front matter field "title": expected text, found the number 1984. Fix: put the value in double quotes so it is text: "title": "1984"',
      'posts/json-traps/index.md:5: front matter field "tags": expected a list, found the text "Iraq, Basra". Fix: write tags as a list: "tags": ["Iraq", "Basra"]',
      'posts/yaml-traps/index.md:2: front matter field "title": expected text, found the number 1.5. Fix: put the value in quotes so YAML keeps it as text, e.g. title: "1.50"',
      'posts/yaml-traps/index.md:3: front matter field "date": "2010-5-4" is not a date: write YYYY-MM-DD, or YYYY-MM-DDTHH:MM with an optional offset, on a day that exists. Fix: write the date as YYYY-MM-DD, month and day in two digits: date: 2010-05-04',
      'posts/yaml-traps/index.md:4: front matter field "draft": expected true or false, found the text "yes". Fix: write draft: true to keep the post a draft, or remove the line to publish it',
      'posts/yaml-traps/index.md:5: front matter field "image": expected a mapping, found the text "cover.jpg". Fix: write the image as a mapping: image: {src: cover.jpg, alt: "What the image shows"}',
      'posts/yaml-traps/index.md:6: front matter field "summary": expected text, found an empty value. Fix: write the summary after "summary:", or remove the line',
      'posts/yaml-traps/index.md:7: front matter field "tags.1": expected text, found the number 7. Fix: put the value in quotes so YAML keeps it as text: "007"',
      "Build failed: 8 problems in content",
    ],
  },
  {
    name: "problems in several posts, every one reported at once",
    fixture: "many-problems",
    expected: () => [
      'posts/bad-date/index.md:3: front matter field "date": expected text, found the number 2008. Fix: write the date as YYYY-MM-DD, e.g. date: 2008-03-27',
      'posts/bad-date/index.md:4: front matter field "page" is a name Eleventy keeps for itself. Fix: rename the field',
      'posts/empty-geometry/index.md:11: map feature 1 ("Areas"): MultiPolygon needs "coordinates" as an array with at least one member. Fix: give it coordinates, or remove the feature',
      "posts/empty-geometry/index.md:16: the ```geojson block opened on this line is never closed. Fix: end it with a line holding only ```",
      "posts/loose.md:1: a post is a folder holding index.md, not a loose Markdown file. Fix: move it to posts/loose/index.md",
      'posts/bad-date/index.md:9: map file "missing.kml" does not exist in posts/bad-date/. Fix: check the file name, or add the file to the post\'s folder',
      'posts/map-ids/index.md:12: map id "port" is already the id of the map at line 6. Fix: give each map of a post its own id',
      'posts/map-ids/index.md:16: {% map "port.geojson" %}: map option "id" must be 1 to 40 lower-case letters, digits and hyphens, beginning with a letter and ending with a letter or digit, found "The Port". Fix: write e.g. id="the-port"',
      "Build failed: 8 problems in content",
    ],
  },
  {
    name: "images and attached files that are not in the post's folder",
    fixture: "missing-files",
    expected: () => [
      `posts/broken-images/index.md:${lineOf("missing-files/broken-images/index.md", "(bridge.png)")}: image "bridge.png" is not a file in posts/broken-images/. Fix: write its name as it is on disk, "Bridge.png" (web servers tell capitals apart)`,
      `posts/broken-images/index.md:${lineOf("missing-files/broken-images/index.md", "umm-qasr.jpg")}: image "umm-qasr.jpg" is not a file in posts/broken-images/. Fix: add umm-qasr.jpg to posts/broken-images/, or correct the path`,
      `posts/broken-images/index.md:${lineOf("missing-files/broken-images/index.md", "report.pdf")}: linked file "report.pdf" is not a file in posts/broken-images/. Fix: add report.pdf to posts/broken-images/, or correct the path`,
      "Build failed: 3 problems in content",
    ],
  },
  {
    name: "a post's own cite.bib and cite.ris, which its downloads would replace",
    fixture: "own-cite-files",
    expected: () => [
      "posts/basra/Cite.RIS: the build writes the post's RIS record as cite.ris beside its page, over this file. Fix: remove it (the sources a post cites go in its citations: front matter), or rename it if you keep it for yourself, e.g. to sources.ris; the build publishes no .ris file of a post's",
      "posts/basra/cite.bib: the build writes the post's BibTeX entry as cite.bib beside its page, over this file. Fix: remove it (the sources a post cites go in its citations: front matter), or rename it if you keep it for yourself, e.g. to sources.bib; the build publishes no .bib file of a post's",
      "Build failed: 2 problems in content",
    ],
  },
];

describe.each(cases)("a build with $name", ({ fixture, expected }) => {
  const site = buildSite({
    posts: path.join(fixtures, fixture),
    previousOutput: { "index.html": "the previous site" },
  });

  it("fails with exit code 1", () => {
    expect(site.exitCode).toBe(1);
  });

  it("names the file, the line, what is wrong and the fix", () => {
    for (const text of expected()) expect(site.stderr).toContain(text);
    expect(site.stderr).toMatch(
      /Build failed: \d+ problems? in content; _site\/ was left as it was\./,
    );
  });

  it("prints no stack trace, and no summary of files written", () => {
    expect(site.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(site.stderr).not.toContain("Original error stack trace");
    expect(site.stdout).toBe("");
  });

  it("leaves the previous site as it was and nothing half-written", () => {
    expect(readFileSync(path.join(site.output, "index.html"), "utf8")).toBe("the previous site");
    expect(existsSync(path.join(site.root, "_site.building"))).toBe(false);
  });
});
