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

/** Options of {@link buildSite}. */
export interface BuildSiteOptions {
  /** Folder whose subfolders are the posts (`<slug>/index.md`); default: the real `posts/`. */
  posts?: string;
  /** Extra environment, e.g. `{ TZ: "Asia/Tokyo" }`. */
  env?: Record<string, string>;
  /** Arguments of `npm run build`, e.g. `["--pathprefix=/basra-blog/"]`. */
  args?: string[];
  /** Files to put in `_site/` before the build, to see what a failed build leaves. */
  previousOutput?: Record<string, string>;
}

const projectParts = [".eleventy.ts", "package.json", "src", "layouts", "pages", "assets"];

/** Copies the project with the given posts into a temporary folder and builds it. */
export function buildSite(options: BuildSiteOptions = {}): BuiltSite {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-build-"));
  for (const part of projectParts) {
    cpSync(path.join(projectRoot, part), path.join(root, part), { recursive: true });
  }
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  cpSync(options.posts ?? path.join(projectRoot, "posts"), path.join(root, "posts"), {
    recursive: true,
  });
  if (!existsSync(path.join(root, "posts", "posts.11tydata.json"))) {
    cpSync(
      path.join(projectRoot, "posts", "posts.11tydata.json"),
      path.join(root, "posts", "posts.11tydata.json"),
    );
  }
  const output = path.join(root, "_site");
  for (const [file, text] of Object.entries(options.previousOutput ?? {})) {
    mkdirSync(path.dirname(path.join(output, file)), { recursive: true });
    writeFileSync(path.join(output, file), text);
  }
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "src/cli/build.ts", ...(options.args ?? [])],
    {
      cwd: root,
      env: { ...process.env, ...options.env },
      encoding: "utf8",
    },
  );
  return {
    root,
    output,
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
    {
      cwd: root,
      env: process.env,
      encoding: "utf8",
    },
  );
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
