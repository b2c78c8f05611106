/**
 * The launcher every npm script that runs Dispatch goes through:
 * `node scripts/dispatch.mjs <build|serve|verify|new|import-wordpress|screenshot> [args…]`.
 *
 * It runs the command's compiled module (`dist/cli/<command>.js`, see `scripts/compile.mjs`) in
 * this process, with the arguments as given, so no TypeScript is transpiled at start-up. First it
 * compares the stamp of the compiled output with the sources (`scripts/stamp.mjs`: sizes and
 * modification times of `src/`, `.eleventy.ts`, package.json and package-lock.json, a few
 * milliseconds): when anything changed since the last compile, or nothing was compiled (a project
 * copied without `dist/`), it compiles again first, saying so in one line on a terminal only.
 * A source that does not compile stops it with esbuild's messages (file, line, column), exit 1;
 * an unknown command prints the usage, exit 2.
 *
 * The command sees `process.argv[1]` as its source (`src/cli/build.ts`), as it did when run with
 * tsx, and Eleventy is given the compiled configuration through `DISPATCH_ELEVENTY_CONFIG`.
 * With `DISPATCH_DEBUG=1`, stack traces name the TypeScript sources (source maps).
 */
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { missingOutputs, outputFolder, readStamp, sourceStamp, staleSources } from "./stamp.mjs";

/** The commands, each the name of its module in `src/cli/` (`build` → `src/cli/build.ts`). */
const commands = ["build", "serve", "verify", "new", "import-wordpress", "screenshot"];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [command, ...args] = process.argv.slice(2);

if (!command || !commands.includes(command)) {
  console.error(
    `dispatch: ${command ? `unknown command ${JSON.stringify(command)}` : "no command"}\n` +
      `Usage: node scripts/dispatch.mjs <${commands.join("|")}> [args…]`,
  );
  process.exit(2);
}

const compiled = readStamp(root);
const stale = missingOutputs(root, compiled).length
  ? [`${outputFolder}/`]
  : staleSources(compiled, sourceStamp(root));
if (stale.length > 0) {
  const { compile, CompileError } = await import("./compile.mjs");
  if (process.stderr.isTTY) {
    const why =
      stale[0] === `${outputFolder}/`
        ? ""
        : ` (${stale.length === 1 ? stale[0] : `${stale.length} files`} changed)`;
    process.stderr.write(`Compiling Dispatch${why}…\n`);
  }
  try {
    await compile(root);
  } catch (error) {
    console.error(error instanceof CompileError ? error.message : error);
    process.exit(1);
  }
}

process.env.DISPATCH_ELEVENTY_CONFIG = path.join(root, outputFolder, "config/eleventy.js");
process.argv = [
  process.argv[0] ?? process.execPath,
  path.join(root, `src/cli/${command}.ts`),
  ...args,
];
if (process.env.DISPATCH_DEBUG) process.setSourceMapsEnabled(true);
try {
  await import(pathToFileURL(path.join(root, outputFolder, `cli/${command}.js`)).href);
} catch (error) {
  // A package the lock file names is not installed (a pull added a dependency): say what to do.
  const missing = /^Cannot find package '([^']+)'/.exec(error?.message ?? "");
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !missing) throw error;
  console.error(
    `dispatch: the package ${missing[1]} is not installed (package-lock.json names packages node_modules/ does not have). Fix: run npm ci`,
  );
  process.exit(1);
}
