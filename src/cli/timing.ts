/**
 * The start-up signal `npm run bench` reads. With `DISPATCH_TIMING=1` in the environment, a build
 * (or the dev server's first build) prints one line on stderr,
 * `dispatch-timing first-template <epoch ms>` (`Date.now()`), at the moment Eleventy starts on its
 * first template: the first call of a preprocessor (https://www.11ty.dev/docs/config-preprocessors/),
 * which Eleventy makes for each template, once the project's files and data are read, as it turns
 * that template into pages, before anything is rendered. Whoever spawned `npm run build` subtracts
 * its own spawn time: what remains is start-up (npm, Node, loading Dispatch and Eleventy, the
 * configuration, the check of the posts, reading the templates). Without the variable nothing is
 * registered and nothing printed.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";

/** The line's first two words. */
export const timingPrefix = "dispatch-timing first-template";

/**
 * Registers the signal's preprocessor when `env.DISPATCH_TIMING` is `"1"`; it prints once per
 * process and never changes or skips a template. Call it before the configuration's own plugins
 * (Eleventy's `config` option), so that it runs first.
 * @param env the environment to read. @default process.env
 * @param write where the line goes, with its newline. @default process.stderr.write
 */
export function registerTimingSignal(
  eleventyConfig: UserConfig,
  env: NodeJS.ProcessEnv = process.env,
  write: (line: string) => void = (line) => process.stderr.write(line),
): void {
  if (env.DISPATCH_TIMING !== "1") return;
  let printed = false;
  eleventyConfig.addPreprocessor("dispatch-timing", "*", () => {
    if (printed) return undefined;
    printed = true;
    write(`${timingPrefix} ${Date.now()}\n`);
    return undefined;
  });
}
