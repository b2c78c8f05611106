/**
 * Which of a post folder's files are published with it: `posts/<folder>/index.md` is the post,
 * and the files beside it with one of {@link postAssetExtensions} are copied beside its page
 * (`src/content/post-assets.ts`).
 */

/** Where posts live, relative to the project root. */
export const postsDir = "posts";

/** Files in a post's folder copied beside its page, by extension. */
export const postAssetExtensions = [
  "png",
  "jpg",
  "jpeg",
  "gif",
  "webp",
  "avif",
  "svg",
  "pdf",
  "mp3",
  "mp4",
  "webm",
  "vtt",
  "geojson",
  "kml",
  "gpx",
  "csv",
  // Documents and sounds a WordPress post links to (the import brings them along).
  "doc",
  "docx",
  "xls",
  "xlsx",
  "ppt",
  "pptx",
  "odt",
  "ods",
  "odp",
  "rtf",
  "zip",
  "m4a",
  "ogg",
  "wav",
  // Audio and video a WordPress post plays (the import makes them players).
  "m4v",
  "mov",
  "ogv",
  "oga",
  "flac",
] as const;

/** Extensions of the files an image (a lead image, `![Alt](photo.png)`) may be: those of {@link postAssetExtensions} a browser shows in `<img>`. */
export const imageExtensions = ["png", "jpg", "jpeg", "gif", "webp", "avif", "svg"] as const;

/**
 * The extension of a file name, a path or a URL's path, lower case, without the dot:
 * `Photo.JPG` → `jpg`; `""` when it has none.
 */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** True when a file name has one of {@link postAssetExtensions}, in any case. */
export function isPostAsset(name: string): boolean {
  return (postAssetExtensions as readonly string[]).includes(extensionOf(name));
}

/** True when a file name has one of {@link imageExtensions}, in any case. */
export function isImageFile(name: string): boolean {
  return (imageExtensions as readonly string[]).includes(extensionOf(name));
}
