/**
 * Posts whose `location` and maps disagree because two numbers were swapped: the build stops,
 * naming the feature or the front matter field, its file and line, and the fix; a post set in
 * Basra with a correct map of Washington passes.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, projectRoot } from "../helpers/build-site.ts";

const site = buildSite({ posts: path.join(projectRoot, "tests/fixtures/posts/places-swapped") });
const problems = site.stderr.split("\n").filter((line) => /^posts\/[^:]+:\d+: /.test(line));

describe("a post's location checked against its maps", () => {
  it("stops the build", () => {
    expect(site.exitCode).not.toBe(0);
    expect(site.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [
      "a lone feature swapped, at its coordinates' line, with the fix",
      'posts/lone-feature/index.md:14: map feature 1 ("Basra palace"): position [30.53, 47.83] looks like [latitude, longitude]: it lies 2,422 km from the post\'s location "Basra" [47.81, 30.515], and swapped it lies within 3 km of it; GeoJSON positions are [longitude, latitude]. Fix: swap the two numbers of each position, e.g. write [47.83, 30.53] (or, if the feature is right, the post\'s location.coordinates are the ones swapped: write [30.515, 47.81])',
    ],
    [
      "a location swapped against two features, at the front matter line",
      'posts/swapped-location/index.md:6: front matter field "location.coordinates": [30.515, 47.81] looks like [latitude, longitude]: it lies far from both features of this post\'s map, and swapped it lies among them; positions are [longitude, latitude]. Fix: swap the two numbers: write coordinates: [47.81, 30.515] (or, if the location is right, swap the two numbers of each position of the map)',
    ],
    [
      "a location swapped against a GPX waypoint",
      'posts/swapped-location-gpx/index.md:4: front matter field "location.coordinates": [30.39, 47.71] looks like [latitude, longitude]: it lies far from the feature of this post\'s map, and swapped it lies among them; positions are [longitude, latitude]. Fix: swap the two numbers: write coordinates: [47.71, 30.39]',
    ],
  ])("names %s", (_name, line) => {
    expect(problems).toContain(line);
  });

  it("names nothing else: a correct map far from the location passes", () => {
    expect(problems).toHaveLength(3);
    expect(problems.some((line) => line.includes("far-map"))).toBe(false);
  });
});
