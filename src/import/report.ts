/**
 * The import's report, as `npm run import:wordpress` prints it: a line for each post it would
 * write in a dry run or kept, each shortcode not converted, each notice, each image kept as a
 * link (all `file:line: what. Fix: …`), and the summary.
 */
import path from "node:path";
import type { PostAction } from "./manifest.ts";
import type { SkippedItem } from "./post/choose.ts";
import type { ImportedPost } from "./post/convert-export.ts";
import type { PostOutcome } from "./write-posts.ts";

/** `1 post`, `2 posts`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * The summary's sentence on skipped items, each reason counted in the order first met:
 * `Skipped 4 items: 2 drafts, 1 page, 1 trash.`
 */
export function skippedSummary(skipped: readonly SkippedItem[]): string {
  const counts = new Map<string, number>();
  for (const item of skipped) counts.set(item.reason, (counts.get(item.reason) ?? 0) + 1);
  const nouns = new Set(["draft", "page", "attachment", "revision", "reusable block"]);
  const kinds = [...counts].map(([reason, count]) =>
    nouns.has(reason) && count !== 1 ? `${count} ${reason}s` : `${count} ${reason}`,
  );
  return `Skipped ${skipped.length} item${skipped.length === 1 ? "" : "s"}: ${kinds.join(", ")}.`;
}

const wouldDo: Readonly<Record<Exclude<PostAction, "unchanged">, string>> = {
  write: "would write",
  update: "would update",
  overwrite: "would overwrite (changed since the last import; --force)",
  keep: "would keep (changed since the last import; --force to overwrite)",
  deleted: "would leave deleted (deleted since the last import; --force to restore)",
};

/**
 * The line said about a post as soon as its action is known: in a dry run, what the import would
 * do (on stdout); else, for a post kept or left deleted, why and the fix (on stderr). Undefined
 * when there is nothing to say.
 */
export function actionLine(
  { file, action }: Pick<PostOutcome, "file" | "action">,
  dryRun: boolean,
): { stream: "out" | "err"; line: string } | undefined {
  if (dryRun && action !== "unchanged") {
    return { stream: "out", line: `${file}: ${wouldDo[action]}` };
  }
  if (action === "keep") {
    return {
      stream: "err",
      line: `${file}: changed since the last import, so it was not overwritten. Fix: run again with --force to replace it with the export's version`,
    };
  }
  if (action === "deleted") {
    return {
      stream: "err",
      line: `${file}: deleted since the last import, so it was left deleted. Fix: run again with --force to restore it from the export`,
    };
  }
  return undefined;
}

/** The report's lines of the posts, in three groups printed in this order. */
export interface PostReport {
  /** Shortcodes not converted. */
  shortcodes: string[];
  /** Notices: what the import changed, dropped or could not keep. */
  notes: string[];
  /** Images kept as links to the old site. */
  images: string[];
}

/** The image's file name for the fix: `…/zubair.jpg` → `zubair.jpg`, or `image.jpg`. */
function imageName(url: string): string {
  return path.posix.basename(new URL(url, "http://x/").pathname) || "image.jpg";
}

/** Adds the report's lines of one post to `report`. */
function reportPost(report: PostReport, outcome: PostOutcome): void {
  const { post, file, action } = outcome;
  const written = action !== "keep" && action !== "deleted";
  if (written) {
    for (const shortcode of post.unconverted) {
      report.shortcodes.push(
        `${file}:${shortcode.line}: ${shortcode.text} was not converted (WordPress shortcode "${shortcode.name}"); the post shows a note in its place. Fix: replace the note with what the shortcode showed, or delete it`,
      );
    }
    for (const image of post.images) {
      report.images.push(
        `${file}:${image.line}: the image ${image.url} is kept as a link to the old site, not shown (the site shows only its own images). Fix: copy it into ${path.dirname(file)}/ and show it from there: ![what it shows](${imageName(image.url)})`,
      );
    }
    for (const notice of post.notices)
      report.notes.push(`${file}:${notice.line}: ${notice.message}`);
  }
}

/** Posts whose old URL's day is not their day in the site's time zone, each as a report line. */
const manyDayShifts = 3;

/**
 * The report's lines on day shifts: one per post (`file:3`) for a few; for more than
 * {@link manyDayShifts}, one line counting them with the first as an example, since they share
 * one cause (the site's time zone is not the old blog's) and one fix.
 */
