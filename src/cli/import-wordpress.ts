/**
 * `npm run import:wordpress -- export.xml [--out posts] [--uploads <folder or URL>]
 * [--allow-host <host>]… [--report report.md] [--dry-run] [--drafts] [--force]`: converts a
 * WordPress export (WXR) into post folders, `<out>/<slug>/index.md`, brings the images and files
 * the posts use from the old site (or from `--uploads`) into each post's folder, and prints a
 * report of what it could not convert or bring (file, line, what, fix) and a summary; `--report`
 * also writes that report as a Markdown file. `--out` must be a posts folder the build reads
 * (`src/import/destination.ts`).
 *
 * Re-running is idempotent: a post whose file already holds the converted text is left as it is;
 * a post edited since the last import (its file differs from what the manifest recorded) is
 * never overwritten without `--force`, and one deleted since is left deleted unless `--force`.
 * A folder in `--out` the import did not write is never touched, even with `--force`: a post
 * whose slug it is gets `-2`. `--dry-run` writes nothing and prints what it would do. The export
 * is decoded by its byte-order mark or XML declaration. A missing file, a folder, a file that is
 * not XML or not a WordPress export, or an `--out` that is a file exits 1 with the fix.
 * The work is `runImport` (`src/import/run.ts`).
 */
import { runImport } from "../import/run.ts";

const exitCode = await runImport(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  progress: process.stderr.isTTY ? (text) => process.stderr.write(text) : undefined,
});
if (exitCode !== 0) process.exit(exitCode);
