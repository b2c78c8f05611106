/**
 * Video: bundles the browser video module (`src/client/video.ts`) into the output and gives
 * templates the filter `containsVideo`, so that only pages with a `{% video %}` figure load it.
 * The tag itself is read by the markdown plugin (`src/markdown/video-tag.ts`).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { bundleClientModule, bundleDuringBuild } from "../bundle.ts";
import { containsVideo } from "./figure.ts";

/** Options of {@link videoPlugin}. */
export interface VideoOptions {
  /**
   * Folder in the output the video module (`video.js`) is written to.
   * @default "assets/js"
   */
  moduleOutput?: string;
}

/** The client entry point, `src/client/video.ts`. */
export const videoEntry = fileURLToPath(new URL("../client/video.ts", import.meta.url));

/** Registers the video module bundle and the `containsVideo` filter. */
export default function videoPlugin(eleventyConfig: UserConfig, options: VideoOptions = {}): void {
  const moduleOutput = options.moduleOutput ?? "assets/js";
  bundleDuringBuild(eleventyConfig, (output) =>
    bundleClientModule(videoEntry, "video", path.join(output, moduleOutput)),
  );
  eleventyConfig.addWatchTarget(videoEntry);
  eleventyConfig.addFilter("containsVideo", containsVideo);
}
