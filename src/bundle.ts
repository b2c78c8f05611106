/**
 * Bundling of the small browser modules (video, search) with esbuild, shared by the plugins that
 * write them into the output. The map module has its own build (`src/maps/plugin.ts`): it splits
 * Leaflet into a chunk loaded only when a map nears the viewport.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { trackOutputWrite } from "./shared/output-writes.ts";

/**
 * Runs `bundle` alongside each build: started when the build starts (`eleventy.before`), awaited
 * when it ends (`eleventy.after`), so that esbuild, a process of its own, bundles on the other
 * core while Eleventy reads and renders the pages, none of which waits for a bundle (pages name
 * the bundles' fixed file names). A failed bundle fails the build at its end.
 * @param bundle writes the bundle into the output folder it is given, e.g. `_site`
 */
export function bundleDuringBuild(
  eleventyConfig: UserConfig,
  bundle: (output: string) => Promise<void>,
): void {
  let bundling: Promise<void> | undefined;
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { output: string } }) => {
    bundling = bundle(directories.output);
    // Awaited at the end of the build; a build that fails before then does not report it twice,
    // but waits for it (outputWritesSettled) before it removes its staging folder.
    bundling.catch(() => undefined);
    trackOutputWrite(bundling);
  });
  eleventyConfig.on("eleventy.after", async () => {
    await bundling;
  });
}

/**
 * Bundles a browser module as one minified ES module `<name>.js` (with a linked source map) in
 * `outdir`, targeting ES2020.
 * @param entry the TypeScript entry point, e.g. `src/client/video.ts`
 * @param name the output file's name without `.js`
 * @param outdir the folder in the output, e.g. `_site/assets/js`
 * @throws esbuild's error when the module does not compile (a bug in Dispatch, not content)
 */
export async function bundleClientModule(
  entry: string,
  name: string,
  outdir: string,
): Promise<void> {
  // Loaded on first use: start-up loads only what the first template needs.
  const { build } = await import("esbuild");
  await build({
    entryPoints: { [name]: entry },
    outdir,
    bundle: true,
    format: "esm",
    target: "es2020",
    minify: true,
    sourcemap: "linked",
    logLevel: "warning",
  });
}
