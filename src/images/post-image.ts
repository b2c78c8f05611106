/**
 * Which images of a post are made responsive: those whose `src` names an image file in the post's
 * own folder (`photo.jpg`, `images/photo.jpg`), which the build publishes beside the page. URLs
 * (`https://…`), root paths (`/assets/…`), `data:` and paths with a query or fragment are left as
 * they are, and so is a path to no file (the check before the build reports it).
 */
import { statSync } from "node:fs";
import path from "node:path";
import { isImageFile } from "../content/files/post-files.ts";

/**
 * The image file a post's `src` names, or `undefined` when it is not one to make responsive.
 * @param inputPath the post's source as Eleventy names it, `./posts/basra/index.md`
 * @param src the `src` as written (percent-escapes allowed: `my%20photo.jpg`)
 * @returns the file's path relative to the working directory, `posts/basra/photo.jpg`
 */
export function postImageFile(inputPath: string, src: string): string | undefined {
  const written = src.trim();
  if (written === "" || /^[a-z][a-z0-9+.-]*:|^[/\\]|[?#]/i.test(written)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURI(written);
  } catch {
    return undefined;
  }
  const folder = path.posix.dirname(inputPath.replace(/^\.\//, ""));
  const file = path.posix.normalize(path.posix.join(folder, decoded));
  if (!file.startsWith(`${folder}/`) || !isImageFile(file)) return undefined;
  return statSync(file, { throwIfNoEntry: false })?.isFile() ? file : undefined;
}
