/**
 * What the import's report says of a post's media: each file it could not bring (its post's
 * file and line, its address, why, and the fix), and in a dry run each file it would fetch.
 */
import path from "node:path";
import type { MediaOutcome } from "./download.ts";
import { mediaKey, type PlannedFile, type RefusedFile } from "./plan.ts";

/** A post as its media lines need it. */
export interface MediaPost {
  /** `<out>/<slug>/index.md`, as the report names it. */
  file: string;
  /** The post's whole `index.md`. */
  text: string;
  /** Its images kept as links, with their lines (`ImportedPost.images`). */
  images: readonly { url: string; line: number }[];
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
 * The 1-based line where the post has the first of `urls` it has (or another address of the
 * same file); 1 when none is found.
 */
export function mediaLine(post: MediaPost, urls: readonly string[]): number {
  const lines = post.text.split("\n");
  for (const url of urls) {
    const forms = [url, url.replace(/&/g, "&amp;")];
    const index = lines.findIndex((line) => forms.some((form) => line.includes(form)));
    if (index >= 0) return index + 1;
  }
  const keys = new Set(urls.map(keyOf));
  return post.images.find((image) => keys.has(keyOf(image.url)))?.line ?? 1;
}

/** The fix for a file not brought, by why. */
function missingFix(
  outcome: Extract<MediaOutcome, { status: "missing" }>,
  folder: string,
  name: string,
): string {
  const copy = `copy the file into ${folder}/ and show or link it from there`;
  if (/larger than/.test(outcome.why)) {
    // A long recording or video: the site publishes it all the same once it is in the folder.
    return `download it yourself as ${folder}/${name} and run the import again, which then plays or links that copy; or put a video on a video site and embed it with {% video %}`;
  }
  if (outcome.cause === "not-found") {
    return `find the file (in a backup of wp-content/uploads) and run the import again with --uploads <that folder>, or ${copy}`;
  }
  if (outcome.cause === "unavailable") {
    return `run the import again later (the files it has are kept), or give a copy of wp-content/uploads with --uploads <folder>, or ${copy}`;
  }
  if (/reserved for examples/.test(outcome.why)) {
    return `give a copy of the old site's wp-content/uploads with --uploads <folder or URL>, or ${copy}`;
  }
  const host = /--allow-host (\S+)$/.exec(outcome.why)?.[1];
  if (host) return `run the import again with --allow-host ${host} if you trust it, or ${copy}`;
  return `${copy}, if it is the file you meant`;
}

/**
 * The line of a file the import could not bring into the post's folder:
 * `posts/basra/index.md:12: http://old.example.org/wp-content/uploads/a.jpg could not be
 * downloaded (HTTP 404). Fix: …`.
 */
export function missingLine(
  post: MediaPost,
  file: PlannedFile,
  outcome: Extract<MediaOutcome, { status: "missing" }>,
): string {
  const url = file.urls[0] as string;
  const folder = path.dirname(post.file);
  const why = outcome.why.replace(/; --allow-host \S+$/, "");
  return `${post.file}:${mediaLine(post, file.urls)}: ${url} could not be downloaded (${why}). Fix: ${missingFix(outcome, folder, file.name)}`;
}

/** The line of an image on a host the import may not download from. */
export function refusedLine(post: MediaPost, refused: RefusedFile): string {
  const folder = path.dirname(post.file);
  return `${post.file}:${mediaLine(post, [refused.url])}: ${refused.url} could not be downloaded (host not allowed: ${refused.host} is not the old site's). Fix: run the import again with --allow-host ${refused.host} if you trust it, or copy the file into ${folder}/ and show it from there`;
}

/** The 1-based line where the post shows or links a local file (its name) or its address. */
export function localLine(post: MediaPost, file: PlannedFile): number {
  return mediaLine(post, [`](${file.name}`, `="${file.name}"`, ...file.urls]);
}

/** In a dry run, the line of a file the import would fetch. */
export function wouldFetchLine(post: MediaPost, file: PlannedFile): string {
  return `${post.file}:${localLine(post, file)}: would fetch ${file.urls[0]} as ${file.name}`;
}
