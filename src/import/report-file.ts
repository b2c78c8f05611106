/**
 * `--report report.md`: the import's report as a Markdown file to work through: the summary, the
 * counts (posts, notes left to check, media), then every line to check grouped by post, each
 * with its `file:line`, as a task list. Written atomically (a temporary file beside it, then a
 * rename), never inside the posts folder or the site's output folder (`_site/`, replaced at each
 * build) and never over the export.
 */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { realPath } from "./destination.ts";
import { ImportError } from "./export/import-error.ts";
import type { PostReport } from "./report.ts";

/** What the report file says. */
export interface ReportFileInput {
  /** The summary sentence, as the command prints it (`summaryLine` of `./report.ts`). */
  summary: string;
  /** How many posts the export gave. */
  posts: number;
  /** The report's lines (`postReport` of `./report.ts`), each group a list of lines. */
  report: PostReport;
  /**
   * Counts of the media, each a row of the counts table: `["images kept as links", 1]`.
   * @default none
   */
  media?: readonly (readonly [string, number])[];
  /**
   * Lines to check beyond `report`'s, each `file:line: what` (the media the import could not
   * bring).
   * @default none
   */
  lines?: readonly string[];
}

/** A report line split into its post file and line, when it starts with `file:line: `. */
interface PlacedLine {
  file: string | undefined;
  line: number;
  text: string;
}

/** Reads `posts/basra/index.md:11: what` as its file, line and what; other lines have no file. */
function placed(reportLine: string): PlacedLine {
  const match = /^(.+?\.md):(\d+): (.*)$/s.exec(reportLine);
  if (!match) return { file: undefined, line: 0, text: reportLine };
  return { file: match[1], line: Number(match[2]), text: match[3] as string };
}

/**
 * Escapes what Markdown would read as markup in a report line (`![what it shows](a.jpg)` would
 * show an image, `<b>` a tag, `*` emphasis), so the file shows each line as the command prints it.
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>!#|~]/g, "\\$&");
}

/** The lines of every group of `report`, in the groups' order. */
function reportLines(report: PostReport): string[] {
  return Object.values(report).flat() as string[];
}

/**
 * The report file's text: a heading, the summary sentence, a table of counts (posts; notes left
 * to check, which are the shortcodes not converted and the notices; `media`'s rows), then under
 * "To check" the lines of no post, then a section per post (ordered by file) whose lines (ordered
 * by line) are unchecked task items `` - [ ] `file:line` what``. Ends with one newline.
 */
export function reportMarkdown(input: ReportFileInput): string {
  const { report } = input;
  const lines = [...reportLines(report), ...(input.lines ?? [])].map(placed);
  const notesLeft = report.shortcodes.length + report.notes.length;
  const rows: [string, number][] = [
    ["posts", input.posts],
    ["notes left to check", notesLeft],
    ["shortcodes not converted", report.shortcodes.length],
    ["notices", report.notes.length],
    ...(input.media ?? []).map(([label, count]): [string, number] => [label, count]),
  ];
  const out = [
    "# WordPress import report",
    "",
    markdownText(input.summary),
    "",
    "| what | count |",
    "| ---- | ----: |",
    ...rows.map(([label, count]) => `| ${label} | ${count} |`),
    "",
    "## To check",
    "",
  ];
  const general = lines.filter((line) => line.file === undefined);
  if (lines.length === 0) out.push("Nothing to check.", "");
  for (const line of general) out.push(`- [ ] ${markdownText(line.text)}`);
  if (general.length > 0) out.push("");
  const files = [...new Set(lines.flatMap((line) => (line.file ? [line.file] : [])))].sort();
  for (const file of files) {
    out.push(`### ${markdownText(file)}`, "");
    const ofFile = lines.filter((line) => line.file === file).sort((a, b) => a.line - b.line);
    for (const line of ofFile) {
      out.push(`- [ ] \`${file}:${line.line}\` ${markdownText(line.text)}`);
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** True when `file` is `folder` or inside it. */
function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/**
 * Refuses a `--report` path the import must not write: inside the posts folder `out` (the build
 * would read it with the posts) or a site's output folder (`_site/` beside `out`, or in `cwd`:
 * replaced at each build), the export itself, a folder, or a path whose folder does not exist.
 * @param report `--report` as given, relative to `cwd`
 * @param out `--out` as given, relative to `cwd`
 * @param input the export file as given, relative to `cwd`
 * @param cwd the working folder. @default process.cwd()
 * @throws ImportError naming `--report <report>` and the fix
 */
export function checkReportPath(report: string, out: string, input: string, cwd = process.cwd()) {
  const file = realPath(path.resolve(cwd, report));
  const posts = realPath(path.resolve(cwd, out));
  const refuse = (
    message: string,
    fix = "give a path outside the site's folders, such as --report report.md",
  ) => {
    throw new ImportError({ file: report, message, fix }, `--report ${report}`);
  };
  if (isInside(file, posts)) refuse(`is inside the posts folder ${out}, which the build reads`);
  const outputs = [path.join(path.dirname(posts), "_site"), realPath(path.resolve(cwd, "_site"))];
  if (outputs.some((output) => isInside(file, output))) {
    refuse("is inside the site's output folder _site/, which each build replaces");
  }
  if (file === realPath(path.resolve(cwd, input))) {
    refuse("is the export itself, which the report would replace");
  }
  if (existsSync(file) && statSync(file).isDirectory()) {
    refuse(
      "is a folder",
      "give the path of the Markdown file to write, such as --report report.md",
    );
  }
  if (!existsSync(path.dirname(file))) {
    refuse(
      `is in a folder that does not exist (${path.dirname(report)})`,
      "create the folder first, or give a path in an existing one",
    );
  }
}

/**
 * Writes `text` to `file` atomically: to a temporary file beside it, then renamed over it, so a
 * reader never sees half a report and a failed write leaves the previous report as it was.
 * @throws the file system's error (ENOENT, EACCES…) when the folder cannot be written
 */
export function writeReportFile(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
