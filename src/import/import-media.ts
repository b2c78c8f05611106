/**
 * The import's media stage (`./run.ts` calls it): the `--uploads` and `--allow-host` arguments
 * read, the posts converted once to plan their files and again once the files are brought into
 * their folders (`./media/`), and the report's media lines and counts.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import {
  fetchMedia,
  reservedWhy,
  type DownloadOptions,
  type MediaOutcome,
  type UploadsSource,
} from "./media/download.ts";
import { isReservedHost, type MediaHosts } from "./media/hosts.ts";
import { createMediaPlan, mediaKey, type MediaPlan, type PlannedFile } from "./media/plan.ts";
import {
  localLine,
  mediaLine,
  missingLine,
  refusedLine,
  wouldFetchLine,
} from "./media/report-lines.ts";
import { planPost } from "./manifest.ts";
import { ImportError } from "./export/import-error.ts";
import type { WxrExport } from "./export/wxr.ts";
import { convertExport, type ConvertOptions, type ImportedPost } from "./post/convert-export.ts";
import type { MediaCounts } from "./report.ts";
import {
  mediaFileExists,
  readText,
  writeMediaFile,
  type OutputFolder,
  type PostOutcome,
} from "./write-posts.ts";

/** `--uploads` read: a folder that exists, or an http(s) address; throws ImportError otherwise. */
export function uploadsSource(value: string | undefined): UploadsSource | undefined {
  if (value === undefined) return undefined;
  const subject = `--uploads ${value}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[a-z]:[\\/]/i.test(value)) {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (url && (url.protocol === "http:" || url.protocol === "https:")) return { url: url.href };
    throw new ImportError(
      {
        file: value,
        message: "is neither a folder nor an http(s) address",
        fix: "give the folder holding a copy of wp-content/uploads, or the http(s) address it is served at",
      },
      subject,
    );
  }
  if (!existsSync(value) || !statSync(value).isDirectory()) {
    throw new ImportError(
      {
        file: value,
        message: existsSync(value) ? "is a file, not a folder" : "does not exist",
        fix: "give the folder holding a copy of the old site's wp-content/uploads (its 2008/, 2009/… folders)",
      },
      subject,
    );
  }
  return { folder: value };
}

/** `--allow-host` values checked: host names, or addresses whose host is taken. */
export function allowedHosts(values: readonly string[]): string[] {
  for (const value of values) {
    let host = value;
    try {
      if (/^https?:\/\//i.test(value)) host = new URL(value).hostname;
    } catch {
      host = "";
    }
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\.?$/i.test(host)) {
      throw new ImportError(
        {
          file: value,
          message: "is not a host name",
          fix: "give a host, such as --allow-host images.example.net",
        },
        `--allow-host ${value}`,
      );
    }
  }
  return [...values];
}

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
 * Converts the export's posts with their media: once with a planning resolver, which records
 * each file the posts use; then brings the files of the posts the import will write (in a dry
 * run, only looks which are there); then converts again with the files now there (in a dry
 * run, as if those it would fetch were).
 * @returns the posts and skipped items of the second conversion, and what became of each file
 * @throws the file system's error when a file cannot be written
 */
export async function convertWithMedia(
  wxr: WxrExport,
  options: ConvertOptions,
  folder: OutputFolder,
  context: MediaContext,
): Promise<ReturnType<typeof convertExport> & { media: MediaRun }> {
  const plan = createMediaPlan(context.hosts);
  const planned = convertExport(wxr, { ...options, media: plan.resolver });
  if (plan.files.length === 0) {
    return { ...planned, media: { plan, outcomes: new Map(), wouldFetch: [] } };
  }
  const media = await bringMedia(plan, planned.posts, folder, context);
  const wouldFetch = new Set(media.wouldFetch);
  const present = (file: PlannedFile) => {
    const status = media.outcomes.get(file)?.status;
    return status === "fetched" || status === "present" || wouldFetch.has(file);
  };
  return {
    ...convertExport(wxr, { ...options, media: plan.presentResolver(present) }),
    media,
  };
}

/**
 * A dry run's media: the files already there, those on a host reserved for examples (which no
 * download reaches, unless from `--uploads`), and the rest, which the import would fetch.
 */
function lookOnly(
  plan: MediaPlan,
  files: readonly PlannedFile[],
  exists: (file: PlannedFile) => boolean,
  uploads: UploadsSource | undefined,
): MediaRun {
  const outcomes = new Map<PlannedFile, MediaOutcome>();
  const wouldFetch: PlannedFile[] = [];
  for (const file of files) {
    const hosts = file.sources.map((source) => new URL(source).hostname);
    if (exists(file)) outcomes.set(file, { status: "present", from: "" });
    else if (!uploads && hosts.every(isReservedHost)) {
      outcomes.set(file, { status: "missing", cause: "refused", why: reservedWhy(hosts[0] ?? "") });
    } else wouldFetch.push(file);
  }
  return { plan, outcomes, wouldFetch };
}

/**
 * Brings the planned files of the posts the import will write (not those kept because the author
 * edited them, nor those left deleted) into their folders; in a dry run, only looks which are there.
 */
async function bringMedia(
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
        const action = planPost(
          post.text,
          existing,
          folder.manifest.posts[folder.key(post.id)],
          force,
        );
        return action !== "keep" && action !== "deleted";
      })
      .map((post) => post.slug),
  );
  const files = plan.files.filter((file) => written.has(file.slug));
  const exists = (file: PlannedFile) => mediaFileExists(out, file.slug, file.name);
  if (dryRun) return lookOnly(plan, files, exists, context.uploads);
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

/** Lists grouped by their items' `slug`. */
function bySlug<T extends { slug: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.slug, [...(groups.get(item.slug) ?? []), item]);
  return groups;
}

/**
 * The report's media lines, for the posts written or unchanged, each post's in line order, and
 * the media counts.
 */
export function mediaReport(
  outcomes: readonly PostOutcome[],
  media: MediaRun,
): { lines: string[]; counts: MediaCounts } {
  const lines: string[] = [];
  const counts: MediaCounts = { fetched: 0, present: 0, missing: 0, toFetch: 0 };
  const files = bySlug(media.plan.files);
  const refusedFiles = bySlug(media.plan.refused);
  const wouldFetch = new Set(media.wouldFetch);
  for (const { post, file, action } of outcomes) {
    if (action === "keep" || action === "deleted") continue;
    const entry = { file, text: post.text, images: post.images };
    const said: { line: number; text: string }[] = [];
    for (const planned of files.get(post.slug) ?? []) {
      const outcome = media.outcomes.get(planned);
      if (wouldFetch.has(planned)) {
        counts.toFetch += 1;
        said.push({ line: localLine(entry, planned), text: wouldFetchLine(entry, planned) });
      } else if (outcome?.status === "fetched") counts.fetched += 1;
      else if (outcome?.status === "present") counts.present += 1;
      else if (outcome?.status === "missing") {
        counts.missing += 1;
        said.push({
          line: mediaLine(entry, planned.urls),
          text: missingLine(entry, planned, outcome),
        });
      }
    }
    for (const refused of refusedFiles.get(post.slug) ?? []) {
      counts.missing += 1;
      said.push({ line: mediaLine(entry, [refused.url]), text: refusedLine(entry, refused) });
    }
    lines.push(...said.sort((x, y) => x.line - y.line).map(({ text }) => text));
  }
  return { lines, counts };
}

/** The key of an address, or the address itself when it is not a URL. */
function keyOf(url: string): string {
  try {
    return mediaKey(url);
  } catch {
    return url;
  }
}

/**
 * The posts as the report's image lines see them: the images the media lines speak of (another
 * address of a planned or refused file) left out.
 */
export function withoutMediaImages(
  outcomes: readonly PostOutcome[],
  media: MediaRun,
): PostOutcome[] {
  const keys = new Map<string, Set<string>>();
  const add = (slug: string, url: string) => {
    const set = keys.get(slug) ?? new Set<string>();
    set.add(keyOf(url));
    keys.set(slug, set);
  };
  for (const file of media.plan.files) for (const url of file.urls) add(file.slug, url);
  for (const file of media.plan.refused) add(file.slug, file.url);
  return outcomes.map((outcome) => {
    const covered = keys.get(outcome.post.slug);
    const images = outcome.post.images.filter((image) => !covered?.has(keyOf(image.url)));
    return { ...outcome, post: { ...outcome.post, images } };
  });
}
