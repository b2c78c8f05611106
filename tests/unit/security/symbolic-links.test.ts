import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { linkOnTheWay, symbolicLinkProblem } from "../../../src/security/symbolic-links.ts";

/** A temporary project: posts/a/ with photo.png and maps/route.gpx, assets/shared.png, and links. */
function project(): { root: string; outside: string } {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-links-"));
  const outside = mkdtempSync(path.join(tmpdir(), "dispatch-links-outside-"));
  for (const file of ["posts/a/photo.png", "posts/a/maps/route.gpx", "assets/shared.png"]) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), "");
  }
  writeFileSync(path.join(outside, "secret.geojson"), "{}");
  const link = (target: string, at: string) => symlinkSync(target, path.join(root, at));
  link(path.join(outside, "secret.geojson"), "posts/a/data.geojson");
  link("../../assets/shared.png", "posts/a/shared.png");
  link("photo.png", "posts/a/same.png");
  link("..", "posts/a/up");
  link(".", "posts/a/self");
  link("missing.png", "posts/a/broken.png");
  link("ring-b", "posts/a/ring-a");
  link("ring-a", "posts/a/ring-b");
  link("maps", "posts/a/linked-maps");
  return { root, outside };
}

const { root, outside } = project();
const noLinks = "the build follows no link in posts/";
const copy = "put a copy of the file itself in posts/a/ instead of the link";

describe("symbolicLinkProblem", () => {
  it.each([
    [
      "posts/a/data.geojson",
      `is a symbolic link to ${path.join(outside, "secret.geojson")}, outside the project; ${noLinks}, since one could publish any file of the machine that builds the site`,
      copy,
    ],
    ["posts/a/shared.png", `is a symbolic link to assets/shared.png; ${noLinks}`, copy],
    ["posts/a/same.png", `is a symbolic link to posts/a/photo.png; ${noLinks}`, copy],
    [
      "posts/a/up",
      `is a symbolic link to .., a folder that holds the link (a loop); ${noLinks}`,
      "delete the link",
    ],
    [
      "posts/a/self",
      `is a symbolic link to ., a folder that holds the link (a loop); ${noLinks}`,
      "delete the link",
    ],
    [
      "posts/a/broken.png",
      `is a symbolic link to missing.png, which does not exist; ${noLinks}`,
      "delete the link, or put the file itself in its place",
    ],
    [
      "posts/a/ring-a",
      `is a symbolic link to ring-b that leads back into itself (a loop); ${noLinks}`,
      "delete the link",
    ],
  ])("describes %s", (link, message, fix) => {
    expect(symbolicLinkProblem(root, link)).toEqual({ file: link, message, fix });
  });
});

describe("linkOnTheWay", () => {
  it.each([
    ["posts/a/maps/route.gpx", undefined],
    ["posts/a/photo.png", undefined],
    ["posts/a/same.png", "posts/a/same.png"],
    ["posts/a/linked-maps/route.gpx", "posts/a/linked-maps"],
    ["posts/a/gone/route.gpx", undefined],
  ])("from posts/a to %s: %s", (file, link) => {
    expect(linkOnTheWay(root, "posts/a", file)).toBe(link);
  });
});
