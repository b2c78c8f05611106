/**
 * Runs the real build (`src/cli/build.ts`, Eleventy under tsx) on a copy of this project whose
 * `posts/` are either the real ones or a fixture's, in a temporary folder, as an author would.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseHTML } from "linkedom";

/** The repository root. */
export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** What one build did. */
export interface BuiltSite {
  /** The temporary project the build ran in. */
  root: string;
  /** `<root>/_site`. */
  output: string;
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Options of {@link makeProject}. */
export interface ProjectOptions {
  /** Folder whose subfolders are the posts (`<slug>/index.md`); default: the real `posts/`. */
  posts?: string;
  /** Files to put in `_site/` before the build, to see what a failed build leaves. */
  previousOutput?: Record<string, string>;
}

/** Options of {@link buildSite}. */
export interface BuildSiteOptions extends ProjectOptions {
  /** Extra environment, e.g. `{ TZ: "Asia/Tokyo" }`. */
  env?: Record<string, string>;
  /** Arguments of `npm run build`, e.g. `["--pathprefix=/basra-blog/"]`. */
  args?: string[];
}

const projectParts = [".eleventy.ts", "package.json", "src", "layouts", "pages", "assets"];

/**
 * Copies the project with the given posts into a temporary folder, as a user's clone would look
 * (its `node_modules` linked), and returns its root.
 */
export function makeProject(options: ProjectOptions = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-build-"));
  for (const part of projectParts) {
    cpSync(path.join(projectRoot, part), path.join(root, part), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  const posts = path.join(root, "posts");
  cpSync(options.posts ?? path.join(projectRoot, "posts"), posts, { recursive: true });
  if (!existsSync(path.join(posts, "posts.11tydata.json"))) {
    cpSync(
      path.join(projectRoot, "posts/posts.11tydata.json"),
      path.join(posts, "posts.11tydata.json"),
    );
  }
  for (const [file, text] of Object.entries(options.previousOutput ?? {})) {
    mkdirSync(path.dirname(path.join(root, "_site", file)), { recursive: true });
    writeFileSync(path.join(root, "_site", file), text);
  }
  return root;
}

/** Copies the project with the given posts into a temporary folder and builds it. */
export function buildSite(options: BuildSiteOptions = {}): BuiltSite {
  const root = makeProject(options);
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "src/cli/build.ts", ...(options.args ?? [])],
    { cwd: root, env: { ...process.env, ...options.env }, encoding: "utf8" },
  );
  return {
    root,
    output: path.join(root, "_site"),
    exitCode: result.status ?? -1,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** Reads a built page and parses it with a real HTML parser (linkedom). */
export function readPage(output: string, urlPath: string): Document {
  const file = path.join(output, urlPath, urlPath.endsWith(".html") ? "" : "index.html");
  return parseHTML(readFileSync(file, "utf8")).document as unknown as Document;
}

/** What `npm run verify` printed and returned when run in a built project. */
export interface VerifyRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run verify` (the real CLI) in `root` with `args`. */
export function runVerify(root: string, args: string[] = []): VerifyRun {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(projectRoot, "src/cli/verify.ts"), ...args],
    { cwd: root, env: process.env, encoding: "utf8" },
  );
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