function dayShiftLines(outcomes: readonly PostOutcome[], timeZone: string): string[] {
  const shifted = outcomes.filter(({ post, action }) => post.dayShift && action !== "deleted");
  const fix = "Fix: nothing to do, or set the site's time zone in src/site.ts to the old blog's";
  const first = shifted[0];
  if (!first?.post.dayShift) return [];
  if (shifted.length > manyDayShifts) {
    const { oldDay, siteDay } = first.post.dayShift;
    return [
      `${shifted.length} posts have an old URL whose day is not their day in the site's time zone (${timeZone}), such as ${first.file}:3, whose old URL says ${oldDay} and whose page shows ${siteDay}; their pages show the site's day and their old URLs still redirect. ${fix}`,
    ];
  }
  return shifted.map(({ post, file }) => {
    const { oldDay, siteDay } = post.dayShift as { oldDay: string; siteDay: string };
    return `${file}:3: the old URL says ${oldDay}, but in the site's time zone (${timeZone}) the post's date is ${siteDay}; its page shows ${siteDay} and its old URL still redirects. ${fix}`;
  });
}

/**
 * The report's lines of the posts: for each post written or unchanged, its shortcodes not
 * converted, notices and images; the day shifts of posts not deleted (one line each, or one for
 * all when there are many); and one line on posts
 * whose old URL had no path (WordPress's "Plain" permalinks).
 * @param timeZone the site's time zone, named in the day-shift line
 */
export function postReport(outcomes: readonly PostOutcome[], timeZone: string): PostReport {
  const report: PostReport = { shortcodes: [], notes: [], images: [] };
  for (const outcome of outcomes) reportPost(report, outcome);
  report.notes.push(...dayShiftLines(outcomes, timeZone));
  const noOldPath = outcomes.filter(
    ({ post }) => !post.alias && !post.aliasRefused && !post.draft,
  ).length;
  if (noOldPath > 0) {
    report.notes.push(
      `${plural(noOldPath, "post")} had an old URL with no path (WordPress's "Plain" permalinks, /?p=123): no redirect is written for ${noOldPath === 1 ? "it" : "them"}, since a static site cannot redirect by query. Fix: nothing to do, or add the old path to the post's aliases by hand`,
    );
  }
  return report;
}

/** What the summary counts of the posts' media files (images, PDFs…). */
export interface MediaCounts {
  /** Brought into the posts' folders by this run. */
  fetched: number;
  /** Already in the posts' folders (an earlier import brought them). */
  present: number;
  /** Not brought: not found, unavailable, refused, or on a host not allowed. */
  missing: number;
  /** In a dry run, to be fetched. */
  toFetch: number;
}

/**
 * The summary's sentence on media: `Media: 3 fetched, 1 already present, 1 missing.` (in a dry
 * run, `3 to fetch`).
 */
export function mediaSummary(counts: MediaCounts, dryRun: boolean): string {
  const fetched = dryRun ? `${counts.toFetch} to fetch` : `${counts.fetched} fetched`;
  return `Media: ${fetched}, ${counts.present} already present, ${counts.missing} missing.`;
}

/** What the summary counts. */
export interface ImportSummary {
  input: string;
  out: string;
  dryRun: boolean;
  posts: readonly ImportedPost[];
  outcomes: readonly PostOutcome[];
  skipped: readonly SkippedItem[];
  report: PostReport;
  /** The posts' media files, when the import brought them. */
  media?: MediaCounts;
}

/**
 * The summary line: `Imported 6 posts from export.xml into posts/: 6 written (6 new, 0 updated),
 * 0 unchanged, 0 kept (changed since the last import). Skipped 3 items: … 2 shortcodes not
 * converted, 1 image kept as a link. Media: 3 fetched, 1 already present, 1 missing.`
 */
export function summaryLine(summary: ImportSummary): string {
  const { input, out, dryRun, posts, skipped, report } = summary;
  const count = (action: PostAction) =>
    summary.outcomes.filter((outcome) => outcome.action === action).length;
  const skippedText = skipped.length === 0 ? "" : ` ${skippedSummary(skipped)}`;
  const written = count("write") + count("update") + count("overwrite");
  const verb = dryRun ? "Dry run, nothing was written." : "Imported";
  const deleted = count("deleted");
  const images = report.images.length;
  // With media brought, an image kept as a link is one the media lines do not cover (rare).
  const imagesText =
    summary.media && images === 0
      ? ""
      : `, ${plural(images, "image")} kept as ${images === 1 ? "a link" : "links"}`;
  return `${verb} ${plural(posts.length, "post")} from ${input} into ${out}/: ${written} ${dryRun ? "to write" : "written"} (${count("write")} new, ${count("update") + count("overwrite")} updated), ${count("unchanged")} unchanged, ${count("keep")} kept (changed since the last import).${deleted > 0 ? ` ${deleted} left deleted (deleted since the last import).` : ""}${skippedText} ${plural(report.shortcodes.length, "shortcode")} not converted${imagesText}.${summary.media ? ` ${mediaSummary(summary.media, dryRun)}` : ""}`;
}
