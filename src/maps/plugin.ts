/**
 * Maps: bundles the browser map module with esbuild into the output, serves Leaflet's CSS and
 * images from the site itself, writes static maps beside their pages, and gives templates the
 * filters `containsMap` (only pages with a map load the map module), `coverageMap` and
 * `postsByPlace`.
 */
import { bundleDuringBuild } from "../bundle.ts";
import { existsSync } from "node:fs";
import { rm, rmdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { EleventyEnv } from "../markdown/env.ts";
import type { TileProvider } from "../site.ts";
import { coverageCollection, postsByPlace, type LocatedPost } from "./coverage.ts";
import { pageFolderOf, staleMapFiles, type MapFiles } from "./files.ts";
import { renderMap } from "./render-map.ts";

/** Options of {@link mapsPlugin}. */
export interface MapsOptions {
  /** Tile provider of every map; see `src/site.ts`. */
  tiles: TileProvider;
  /**
   * The build's queue of files beside pages, shared with the Markdown and share plugins: this
   * plugin writes them once the pages are written.
   */
  mapFiles: MapFiles;
  /**
   * Folder in the output the map module (`map.js`) and its chunk are written to.
   * @default "assets/js"
   */
  moduleOutput?: string;
  /**
   * Where in the output Leaflet's CSS and images are copied.
   * @default "assets/leaflet"
   */
  leafletOutput?: string;
}

/** The client entry point, `src/client/map.ts`. */
export const clientEntry = fileURLToPath(new URL("../client/map.ts", import.meta.url));

/** True when rendered HTML holds a map figure. */
export function containsMap(html: unknown): boolean {
  return typeof html === "string" && html.includes("data-dispatch-map");
}

/**
 * Bundles the browser map module as ES modules: `map.js`, the small loader pages load, and the
 * chunk it imports when a map nears the viewport (Leaflet and the drawing code).
 * @param outdir folder of the bundle, e.g. `_site/assets/js`
 */
export async function bundleMapModule(outdir: string): Promise<void> {
  // Loaded on first use: start-up loads only what the first template needs.
  const { build } = await import("esbuild");
  await build({
    entryPoints: { map: clientEntry },
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    target: "es2020",
    minify: true,
    sourcemap: "linked",
    chunkNames: "map-[hash]",
    logLevel: "warning",
  });
}

/**
 * Leaflet's `dist` folder (its CSS and marker images), relative to the project root `cwd`: the
 * project's own `node_modules/leaflet/dist` when it has one, even when `node_modules` is a link to
 * a folder elsewhere, else wherever Node resolves the package. Eleventy watches passthrough-copy
 * sources; a path outside the project would make its watcher report every changed file under a
 * wrong path, and the dev server would rebuild without the change.
 */
export function leafletDistFolder(cwd = process.cwd()): string {
  const own = path.join("node_modules", "leaflet", "dist");
  if (existsSync(path.join(cwd, own, "leaflet.css"))) return own;
  const resolved = createRequire(import.meta.url).resolve("leaflet/dist/leaflet.css");
  return path.relative(cwd, path.dirname(resolved));
}

/** Registers the map module bundle, Leaflet's files and the `containsMap` filter. */
export default function mapsPlugin(eleventyConfig: UserConfig, options: MapsOptions): void {
  const moduleOutput = options.moduleOutput ?? "assets/js";
  const leafletOutput = options.leafletOutput ?? "assets/leaflet";
  const leafletDist = leafletDistFolder();
  eleventyConfig.addPassthroughCopy({
    [path.join(leafletDist, "leaflet.css")]: `${leafletOutput}/leaflet.css`,
    [path.join(leafletDist, "images")]: `${leafletOutput}/images`,
  });

  // Natural Earth's outlines are read when the first map needs them, never at start-up.
  bundleDuringBuild(eleventyConfig, (output) => bundleMapModule(path.join(output, moduleOutput)));
  // Static maps and locator insets queued while pages rendered, written beside them. The dev
  // server builds again and again into one _site/: a map file no build writes any more (its map
  // block was removed, or its post) is removed, so that what it serves is what a build makes.
  let written: string[] = [];
  eleventyConfig.on(
    "eleventy.after",
    async ({
      runMode,
      incremental,
      results,
    }: {
      runMode?: string;
      incremental?: boolean;
      results: Array<{ outputPath: string | false }>;
    }) => {
      const now = await options.mapFiles.writeAll();
      if (runMode !== "serve" && runMode !== "watch") return;
      const stale = staleMapFiles(written, now, incremental ? results : undefined);
      await Promise.all(stale.map((file) => rm(file, { force: true })));
      // A map's own folder (its embed page's) goes with its last file.
      const mapFolders = new Set(
        stale.filter((file) => pageFolderOf(file) !== path.dirname(file)).map(path.dirname),
      );
      await Promise.all([...mapFolders].map((folder) => rmdir(folder).catch(() => undefined)));
      const gone = new Set(stale);
      written = [...new Set([...written.filter((file) => !gone.has(file)), ...now])];
    },
  );
  eleventyConfig.addWatchTarget(path.dirname(clientEntry));
  eleventyConfig.addFilter("containsMap", containsMap);

  // The coverage map (pages/map.njk): every post with a location, and the same posts by place.
  eleventyConfig.addFilter(
    "coverageMap",
    function (this: { page: EleventyEnv["page"] }, posts: LocatedPost[]) {
      const collection = coverageCollection(posts);
      if (collection.features.length === 0) return "";
      const caption =
        "Where our analysis is set: each pin links to its post, or to the list of posts set at that place when there are several.";
      return renderMap(
        collection,
        { caption },
        { tiles: options.tiles, files: options.mapFiles },
        { page: this.page },
        // The page's one map: its key is its ordinal.
        "1",
        // The site's own index of its posts: its data is offered, not an embed page.
        { embed: false },
      );
    },
  );
  eleventyConfig.addFilter("postsByPlace", postsByPlace);
}
