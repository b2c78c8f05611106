/**
 * The import's media stage, between the planning conversion and the writing of the posts
 * (`./run.ts`): bring the files the posts use into their folders (`./media/`), then say what
 * became of them in the report.
 */
import path from "node:path";
import {
  fetchMedia,
  type DownloadOptions,
  type MediaOutcome,
  type UploadsSource,
} from "./media/download.ts";
import type { MediaHosts } from "./media/hosts.ts";
import { mediaKey, type MediaPlan, type PlannedFile } from "./media/plan.ts";
import { missingLine, refusedLine, wouldFetchLine } from "./media/report-lines.ts";
import { planPost } from "./manifest.ts";
import type { ImportedPost } from "./post/convert-export.ts";
import type { MediaCounts } from "./report.ts";
import {
  mediaFileExists,
  readText,
  writeMediaFile,
  type OutputFolder,
  type PostOutcome,
} from "./write-posts.ts";

/** What the media stage needs of the run. */
export interface MediaContext {
  /** The output folder. */
  out: string;
  force: boolean;
  /** Look which files are there; fetch nothing. */
  dryRun: boolean;
  /** The hosts files may be downloaded from. */
  hosts: MediaHosts;
  /** `--uploads`, read. */
  uploads: UploadsSource | undefined;
  /** Settings of the downloads (timeouts, retries), for tests. */
  download: Partial<DownloadOptions>;
  /** Shows progress on a terminal (`ImportOutput.progress`). */
  progress?: (text: string) => void;
}

/** What the media stage did: each planned file's outcome, and the files it would fetch in a dry run. */
export interface MediaRun {
  plan: MediaPlan;
  outcomes: Map<PlannedFile, MediaOutcome>;
  /** In a dry run: the files the import would fetch. */
  wouldFetch: PlannedFile[];
}

/**
 * Brings the planned files of the posts the import will write (not those kept because the author
 * edited them, nor those left deleted) into their folders; in a dry run, only looks which are there.
 */
export async function bringMedia(
  plan: MediaPlan,
  planned: readonly ImportedPost[],
  folder: OutputFolder,
  context: MediaContext,
): Promise<MediaRun> {
  const { out, force, dryRun } = context;
  const written = new Set(
    planned
      .filter((post) => {
        const existing = readText(path.join(out, post.slug, "index.md"));
        const action = planPost(post.text, existing, folder.manifest.posts[post.id], force);
        return action !== "keep" && action !== "deleted";
      })
      .map((post) => post.slug),
  );
  const files = plan.files.filter((file) => written.has(file.slug));
  const exists = (file: PlannedFile) => mediaFileExists(out, file.slug, file.name);
  if (dryRun) {
    const outcomes = new Map(
      files.filter(exists).map((file) => [file, { status: "present", from: "" } as const]),
    );
    return { plan, outcomes, wouldFetch: files.filter((file) => !outcomes.has(file)) };
  }
  const { progress } = context;
  const outcomes = await fetchMedia(
    files,
    { exists, save: (file, bytes) => writeMediaFile(out, file.slug, file.name, bytes) },
    {
      ...context.download,
      hosts: context.hosts,
      uploads: context.uploads,
      onProgress(done, total) {
        progress?.(`\rimport:wordpress: ${done}/${total} media files`);
      },
    },
  );
  if (files.length > 0) progress?.("\r\x1b[K");
  return { plan, outcomes, wouldFetch: [] };
}

/** The report's media lines, for the posts written or unchanged, and the media counts. */
export function mediaReport(
  outcomes: readonly PostOutcome[],
  media: MediaRun,
): { lines: string[]; counts: MediaCounts } {
  const lines: string[] = [];
  const counts: MediaCounts = { fetched: 0, present: 0, missing: 0, toFetch: 0 };
  for (const { post, file, action } of outcomes) {
    if (action === "keep" || action === "deleted") continue;
    const entry = { file, text: post.text, images: post.images };
    const said: { line: string; at: number }[] = [];
    for (const planned of media.plan.files.filter((one) => one.slug === post.slug)) {
      const outcome = media.outcomes.get(planned);
      if (media.wouldFetch.includes(planned)) {
        counts.toFetch += 1;
        said.push({ line: wouldFetchLine(entry, planned), at: 0 });
      } else if (outcome?.status === "fetched") counts.fetched += 1;
      else if (outcome?.status === "present") counts.present += 1;
      else if (outcome?.status === "missing") {
        counts.missing += 1;
        said.push({ line: missingLine(entry, planned, outcome), at: 0 });
      }
    }
    for (const refused of media.plan.refused.filter((one) => one.slug === post.slug)) {
      counts.missing += 1;
      said.push({ line: refusedLine(entry, refused), at: 0 });
    }
    const line = (text: string) => Number(/:(\d+): /.exec(text)?.[1] ?? 0);
    lines.push(...said.map(({ line: text }) => text).sort((a, b) => line(a) - line(b)));
  }
  return { lines, counts };
}

/** The post as the report sees it: its images the media lines speak of left out. */
export function withoutMediaImages(outcome: PostOutcome, media: MediaRun): PostOutcome {
  const keys = new Set(
    [
      ...media.plan.files
        .filter((file) => file.slug === outcome.post.slug)
        .flatMap((file) => file.urls),
      ...media.plan.refused
        .filter((file) => file.slug === outcome.post.slug)
        .map((file) => file.url),
    ].map((url) => mediaKey(url)),
  );
  const images = outcome.post.images.filter((image) => {
    try {
      return !keys.has(mediaKey(image.url));
    } catch {
      return true;
    }
  });
  return { ...outcome, post: { ...outcome.post, images } };
}
