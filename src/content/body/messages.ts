/**
 * The words of the problems `checkBodyFiles` reports about the files a post's body points to:
 * each a `message` (what is wrong, after the image or file as written) and a `fix`.
 */
import path from "node:path";
import { leavesSite, leavesSiteFix } from "../../shared/urls.ts";
import type { MissingFile } from "./on-disk.ts";
import { postAssetExtensions } from "../files/post-files.ts";

/** A problem's words: what is wrong and the fix. */
export interface ProblemWords {
  message: string;
  fix: string;
}

/**
 * A name as it can be printed in a message: control characters escaped (`a\u0000.png`).
 * @param name a file name or path as the author wrote it
 */
export function shown(name: string): string {
  return name.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what is escaped
    /[\u0000-\u001f\u007f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * The whole message of a path on the author's computer (`C:\…`, `file:`, `~/`).
 * @param written the path as written, percent-decoded
 * @param folder the post's folder, `posts/basra`
 */
export function onComputerWords(written: string, folder: string): ProblemWords {
  return {
    message: `${JSON.stringify(written)} is a path on your computer, which readers' browsers cannot open`,
    fix: `copy the file into ${folder}/ and write its name, e.g. ${JSON.stringify(shown(written.split(/[\\/]/).pop() ?? ""))}`,
  };
}

/**
 * The whole message of a path that browsers take to another site (`/\host/`).
 * @param target the reference as the parser read it
 * @param host the host browsers would go to
 */
export function leavesSiteWords(target: string, host: string): ProblemWords {
  return { message: `${JSON.stringify(target)} ${leavesSite(host)}`, fix: leavesSiteFix(host) };
}

/** The whole message of `![Alt]()`. */
export const namesNoFileWords: ProblemWords = {
  message: "an image names no file",
  fix: "write the image's file name between the parentheses, e.g. ![What it shows](photo.png)",
};

/**
 * The messages below complete `image "photo.png" ` or `linked file "report.pdf" `
 * ({@link aboutReference}).
 */
export const referenceWords = {
  /** `docs\report.pdf`; the fix writes `written` with `/`. */
  backslash: (written: string): ProblemWords => ({
    message: "separates folders with \\, which web addresses do not",
    fix: `write / instead: ${JSON.stringify(written.replaceAll("\\", "/").replace(/^\/+/, "/"))}`,
  }),
  /** A link to a file of the post's folder with an extension the build does not copy. */
  unpublished: (): ProblemWords => ({
    message: "is a kind of file the build does not publish",
    fix: `save it as one of ${postAssetExtensions.join(", ")}, or link to where it is published`,
  }),
  /** `../other/photo.png`: outside the post's `folder`. */
  outsideFolder: (written: string, folder: string): ProblemWords => ({
    message: `is outside ${folder}/: only a post's own folder is published with it`,
    fix: `copy the file into ${folder}/ and write its name, e.g. ${JSON.stringify(shown(path.posix.basename(written)))}`,
  }),
  /** An image of a kind browsers do not show in `<img>` (`report.pdf`). */
  notAnImage: (): ProblemWords => ({
    message: "is not a kind of image browsers show",
    fix: "save it as PNG, JPEG, GIF, WebP, AVIF or SVG",
  }),
};

/**
 * The words for a reference that is not a published file.
 * @param missing what {@link missingFile} found (`src/content/body/on-disk.ts`)
 * @param written the path as written, percent-decoded, for the fix
 * @param where how messages name the folder: `posts/basra/` or `assets/`
 */
export function missingFileWords(
  missing: MissingFile,
  written: string,
  where: string,
): ProblemWords {
  switch (missing.kind) {
    case "folder":
      return {
        message: `is a folder in ${where}, not a file`,
        fix: `write the name of a file in it, e.g. ${JSON.stringify(`${written.replace(/\/$/, "")}/photo.png`)}`,
      };
    case "link":
      return {
        message: `is a symbolic link in ${where}, which the build does not publish`,
        fix: `put the file itself in ${where} in place of the link`,
      };
    case "percent-escaped":
      return {
        message: `is not a file in ${where}: web servers do not read the %-escapes in its name`,
        fix: `rename the file to a name of letters, digits, "-" and "_" (no "&", "#", "?" or "%"), and write that name`,
      };
    case "other-spelling":
      return {
        message: `is not a file in ${where}`,
        fix: missing.onlyComposition
          ? `its accented letters are encoded differently from the file's name, ${JSON.stringify(shown(missing.spelled))} (Unicode NFC and NFD): type the name again, or rename the file`
          : `write its name as it is on disk, ${JSON.stringify(shown(missing.spelled))} (web servers tell capitals apart)`,
      };
    case "elsewhere":
      return {
        message: `is not a file in ${where}`,
        fix: `write its path in ${where}, ${JSON.stringify(shown(missing.path))}`,
      };
    case "absent":
      return {
        message: `is not a file in ${where}`,
        fix: `add ${shown(missing.name)} to ${missing.folder.endsWith("/") ? missing.folder : `${missing.folder}/`}, or correct the path`,
      };
  }
}

/**
 * Puts a reference's words after what it is: `image "photo.png" is not a file in posts/a/`.
 * @param kind `image` or `link` (a linked file)
 * @param written the path as written, percent-decoded
 */
export function aboutReference(
  kind: "image" | "link",
  written: string,
  words: ProblemWords,
): ProblemWords {
  const what = kind === "image" ? "image" : "linked file";
  return { message: `${what} ${JSON.stringify(written)} ${words.message}`, fix: words.fix };
}
