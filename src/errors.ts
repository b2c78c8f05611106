/**
 * Errors for an author's mistakes. Each names the file and line it is about, says what is wrong
 * and how to fix it, and prints as `file:line: message` with no stack trace.
 */

/** Where in a source file a problem is: a path relative to the project root and a 1-based line. */
export interface SourceLocation {
  /** Path of the input file, relative to the project root, e.g. `posts/basra/index.md`. */
  file: string;
  /** 1-based line number in that file, when known. */
  line?: number;
}

/** Formats a location as `file:line`, or `file` when the line is unknown. */
export function formatLocation({ file, line }: SourceLocation): string {
  return line === undefined ? file : `${file}:${line}`;
}

/**
 * One problem in content, with its place and its fix. `message` says what is wrong,
 * `fix` what the author should do.
 */
export interface ContentProblem extends SourceLocation {
  message: string;
  fix?: string;
}

/** Formats one problem as a single line: `file:line: message; fix`. */
export function formatProblem(problem: ContentProblem): string {
  const fix = problem.fix ? `. Fix: ${problem.fix}` : "";
  return `${formatLocation(problem)}: ${problem.message}${fix}`;
}

/**
 * Base class of every error Dispatch throws. Its two kinds: {@link ContentError}, an author's
 * mistake, printed as `file:line: message. Fix: …` lines with no stack trace; and any other
 * subclass (a search index Pagefind could not write), a failure of Dispatch or of the machine,
 * printed with its stack trace.
 */
export class DispatchError extends Error {
  override name = "DispatchError";
}

const contentErrorBrand = Symbol.for("dispatch.ContentError");

/** True when `value` is a {@link ContentError}, even one from another copy of this module. */
export function isContentError(value: unknown): value is ContentError {
  return typeof value === "object" && value !== null && contentErrorBrand in value;
}

/**
 * Base class for every error caused by content (a post, its front matter, its map data) rather
 * than by Dispatch itself. The build prints `problems` one per line and exits non-zero without a
 * stack trace; any other error is a bug in Dispatch and is printed in full.
 */
export class ContentError extends DispatchError {
  override name = "ContentError";
  /** Brand that survives the module being loaded twice (Eleventy re-imports its config). */
  readonly [contentErrorBrand] = true;
  /** Tells Eleventy's own error printer not to show a stack trace. */
  readonly skipOriginalStack = true;
  readonly problems: readonly ContentProblem[];

  /** @param problems one or more problems; the message lists them all, one per line. */
  constructor(problems: readonly ContentProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.problems = problems;
  }
}

/** Map data in a post (a ` ```geojson ` block) that is not valid, renderable GeoJSON. */
export class MapDataError extends ContentError {
  override name = "MapDataError";
}

/** Front matter that does not match the contract in `src/content/front-matter/schema.ts`. */
export class FrontMatterError extends ContentError {
  override name = "FrontMatterError";
}

/**
 * Finds the content error in an error chain as Eleventy wraps it (`originalError`, `cause`),
 * or returns `undefined` when the failure is not an author's mistake.
 */
export function findContentError(error: unknown): ContentError | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    if (isContentError(current)) return current;
    seen.add(current);
    const next: unknown =
      (current as { originalError?: unknown }).originalError ??
      (current as { cause?: unknown }).cause;
    current = next;
  }
  return undefined;
}

/**
 * Prints a warning about content on stderr as `file:line: warning: message. Fix: fix`, the form
 * of an error ({@link formatProblem}) and of the settings' warnings.
 */
export function warn(problem: ContentProblem): void {
  const fix = problem.fix ? `. Fix: ${problem.fix}` : "";
  console.warn(`${formatLocation(problem)}: warning: ${problem.message}${fix}`);
}

/** An image of a post (in its body or its lead image) that cannot be read or is too large. */
export class ImageError extends ContentError {
  override name = "ImageError";
}
