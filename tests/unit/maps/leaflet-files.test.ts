import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { leafletDistFolder } from "../../../src/maps/plugin.ts";
import { projectRoot } from "../../helpers/build-site.ts";

describe("leafletDistFolder", () => {
  it("is the project's own node_modules/leaflet/dist, even when node_modules links elsewhere", () => {
    const root = mkdtempSync(path.join(tmpdir(), "dispatch-leaflet-"));
    symlinkSync(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"), "dir");
    // A path through the link, inside the project: Eleventy's watcher keeps project-relative paths.
    expect(leafletDistFolder(root)).toBe(path.join("node_modules", "leaflet", "dist"));
  });

  it("falls back to where Node resolves Leaflet, relative to the project", () => {
    const root = mkdtempSync(path.join(tmpdir(), "dispatch-leaflet-"));
    const folder = leafletDistFolder(root);
    expect(path.resolve(root, folder)).toBe(
      path.join(projectRoot, "node_modules", "leaflet", "dist"),
    );
  });
});
