/**
 * What the import drops from a post or cannot keep as it was (a script, an audio file, a video's
 * start time…): each is recorded with a mark (`WPLOSS3X`, letters and digits, which neither the
 * HTML sanitiser nor turndown changes) left where it was, and found again in the Markdown to give
 * its line for the report.
 */

/** Where the import reports what it drops: `mark` returns a text to leave at the place. */
export interface Losses {
  /**
   * Records a loss; returns a placeholder (`WPLOSS3X`) to leave where it was, removed again once
   * its line is known.
   * @param message what was lost and the fix, completing `<file>:<line>: `
   */
  mark(message: string): string;
}

/** A loss found in the Markdown: the 1-based line where it was, and what and the fix. */
export interface PlacedLoss {
  line: number;
  message: string;
}

/** Creates the {@link Losses} of one post: marks (`WPLOSS3X`) and their messages, in order. */
export function createLosses(): Losses & { messages: string[] } {
  const messages: string[] = [];
  return {
    messages,
    mark(message: string) {
      messages.push(message);
      return `WPLOSS${messages.length - 1}X`;
    },
  };
}

/** The line-by-line state of {@link placeLosses}. */
interface Placing {
  lines: string[];
  found: PlacedLoss[];
  /** Marks on removed lines, waiting for the next line kept. */
  pending: number[];
  /** The fence of the code block the line is in, if any. */
  fence: string | undefined;
}

/**
 * Places one line of Markdown: a line of a fenced code block is kept as it is (its blank lines
 * are the code's); a line left empty by its marks after an empty one is removed, its marks
 * passed on to the next line.
 */
function placeLine(state: Placing, line: string, messages: readonly string[]): void {
  const marks = [...line.matchAll(/WPLOSS(\d+)X/g)].map((m) => Number(m[1]));
  const stripped = marks.length > 0 ? line.replace(/WPLOSS\d+X/g, "").trimEnd() : line;
  const fenceMark = /^(`{3,}|~{3,})/.exec(line)?.[1];
  const at = (mark: number) => ({ line: state.lines.length, message: messages[mark] as string });
  if (state.fence !== undefined || fenceMark !== undefined) {
    if (state.fence === undefined) state.fence = fenceMark;
    else if (
      fenceMark !== undefined &&
      fenceMark.startsWith(state.fence) &&
      line.trim() === fenceMark
    )
      state.fence = undefined;
    state.lines.push(stripped);
    for (const mark of marks) state.found.push(at(mark));
  } else if (stripped.trim() === "" && (state.lines.length === 0 || state.lines.at(-1) === "")) {
    state.pending.push(...marks);
    return;
  } else state.lines.push(stripped.trim() === "" ? "" : stripped);
  for (const mark of [...state.pending, ...marks]) state.found.push(at(mark));
  state.pending = [];
}

/**
 * Removes the hard break (a backslash, odd in number) ending a line that ends its paragraph,
 * as a mark removed from the line after can leave it: Markdown would show the backslash. Lines
 * of fenced code are left.
 */
function dropDanglingBreaks(lines: string[]): void {
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const mark = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && mark !== undefined) fence = mark;
    else if (fence !== undefined && mark?.startsWith(fence) && line.trim() === mark)
      fence = undefined;
    else if (fence === undefined && (lines[index + 1] ?? "") === "") {
      const breaks = /\\+$/.exec(line)?.[0].length ?? 0;
      if (breaks % 2 === 1) lines[index] = line.slice(0, -1).trimEnd();
    }
  });
}

/**
 * Removes the loss marks from Markdown and finds the line of each: a line left empty by its
 * marks is removed when the line before is empty too, and its marks go to the next line; marks
 * at the very end go to the last line. Trailing blank lines are removed, and so is a hard break
 * left ending a paragraph.
 * @param markdown Markdown holding marks of {@link createLosses}
 * @param messages the messages of those marks, by number
 */
export function placeLosses(
  markdown: string,
  messages: readonly string[],
): { markdown: string; losses: PlacedLoss[] } {
  const state: Placing = { lines: [], found: [], pending: [], fence: undefined };
  for (const line of markdown.split("\n")) placeLine(state, line, messages);
  const { lines, found } = state;
  while (lines.length > 0 && lines.at(-1) === "") lines.pop();
  dropDanglingBreaks(lines);
  for (const mark of state.pending) {
    found.push({ line: Math.max(1, lines.length), message: messages[mark] as string });
  }
  return { markdown: lines.join("\n"), losses: found };
}
