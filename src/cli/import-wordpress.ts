/**
 * `npm run import:wordpress -- export.xml [--out posts] [--dry-run] [--drafts] [--force]`:
 * converts a WordPress export (WXR) into post folders, `<out>/<slug>/index.md`, and prints a
 * report of the shortcodes it could not convert (file, line, shortcode) and a summary.
 *
 * Re-running is idempotent: a post whose file already holds the converted text is left as it is;
 * a post edited since the last import (its file differs from what the manifest recorded) is
 * never overwritten without `--force`. `--dry-run` writes nothing and prints what it would do.
 * A missing file, or a file that is not XML or not a WordPress export, exits 1 with the fix.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  manifestName,
  planPost,
  readManifest,
  sha256,
  writeManifest,
  type PostAction,
} from "../import/manifest.ts";
import { convertExport } from "../import/post.ts";
import { ImportError, parseWxr } from "../import/wxr.ts";

const usage =
  "Usage: npm run import:wordpress -- export.xml [--out posts] [--dry-run] [--drafts] [--force]";

function readText(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

let options: { out: string; "dry-run": boolean; drafts: boolean; force: boolean };
let input: string;
try {
  const parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string", default: "posts" },
      "dry-run": { type: "boolean", default: false },
      drafts: { type: "boolean", default: false },
      force: { type: "boolean", default: false },
    },
  });
  options = parsed.values;
  if (parsed.positionals.length !== 1) throw new Error("give one WordPress export file");
  input = parsed.positionals[0] as string;
} catch (error) {
  console.error(`import:wordpress: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}

try {
  if (!existsSync(input)) {
    throw new ImportError(
      `${input} does not exist. Fix: give the path of the .xml file WordPress saved (Tools → Export)`,
    );
  }
  const wxr = parseWxr(readFileSync(input, "utf8"), input);
  const out = options.out;
  const dryRun = options["dry-run"];
  const manifestFile = path.join(out, manifestName);
  const manifestText = readText(manifestFile);
  const manifest = readManifest(manifestText);
  const previousSlugs = new Map(Object.entries(manifest.posts).map(([id, { slug }]) => [id, slug]));
  const { posts, skipped } = convertExport(wxr, { drafts: options.drafts, previousSlugs });

  const counts: Record<PostAction, number> = {
    write: 0,
    update: 0,
    unchanged: 0,
    keep: 0,
    overwrite: 0,
  };
  const report: string[] = [];
  const images: string[] = [];
  const showProgress = posts.length >= 50 && process.stderr.isTTY;
  for (const [index, post] of posts.entries()) {
    if (showProgress)
      process.stderr.write(`\rimport:wordpress: ${index + 1}/${posts.length} posts`);
    const file = path.join(out, post.slug, "index.md");
    const action = planPost(post.text, readText(file), manifest.posts[post.id], options.force);
    counts[action]++;
    if (dryRun && action !== "unchanged") {
      const said = {
        write: "would write",
        update: "would update",
        overwrite: "would overwrite (changed since the last import; --force)",
        keep: "would keep (changed since the last import; --force to overwrite)",
      }[action];
      console.log(`${file}: ${said}`);
    } else if (action === "keep") {
      console.error(
        `${file}: changed since the last import, so it was not overwritten. Fix: run again with --force to replace it with the export's version`,
      );
    }
    if (action !== "keep") {
      for (const shortcode of post.unconverted) {
        report.push(
          `${file}:${shortcode.line}: ${shortcode.text} was not converted (WordPress shortcode "${shortcode.name}"); the post shows a note in its place. Fix: replace the note with what the shortcode showed, or delete it`,
        );
      }
      for (const image of post.images) {
        images.push(
          `${file}:${image.line}: the image ${image.url} is kept as a link to the old site, not shown (the site shows only its own images). Fix: copy it into ${path.dirname(file)}/ and show it from there: ![what it shows](${path.posix.basename(new URL(image.url, "http://x/").pathname) || "image.jpg"})`,
        );
      }
    }
    if (dryRun || action === "keep" || action === "unchanged") continue;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, post.text);
    manifest.posts[post.id] = { slug: post.slug, sha256: sha256(post.text) };
  }
  if (showProgress) process.stderr.write("\r\x1b[K");
  for (const post of posts) {
    const recorded = manifest.posts[post.id];
    if (!recorded || recorded.slug !== post.slug) {
      const text = readText(path.join(out, post.slug, "index.md"));
      if (text === post.text) manifest.posts[post.id] = { slug: post.slug, sha256: sha256(text) };
    }
  }
  const newManifest = writeManifest(manifest);
  if (!dryRun && newManifest !== manifestText) {
    mkdirSync(out, { recursive: true });
    writeFileSync(manifestFile, newManifest);
  }

  for (const line of [...report, ...images]) console.log(line);
  const skippedKinds = new Map<string, number>();
  for (const item of skipped)
    skippedKinds.set(item.reason, (skippedKinds.get(item.reason) ?? 0) + 1);
  const skippedText =
    skipped.length === 0
      ? ""
      : ` Skipped ${plural(skipped.length, "item")}: ${[...skippedKinds].map(([reason, count]) => `${count} ${reason}`).join(", ")}.`;
  const written = counts.write + counts.update + counts.overwrite;
  const verb = dryRun ? "Dry run, nothing was written." : "Imported";
  console.log(
    `${verb} ${plural(posts.length, "post")} from ${input} into ${out}/: ${written} ${dryRun ? "to write" : "written"} (${counts.write} new, ${counts.update + counts.overwrite} updated), ${counts.unchanged} unchanged, ${counts.keep} kept (changed since the last import).${skippedText} ${plural(report.length, "shortcode")} not converted, ${plural(images.length, "image")} kept as ${images.length === 1 ? "a link" : "links"}.`,
  );
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`import:wordpress: ${error.message}`);
  process.exit(1);
}
