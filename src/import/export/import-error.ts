/**
 * The error of a WordPress import that cannot go on: an export that cannot be read, a path that
 * is not what the import needs. It is an author's input, so it is a {@link ContentError}: one
 * problem naming the file (the export, or the `--out` folder) and its line when known.
 */
import { ContentError, formatProblem, type ContentProblem } from "../../errors.ts";

/**
 * The sentence of an import problem: `file:line: message. Fix: fix` when the line is known
 * ({@link formatProblem}); else the file is the sentence's subject, `file message. Fix: fix`
 * (`export.xml is compressed (gzip)…`), said as `subject` when given (`--out posts is a file…`).
 */
export function importProblemSentence(problem: ContentProblem, subject = problem.file): string {
  if (problem.line !== undefined) return formatProblem(problem);
  const fix = problem.fix ? `. Fix: ${problem.fix}` : "";
  return `${subject} ${problem.message}${fix}`;
}

/** A WordPress export, or a path given to the import, that the import cannot use. */
export class ImportError extends ContentError {
  override name = "ImportError";

  /**
   * @param problem the file (the export, or the `--out` folder), the line when known, what is
   *   wrong and the fix
   * @param subject how the sentence names the file when there is no line (`--out posts`);
   *   the file itself by default
   */
  constructor(problem: ContentProblem, subject?: string) {
    super([problem]);
    this.message = importProblemSentence(problem, subject);
  }
}
