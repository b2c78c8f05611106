/**
 * Runs the real build (`npm run build`: the launcher `scripts/dispatch.mjs`, which runs the
 * compiled `src/cli/build.ts`) on a copy of this project whose `posts/` are either the real ones
 * or a fixture's, in a temporary folder, as an author would.
 */
import { spawn, spawnSync } from "node:child_process";
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
import type { SiteSettings } from "../../src/site.ts";
import { compile } from "../../scripts/compile.mjs";
import {
  outputFolder,
  readStamp,
  sourceStamp,
  staleSources,
  writeStamp,
} from "../../scripts/stamp.mjs";

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
  /**
   * Site settings that differ from `src/site.ts` in this project only, e.g.
   * `{ lists: { postsPerPage: 2 } }`: an object value is merged into the setting, any other
   * value replaces it. See {@link overrideSiteSettings}.
   */
  site?: SiteOverrides;
}

/** Settings of `src/site.ts` to change for one test project; objects are merged one level deep. */
export type SiteOverrides = {
  [Key in keyof SiteSettings]?: SiteSettings[Key] extends readonly unknown[]
    ? SiteSettings[Key]
    : SiteSettings[Key] extends object
      ? Partial<SiteSettings[Key]>
      : SiteSettings[Key];
};

/**
 * Appends statements to the project's copy of `src/site.ts` that change its `site` object as
 * `overrides` says, so the build reads them exactly where it reads the real settings.
 */
export function overrideSiteSettings(root: string, overrides: SiteOverrides): void {
  const lines = Object.entries(overrides).map(([key, value]) =>
    typeof value === "object" && value !== null && !Array.isArray(value)
      ? `Object.assign(site.${key}, ${JSON.stringify(value)});`
      : `site.${key} = ${JSON.stringify(value)};`,
  );
  if (lines.length === 0) return;
  const file = path.join(root, "src/site.ts");
  writeFileSync(
    file,
    `${readFileSync(file, "utf8")}\n// Test overrides (tests/helpers/build-site.ts).\n${lines.join("\n")}\n`,
  );
}

/** Options of {@link buildSite}. */
export interface BuildSiteOptions extends ProjectOptions {
  /** Extra environment, e.g. `{ TZ: "Asia/Tokyo" }`. */
  env?: Record<string, string>;
  /** Arguments of `npm run build`, e.g. `["--pathprefix=/basra-blog/"]`. */
  args?: string[];
}

const projectParts = [
  ".eleventy.ts",
  "package.json",
  "package-lock.json",
  "scripts",
  "src",
  "layouts",
  "pages",
  "assets",
  "styles",
];

/**
 * Compiles this repository's TypeScript into its `dist/` when a source changed since the last
 * compile (`scripts/compile.mjs`), as the launcher would; once per test run, so that the projects
 * {@link makeProject} copies start from a compiled output.
 */
export async function compileIfStale(): Promise<void> {
  if (staleSources(readStamp(projectRoot), sourceStamp(projectRoot)).length > 0) {
    await compile(projectRoot);
  }
}

/**
 * Copies this repository's compiled output into a project whose sources were just copied from
 * it, and stamps it with the copies' sizes and times: the project then runs without compiling
 * until a test changes a source (`site` overrides in `src/site.ts`), when its launcher compiles
 * its own copy. Nothing is copied when the repository's output is stale.
 */
function copyCompiledOutput(root: string): void {
  if (staleSources(readStamp(projectRoot), sourceStamp(projectRoot)).length > 0) return;
  cpSync(path.join(projectRoot, outputFolder), path.join(root, outputFolder), { recursive: true });
  writeStamp(root, sourceStamp(root));
}

/**
 * Copies the project with the given posts into a temporary folder, as a user's clone would look
 * (its `node_modules` linked, its compiled output copied: see {@link copyCompiledOutput}), and
 * returns its root.
 */
export function makeProject(options: ProjectOptions = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-build-"));
  for (const part of projectParts) {
    cpSync(path.join(projectRoot, part), path.join(root, part), { recursive: true });
  }
  copyCompiledOutput(root);
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  const posts = path.join(root, "posts");
  cpSync(options.posts ?? path.join(projectRoot, "posts"), posts, { recursive: true });
  if (options.site) overrideSiteSettings(root, options.site);
  for (const [file, text] of Object.entries(options.previousOutput ?? {})) {
    mkdirSync(path.dirname(path.join(root, "_site", file)), { recursive: true });
    writeFileSync(path.join(root, "_site", file), text);
  }
  return root;
}

/** Copies the project with the given posts into a temporary folder and builds it. */
export function buildSite(options: BuildSiteOptions = {}): BuiltSite {
  return buildProject(makeProject(options), options);
}

/**
 * The arguments of `node` that run one of Dispatch's commands as its npm script does, through
 * the launcher of the project at `root` (`scripts/dispatch.mjs`), e.g. `npm run build -- --x`.
 * @param command `build`, `serve`, `verify`, `new`, `import-wordpress` or `screenshot`
 */
export function dispatchArgs(root: string, command: string, args: string[] = []): string[] {
  return [path.join(root, "scripts/dispatch.mjs"), command, ...args];
}

/**
 * The site URL test builds are made for, as a deploy sets `DISPATCH_SITE_URL`: `.test` is
 * reserved for testing (RFC 6761 §6.2), and a build for the example default
 * (`https://example.org`) warns and fails `npm run verify`.
 */
export const testSiteUrl = "https://dispatch.test";

/**
 * Runs `npm run build` (the launcher, src/cli/build.ts) in a project made by {@link makeProject},
 * for the site URL {@link testSiteUrl} unless `options.env` sets `DISPATCH_SITE_URL`.
 */
export function buildProject(
  root: string,
  options: Pick<BuildSiteOptions, "args" | "env"> = {},
): BuiltSite {
  const result = spawnSync(process.execPath, dispatchArgs(root, "build", options.args), {
    cwd: root,
    env: buildEnvironment(options),
    encoding: "utf8",
  });
  return builtSite(root, result.status, result.stdout, result.stderr);
}

/** The environment of a test build: {@link testSiteUrl} unless `options.env` sets another. */
function buildEnvironment(options: Pick<BuildSiteOptions, "env">): NodeJS.ProcessEnv {
  return { ...process.env, DISPATCH_SITE_URL: testSiteUrl, ...options.env };
}

/** What one build of the project at `root` did, from its exit status and output. */
function builtSite(root: string, status: number | null, stdout: string, stderr: string): BuiltSite {
  return { root, output: path.join(root, "_site"), exitCode: status ?? -1, stdout, stderr };
}

/**
 * {@link buildSite} without blocking: several builds of a global setup run at once, one a core.
 */
export function buildSiteAsync(options: BuildSiteOptions = {}): Promise<BuiltSite> {
  const root = makeProject(options);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, dispatchArgs(root, "build", options.args), {
      cwd: root,
      env: buildEnvironment(options),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.on("error", reject);
    child.on("close", (status) => resolve(builtSite(root, status, stdout, stderr)));
  });
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

/**
 * Runs `npm run verify` (the real CLI) in `root` with `args`: the project's own, so that it reads
 * the project's site settings (`tagAuthority`, the time zone) as the build did.
 */
export function runVerify(root: string, args: string[] = []): VerifyRun {
  const project = existsSync(path.join(root, "scripts/dispatch.mjs")) ? root : projectRoot;
  const result = spawnSync(process.execPath, dispatchArgs(project, "verify", args), {
    cwd: root,
    env: process.env,
    encoding: "utf8",
  });
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
