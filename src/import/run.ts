/**
 * The WordPress import as one call, `npm run import:wordpress -- export.xml [--out posts]
 * [--uploads <folder or URL>] [--allow-host <host>]… [--dry-run] [--drafts] [--force]`
 * (`src/cli/import-wordpress.ts` calls it): read the export (`./export/`), convert its posts
 * (`./post/`) once to plan their media (`./media/plan.ts`), bring the media into the posts'
 * folders (`./media/download.ts`), convert again with the files now there, write the posts
 * (`./write-posts.ts`) and report (`./report.ts`). It prints through `output`, so tests run it
 * in-process.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { site } from "../site.ts";
import { checkPostsDestination } from "./destination.ts";
import { decodeExport } from "./export/encoding.ts";
import { ImportError } from "./export/import-error.ts";
import { parseWxr } from "./export/wxr.ts";
import {
  allowedHosts,
  convertWithMedia,
  mediaReport,
  uploadsSource,
  withoutMediaImages,
} from "./import-media.ts";
import type { DownloadOptions } from "./media/download.ts";
import { mediaHosts } from "./media/hosts.ts";
import type { ConvertOptions } from "./post/convert-export.ts";
import { actionLine, postReport, summaryLine } from "./report.ts";
import { checkReportPath, reportMarkdown, writeReportFile } from "./report-file.ts";
import { readOutputFolder, writePosts } from "./write-posts.ts";

/** Where the import prints. */
export interface ImportOutput {
  /** Prints a line of the report (the command's stdout). */
  out(line: string): void;
  /** Prints a line about a problem (the command's stderr). */
  err(line: string): void;
  /**
   * Shows progress on a terminal, overwriting the line (`\r…`); not given when the output is
   * not a terminal.
   */
  progress?(text: string): void;
}

/** The command's options, as `parseArgs` reads them. */
interface ImportOptions {
  input: string;
  out: string;
  /** `--uploads`, as given. */
  uploads: string | undefined;
  /** `--allow-host`, each. */
  allowHosts: string[];
  dryRun: boolean;
  drafts: boolean;
  force: boolean;
  /** `--report`: where the report is also written as Markdown (`./report-file.ts`). */
  report: string | undefined;
}

const usage =
  "Usage: npm run import:wordpress -- export.xml [--out posts] [--uploads <folder or URL>] [--allow-host <host>]… [--report report.md] [--dry-run] [--drafts] [--force]";

/** Reads the command's arguments; throws the `parseArgs` error or one naming what is missing. */
function readArguments(args: readonly string[]): ImportOptions {
  const parsed = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: "string", default: "posts" },
      uploads: { type: "string" },
      "allow-host": { type: "string", multiple: true, default: [] },
      "dry-run": { type: "boolean", default: false },
      drafts: { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      report: { type: "string" },
    },
  });
  if (parsed.positionals.length !== 1) throw new Error("give one WordPress export file");
  const { out, drafts, force } = parsed.values;
  return {
    input: parsed.positionals[0] as string,
    out,
    uploads: parsed.values.uploads,
    allowHosts: parsed.values["allow-host"],
    dryRun: parsed.values["dry-run"],
    drafts,
    force,
    report: parsed.values.report,
  };
}

/**
 * The permalinks of the site's own pages, read from `pages/` (`permalink: /tags/`, and
 * `` permalink: (data) => `/authors/${data.author.slug}/` ``), so no alias takes their place.
 */
export function pagePermalinks(folder = "pages"): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const source = readFileSync(path.join(folder, name), "utf8");
    return [
      ...source.matchAll(
        /^\s*permalink:\s*(?:"([^"]+)"|'([^']+)'|(\/[^\s]*)|\(data\)\s*=>\s*`([^`]+)`)/gm,
      ),
    ].map((match) => (match[1] ?? match[2] ?? match[3] ?? match[4] ?? "").trim());
  });
}

/**
 * Refuses an export that is missing or a folder, an `--out` that is a file, and one that is not
 * a folder the build reads as posts (`./destination.ts`).
 */
