/**
 * `npm run import:wordpress -- export.xml [--out posts] [--dry-run] [--drafts] [--force]`:
 * converts a WordPress export (WXR) into post folders, `<out>/<slug>/index.md`, and prints a
 * report of the shortcodes it could not convert (file, line, shortcode) and a summary.
 *
 * Re-running is idempotent: a post whose file already holds the converted text is left as it is;
 * a post edited since the last import (its file differs from what the manifest recorded) is
 * never overwritten without `--force`, and one deleted since is left deleted unless `--force`.
 * A folder in `--out` the import did not write is never touched, even with `--force`: a post
 * whose slug it is gets `-2`. `--dry-run` writes nothing and prints what it would do. The export
 * is decoded by its byte-order mark or XML declaration. A missing file, a folder, a file that is
 * not XML or not a WordPress export, or an `--out` that is a file exits 1 with the fix.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
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
import { convertExport, skippedSummary } from "../import/post/convert-export.ts";
import { decodeExport, ImportError, parseWxr } from "../import/export/wxr.ts";
import { site } from "../site.ts";

const usage =
  "Usage: npm run import:wordpress -- export.xml [--out posts] [--dry-run] [--drafts] [--force]";

function readText(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

/**
 * The permalinks of the site's own pages, read from `pages/` (`permalink: /tags/`, and
 * `` permalink: (data) => `/authors/${data.author.slug}/` ``), so no alias takes their place.
 */
function pagePermalinks(folder = "pages"): string[] {
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

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Folders in `out` (each a post's), or none when `out` does not exist yet. */
function folders(out: string): string[] {
  if (!existsSync(out)) return [];
  return readdirSync(out, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
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
  if (statSync(input).isDirectory()) {
    throw new ImportError(
      `${input} is a folder. Fix: give the path of the .xml file WordPress saved (Tools → Export), not its folder`,
    );
  }
  const out = options.out;
  if (existsSync(out) && !statSync(out).isDirectory()) {
    throw new ImportError(
      `--out ${out} is a file, not a folder. Fix: give the folder the posts go in, such as --out posts`,
    );
  }
  const wxr = parseWxr(decodeExport(readFileSync(input), input), input);
  const dryRun = options["dry-run"];
  const manifestFile = path.join(out, manifestName);
  const manifestText = readText(manifestFile);
  const manifest = readManifest(manifestText);
  const previousSlugs = new Map(Object.entries(manifest.posts).map(([id, { slug }]) => [id, slug]));
  // Folders the import did not write are the author's: an imported post never takes one.
  const owned = new Set(previousSlugs.values());
  const reservedSlugs = new Set(folders(out).filter((folder) => !owned.has(folder)));
  const { posts, skipped } = convertExport(wxr, {
    drafts: options.drafts,
    previousSlugs,
    reservedSlugs,
    timeZone: site.timeZone,
    pagePermalinks: pagePermalinks(),
  });

  const counts: Record<PostAction, number> = {
    write: 0,
    update: 0,
    unchanged: 0,
    keep: 0,
    overwrite: 0,
    deleted: 0,
  };
  const report: string[] = [];
  const notes: string[] = [];
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
        deleted: "would leave deleted (deleted since the last import; --force to restore)",
      }[action];
      console.log(`${file}: ${said}`);
    } else if (action === "keep") {
      console.error(
        `${file}: changed since the last import, so it was not overwritten. Fix: run again with --force to replace it with the export's version`,
      );
    } else if (action === "deleted") {
      console.error(
        `${file}: deleted since the last import, so it was left deleted. Fix: run again with --force to restore it from the export`,
      );
    }
    if (action !== "keep" && action !== "deleted") {
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
    if (action !== "keep" && action !== "deleted") {
      for (const notice of post.notices) notes.push(`${file}:${notice.line}: ${notice.message}`);
    }
    if (post.dayShift && action !== "deleted") {
      notes.push(
        `${file}:3: the old URL says ${post.dayShift.oldDay}, but in the site's time zone (${site.timeZone}) the post's date is ${post.dayShift.siteDay}; its page shows ${post.dayShift.siteDay} and its old URL still redirects. Fix: nothing to do, or set the site's time zone in src/site.ts to the old blog's`,
      );
    }
    if (dryRun || action === "keep" || action === "unchanged" || action === "deleted") continue;
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

  const noOldPath = posts.filter((post) => !post.alias && !post.aliasRefused && !post.draft).length;
  if (noOldPath > 0) {
    notes.push(
      `${plural(noOldPath, "post")} had an old URL with no path (WordPress's "Plain" permalinks, /?p=123): no redirect is written for ${noOldPath === 1 ? "it" : "them"}, since a static site cannot redirect by query. Fix: nothing to do, or add the old path to the post's aliases by hand`,
    );
  }
  for (const line of [...report, ...notes, ...images]) console.log(line);
  const skippedText = skipped.length === 0 ? "" : ` ${skippedSummary(skipped)}`;
  const written = counts.write + counts.update + counts.overwrite;
  const verb = dryRun ? "Dry run, nothing was written." : "Imported";
  console.log(
    `${verb} ${plural(posts.length, "post")} from ${input} into ${out}/: ${written} ${dryRun ? "to write" : "written"} (${counts.write} new, ${counts.update + counts.overwrite} updated), ${counts.unchanged} unchanged, ${counts.keep} kept (changed since the last import).${counts.deleted > 0 ? ` ${counts.deleted} left deleted (deleted since the last import).` : ""}${skippedText} ${plural(report.length, "shortcode")} not converted, ${plural(images.length, "image")} kept as ${images.length === 1 ? "a link" : "links"}.`,
  );
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (!(error instanceof ImportError) && typeof code !== "string") throw error;
  const fix =
    error instanceof ImportError
      ? ""
      : ". Fix: check the path of the export file and of the --out folder, and that you may read and write them";
  console.error(`import:wordpress: ${(error as Error).message}${fix}`);
  process.exit(1);
}
