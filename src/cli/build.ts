/**
 * `npm run build`: builds the site into `_site/` with Eleventy. An author's mistake (bad front
 * matter, bad map data) prints one line per problem, `file:line: what; Fix: how`, and exits 1
 * with no stack trace; any other failure is a bug in Dispatch and prints in full.
 */
import { Eleventy } from "@11ty/eleventy";
import { findContentError } from "../errors.ts";

/** Eleventy's error printer: buffered, so content errors can be printed our way instead. */
class BufferedLogger {
  readonly lines: string[] = [];
  message(message: string): void {
    this.lines.push(message);
  }
}

/**
 * Runs one build and returns the process exit code: 0 on success, 1 on failure.
 * @param options.input project root, @default "." ; options.output, @default "_site"
 */
export async function runBuild(options: { input?: string; output?: string } = {}): Promise<number> {
  const eleventy = new Eleventy(options.input ?? ".", options.output ?? "_site", {
    configPath: ".eleventy.ts",
    quietMode: true,
  });
  const errors = new BufferedLogger();
  eleventy.errorHandler.logger = errors;
  try {
    await eleventy.write();
    return 0;
  } catch (error) {
    const contentError = findContentError(error);
    if (contentError) {
      for (const problem of contentError.message.split("\n")) console.error(problem);
      const count = contentError.problems.length;
      console.error(
        `Build failed: ${count} problem${count === 1 ? "" : "s"} in content. Nothing was deployed; fix ${count === 1 ? "it" : "them"} and build again.`,
      );
    } else {
      console.error(errors.lines.join("\n"));
    }
    return 1;
  }
}

process.exitCode = await runBuild();
