/** A problem `npm run verify` found in a built site. */
export interface SiteProblem {
  /** File relative to the output folder, e.g. `posts/basra/index.html`. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** What is wrong. */
  message: string;
  /** Which check found it: `html`, `link`, `script`, `xml`. */
  check: string;
}

/** Prints a problem as `_site/posts/basra/index.html:12: [link] message`. */
export function formatSiteProblem(problem: SiteProblem, outputLabel: string): string {
  return `${outputLabel}/${problem.file}:${problem.line}: [${problem.check}] ${problem.message}`;
}

/** Orders problems by file, then line, then message, so every run prints the same list. */
export function byPlace(a: SiteProblem, b: SiteProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message);
}
