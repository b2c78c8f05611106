/**
 * Compiles Dispatch's TypeScript once, so that no command transpiles it when it starts: the
 * commands of `src/cli/` and the Eleventy configuration `.eleventy.ts`, with every module of
 * `src/` they import, bundled by esbuild into `dist/` (ignored by git) as ES modules for Node 20.
 * Packages stay in `node_modules/` (imported, not bundled), so Eleventy and the configuration
 * share one copy of each, except the few small pure-JavaScript ones that only Dispatch uses and
 * that the first template needs ({@link bundledPackages}): bundled, they load as one file each
 * instead of dozens (zod alone is 95 modules).
 *
 * `npm ci` and `npm install` run it (`prepare`); the launcher (`scripts/dispatch.mjs`) runs it
 * again when a source changed since (`scripts/stamp.mjs`). `node scripts/compile.mjs` by hand.
 *
 * The entry points share their modules through chunks (esbuild's code splitting), so the post
 * store, the dev server's state and the share images under way are one instance for the command
 * and the configuration Eleventy imports. Every file of `dist/` is one folder deep
 * (`dist/cli/build.js`, `dist/config/eleventy.js`, `dist/chunks/…`), and `import.meta.url` in a
 * source is compiled to that source's own URL, found from the output's (`../../src/maps/plugin.ts`):
 * `new URL("../client/map.ts", import.meta.url)` still names the browser module's source and
 * `createRequire(import.meta.url)` still resolves from `src/`, in whatever folder the project is.
 */
import { readFile, readdir, rename, rm, stat, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { build } from "esbuild";
import { outputFolder, sourceStamp, stampFile, writeStamp } from "./stamp.mjs";

/** The compiled entry points: output name (in `dist/`, without `.js`) → source. */
export const entryPoints = {
  "cli/build": "src/cli/build.ts",
  "cli/serve": "src/cli/serve.ts",
  "cli/verify": "src/cli/verify.ts",
  "cli/new": "src/cli/new.ts",
  "cli/import-wordpress": "src/cli/import-wordpress.ts",
  "cli/screenshot": "src/cli/screenshot.ts",
  "config/eleventy": ".eleventy.ts",
};

/**
 * Packages compiled into `dist/` with Dispatch's own modules (with what they import), because
 * start-up loads them: pure JavaScript, no files of their own read at run time, not shared with
 * Eleventy. Every other package of package.json is imported from `node_modules/`.
 */
export const bundledPackages = [
  "zod",
  "entities",
  "markdown-it",
  "jsonc-parser",
  "fastest-levenshtein",
  "d3-geo",
  "topojson-client",
  "simplify-js",
  "@mapbox/geojson-rewind",
  "markdown-it-anchor",
  "markdown-it-container",
  "markdown-it-footnote",
];

/**
 * The packages left in `node_modules/`: those of the project's package.json but
 * {@link bundledPackages}, with their subpaths (`@11ty/eleventy/UserConfig`).
 * @param {string} root absolute project root
 * @returns {Promise<string[]>}
 */
async function externalPackages(root) {
  const manifest = JSON.parse(await readFile(path.join(root, "package.json"), "utf8"));
  const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
  return names
    .filter((name) => !bundledPackages.includes(name))
    .flatMap((name) => [name, `${name}/*`]);
}

/**
 * Files of `dist/` that no compile wrote for this long are removed by the next compile. A command
 * imports every module of its own when it starts (only packages are imported later), so this
 * only has to outlast a start-up under way while another command compiles.
 */
const keepOldOutputMs = 10 * 60 * 1000;

/** A source that does not compile: esbuild's messages, one `file:line:column: text` a line. */
export class CompileError extends Error {
  /** @param {string[]} lines */
  constructor(lines) {
    super(`Dispatch's TypeScript does not compile:\n${lines.join("\n")}`);
    this.name = "CompileError";
  }
}

/**
 * An esbuild plugin that compiles `import.meta.url` in the project's own TypeScript to the URL of
 * the source file, computed from the output file's URL (every output is one folder deep in
 * `dist/`).
 * @param {string} root absolute project root
 * @returns {import("esbuild").Plugin}
 */
function sourceUrls(root) {
  return {
    name: "dispatch-source-urls",
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        const contents = await readFile(args.path, "utf8");
        if (!contents.includes("import.meta.url")) return { contents, loader: "ts" };
        const fromOutput = `../../${path.relative(root, args.path).split(path.sep).join("/")}`;
        return {
          contents: contents.replaceAll(
            "import.meta.url",
            `new URL(${JSON.stringify(fromOutput)}, import.meta.url).href`,
          ),
          loader: "ts",
        };
      });
    },
  };
}

