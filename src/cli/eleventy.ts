/**
 * What `build` and `serve` share: an Eleventy instance on this project whose error printer is
 * buffered, and the report of a failed build: content problems as `file:line: what. Fix: how`,
 * other failures as their messages, with the stack trace only when `DISPATCH_DEBUG` is set.
 */
import { Eleventy } from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { findContentError } from "../errors.ts";
import { duplicateOutputError } from "../content/duplicate-output.ts";
import { registerDevServer } from "../content/rebuild-mode.ts";
import { registerTimingSignal } from "./timing.ts";

/** Eleventy's error printer, buffered so that failures can be printed our way instead. */
class BufferedLogger {
  readonly lines: string[] = [];
  message(message: string): void {
    this.lines.push(message);
  }
}

/** Options of {@link createEleventy}. */
export interface EleventyOptions {
  /** Output folder. */
  output: string;
  /** Path prefix, `/` or `/basra-blog/`. */
  pathPrefix: string;
  /** `build`, or `serve` for the dev server. */
  runMode: "build" | "serve";
}

/**
 * Creates an Eleventy instance on the project in the working directory. Its configuration is
 * `.eleventy.ts`, or the compiled one the launcher names in `DISPATCH_ELEVENTY_CONFIG`
 * (`dist/config/eleventy.js`, see `scripts/dispatch.mjs`).
 */
export function createEleventy(options: EleventyOptions): Eleventy {
  const eleventy = new Eleventy(".", options.output, {
    configPath: process.env.DISPATCH_ELEVENTY_CONFIG ?? ".eleventy.ts",
    quietMode: true,
    pathPrefix: options.pathPrefix,
    runMode: options.runMode,
    // Runs before the configuration file.
    config: (eleventyConfig: UserConfig) => {
      registerTimingSignal(eleventyConfig);
      // The dev server does not follow the configuration's imports to reload it when one
      // changes: the compiled chunks are not the sources, and a change to src/ takes effect at
      // the next start, as it did with `.eleventy.ts` (https://www.11ty.dev/docs/watch-serve/).
      eleventyConfig.setWatchJavaScriptDependencies(false);
    },
  });
  // A build reports its own failure (reportFailure); the dev server lets Eleventy print each
  // failed rebuild, whose content errors carry no stack trace.
  if (options.runMode === "build") eleventy.errorHandler.logger = new BufferedLogger();
  else {
    // Saves that change only a post's body rebuild only what shows it (src/content/rebuild-mode.ts).
    registerDevServer(eleventy);
    // The dev server prints an author's mistakes as a build does, one line per problem, without
    // Eleventy's numbered chain of wrappers and its "(via ContentError)".
    const handler = eleventy.errorHandler as unknown as {
      error(error: unknown, message?: string): void;
    };
    const eleventyError = handler.error.bind(handler);
    handler.error = (error, message) => {
      if (findContentError(error) ?? duplicateOutputError(error))
        reportFailure(error, "save a fix and the site builds again");
      else eleventyError(error, message);
    };
  }
  return eleventy;
}

/** The messages of an error and the errors it wraps (`originalError`, `cause`), outermost first. */
export function errorChain(error: unknown): string[] {
  const messages: string[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current);
    messages.push(current.message.trim());
    current = (current as { originalError?: unknown }).originalError ?? current.cause;
  }
  return messages;
}

/**
 * Prints why a build failed on stderr and returns the number of content problems (0 when the
 * failure is not an author's mistake).
 * @param outcome what to say after the problems, e.g. "_site/ was left as it was"
 */
export function reportFailure(error: unknown, outcome: string): number {
  const contentError = findContentError(error) ?? duplicateOutputError(error);
  if (contentError) {
    for (const line of contentError.message.split("\n")) console.error(line);
    const count = contentError.problems.length;
    console.error(
      `Build failed: ${count} problem${count === 1 ? "" : "s"} in content; ${outcome}.`,
    );
    return count;
  }
  console.error(`Build failed: ${errorChain(error).join("\n  caused by: ")}`);
  if (process.env.DISPATCH_DEBUG) {
    console.error(error instanceof Error ? error.stack : error);
  } else {
    console.error(`${outcome}. For the stack trace, run again with DISPATCH_DEBUG=1.`);
  }
  return 0;
}
