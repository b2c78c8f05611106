import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { leafletDistFolder } from "../../../src/maps/plugin.ts";
import { projectRoot } from "../../helpers/build-site.ts";

/** Temporary project roots, removed after the tests. */
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
const temporaryRoot = () => {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-leaflet-"));
  roots.push(root);
  return root;
};

describe("leafletDistFolder", () => {
  it("is the project's own node_modules/leaflet/dist, even when node_modules links elsewhere", () => {
    const root = temporaryRoot();
    symlinkSync(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"), "dir");
    // A path through the link, inside the project: Eleventy's watcher keeps project-relative paths.
    expect(leafletDistFolder(root)).toBe(path.join("node_modules", "leaflet", "dist"));
  });

  it("falls back to where Node resolves Leaflet, relative to the project", () => {
    const root = temporaryRoot();
    const folder = leafletDistFolder(root);
    expect(path.resolve(root, folder)).toBe(
      path.join(projectRoot, "node_modules", "leaflet", "dist"),
    );
  });
});