/**
 * Writes a file whole or not at all (a temporary file renamed over it), so that a command
 * starting while another compiles never reads half a module.
 * @param {string} file absolute path
 * @param {Uint8Array | string} contents
 */
async function writeWhole(file, contents) {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, file);
}

/**
 * Removes files of `dist/` that this compile did not write, once older than
 * {@link keepOldOutputMs}: a command starting meanwhile may still be importing them.
 * @param {string} dist absolute output folder
 * @param {Set<string>} written absolute paths this compile wrote
 */
async function removeOldOutput(dist, written) {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const now = Date.now();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    if (written.has(file) || entry.name === stampFile) continue;
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: now }));
    if (now - mtimeMs > keepOldOutputMs) await rm(file, { force: true });
  }
}

/**
 * Compiles the project's TypeScript into `dist/` and writes the stamp of the sources it read
 * (taken before reading them, so that a save during the compile makes the output stale).
 * @param {string} root absolute project root
 * @returns {Promise<{ ms: number }>} how long it took, in milliseconds
 * @throws {CompileError} when a source does not compile (its file, line and column named)
 */
export async function compile(root) {
  const started = performance.now();
  const stamp = sourceStamp(root);
  const dist = path.join(root, outputFolder);
  let result;
  try {
    result = await build({
      absWorkingDir: root,
      entryPoints: Object.fromEntries(
        Object.entries(entryPoints).map(([name, source]) => [name, path.join(root, source)]),
      ),
      outdir: dist,
      chunkNames: "chunks/[name]-[hash]",
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      external: await externalPackages(root),
      // A bundled package's ES module build where it has one (jsonc-parser's main is UMD).
      mainFields: ["module", "main"],
      // Class and function names stay as written (error names, messages that print them).
      keepNames: true,
      // Read only with DISPATCH_DEBUG=1 (the launcher turns source maps on): stack traces name
      // the sources.
      sourcemap: "linked",
      sourcesContent: false,
      plugins: [sourceUrls(root)],
      write: false,
      logLevel: "silent",
    });
  } catch (error) {
    const messages = /** @type {{ errors?: import("esbuild").Message[] }} */ (error).errors;
    if (!messages) throw error;
    throw new CompileError(
      messages.map(({ location, text }) =>
        location ? `${location.file}:${location.line}:${location.column + 1}: ${text}` : text,
      ),
    );
  }
  // Chunks first, then the entry points that import them, then the stamp that says all is there.
  const files = [...result.outputFiles].sort(
    (a, b) => Number(!a.path.includes("/chunks/")) - Number(!b.path.includes("/chunks/")),
  );
  for (const file of files) await writeWhole(file.path, file.contents);
  const outputs = files.map((file) => path.relative(root, file.path).split(path.sep).join("/"));
  writeStamp(root, { ...stamp, outputs });
  await removeOldOutput(dist, new Set(files.map((file) => file.path)));
  return { ms: performance.now() - started };
}

// `node scripts/compile.mjs` (npm's `prepare`): compiles the project this script is in.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  try {
    const { ms } = await compile(root);
    console.log(`Compiled Dispatch into ${outputFolder}/ in ${(ms / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(error instanceof CompileError ? error.message : error);
    process.exitCode = 1;
  }
}