function checkPaths({ input, out, report }: ImportOptions): void {
  const exportFix = "give the path of the .xml file WordPress saved (Tools → Export)";
  if (!existsSync(input)) {
    throw new ImportError({ file: input, message: "does not exist", fix: exportFix });
  }
  if (statSync(input).isDirectory()) {
    throw new ImportError({
      file: input,
      message: "is a folder",
      fix: `${exportFix}, not its folder`,
    });
  }
  if (existsSync(out) && !statSync(out).isDirectory()) {
    throw new ImportError(
      {
        file: out,
        message: "is a file, not a folder",
        fix: "give the folder the posts go in, such as --out posts",
      },
      `--out ${out}`,
    );
  }
  checkPostsDestination(out);
  if (report !== undefined) checkReportPath(report, out, input);
}

/** Imports the export as the options say, printing the report through `output`. */
async function importExport(
  options: ImportOptions,
  output: ImportOutput,
  pagesFolder: string,
  download: Partial<DownloadOptions>,
): Promise<void> {
  checkPaths(options);
  const { input, out, dryRun } = options;
  const uploads = uploadsSource(options.uploads);
  const allowHosts = allowedHosts(options.allowHosts);
  const wxr = parseWxr(decodeExport(readFileSync(input), input), input);
  const folder = readOutputFolder(out, wxr.siteUrl);
  const convertOptions: ConvertOptions = {
    drafts: options.drafts,
    previousSlugs: folder.previousSlugs,
    reservedSlugs: folder.reservedSlugs,
    timeZone: site.timeZone,
    pagePermalinks: pagePermalinks(pagesFolder),
  };
  const { posts, skipped, media } = await convertWithMedia(wxr, convertOptions, folder, {
    out,
    force: options.force,
    dryRun,
    hosts: mediaHosts(wxr.siteUrl, allowHosts),
    uploads,
    download,
    progress: output.progress,
  });
  const showProgress = posts.length >= 50 && output.progress !== undefined;
  const outcomes = writePosts(posts, folder, {
    dryRun,
    force: options.force,
    onPlanned(outcome, index) {
      if (showProgress) output.progress?.(`\rimport:wordpress: ${index + 1}/${posts.length} posts`);
      const said = actionLine(outcome, dryRun);
      if (said) output[said.stream](said.line);
    },
  });
  if (showProgress) output.progress?.("\r\x1b[K");
  const report = postReport(withoutMediaImages(outcomes, media), site.timeZone);
  const mediaLines = mediaReport(outcomes, media);
  for (const line of [
    ...report.shortcodes,
    ...report.notes,
    ...report.images,
    ...mediaLines.lines,
  ]) {
    output.out(line);
  }
  const summary = summaryLine({
    input,
    out,
    dryRun,
    posts,
    outcomes,
    skipped,
    report,
    media: mediaLines.counts,
  });
  output.out(summary);
  if (options.report !== undefined) {
    const { counts } = mediaLines;
    writeReportFile(
      options.report,
      reportMarkdown({
        summary,
        posts: posts.length,
        report,
        lines: mediaLines.lines,
        media: [
          ...(dryRun ? [["media to fetch", counts.toFetch] as const] : []),
          ["media fetched", counts.fetched],
          ["media already present", counts.present],
          ["media missing", counts.missing],
        ],
      }),
    );
    output.out(`The report is in ${options.report}.`);
  }
}

/**
 * Runs the import with the command's arguments.
 * @param args the arguments after `--`: the export file and the options
 * @param output where the report and problems are printed
 * @param pagesFolder the site's `pages/` folder, whose permalinks no alias may take
 * @param download settings of the downloads (timeouts, retries: `fetchMedia`'s options), for tests
 * @returns the exit code: 0 when imported (files that could not be brought are reported, not an
 *   error), 1 for a problem with the export or a path (printed with its fix), 2 for arguments
 *   that are not the command's (printed with the usage)
 * @throws any other error (a bug in the import)
 */
export async function runImport(
  args: readonly string[],
  output: ImportOutput,
  pagesFolder = "pages",
  download: Partial<DownloadOptions> = {},
): Promise<number> {
  let options: ImportOptions;
  try {
    options = readArguments(args);
  } catch (error) {
    output.err(`import:wordpress: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  try {
    await importExport(options, output, pagesFolder, download);
    return 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(error instanceof ImportError) && typeof code !== "string") throw error;
    const fix =
      error instanceof ImportError
        ? ""
        : ". Fix: check the path of the export file and of the --out folder, and that you may read and write them";
    output.err(`import:wordpress: ${(error as Error).message}${fix}`);
    return 1;
  }
}
