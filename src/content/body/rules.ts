/**
 * The rules one file reference of a post's body must pass, in order: the first that has
 * something to say decides. A rule returns the problem's words, `"fine"` (the reference is not
 * this check's: a URL with a scheme, a link to a page), or `undefined` (ask the next rule).
 */
import path from "node:path";
import { classifyLink } from "../../shared/urls.ts";
import { entryAt, missingFile } from "./on-disk.ts";
import {
  aboutReference,
  leavesSiteWords,
  missingFileWords,
  namesNoFileWords,
  onComputerWords,
  referenceWords,
  type ProblemWords,
} from "./messages.ts";
import { isImageFile, isPostAsset } from "../files/post-files.ts";

/** One reference, with what the rules need to know of the post. */
export interface CheckedReference {
  /** The reference as the parser read it: `photo.png?v=2`. */
  target: string;
  /** `image` or `link` (a link or media source). */
  kind: "image" | "link";
  /** `target` without query or fragment, percent-decoded: `photo.png`. */
  written: string;
  /** The post's folder, project-relative: `posts/basra`. */
  folder: string;
  /** The project root `folder` is relative to. */
  root: string;
}

/** What a rule says of a reference; see the module documentation. */
type Verdict = ProblemWords | "fine" | undefined;

/**
 * A drive (`C:\`), `file:`, a network share (`\\server`, which Markdown reads as `\server`), a
 * home folder (`~/`, `/Users/`, `/home/`): where the author's computer keeps the file.
 */
function onComputer({ written, folder }: CheckedReference): Verdict {
  if (!/^(?:[a-z]:[\\/]|file:|\\|~\/|\/(?:Users|home)\/)/i.test(written)) return undefined;
  return onComputerWords(written, folder);
}

/** `/\host/` or `/<tab>/host` in raw HTML: a path of this site to the eye, another site to browsers. */
function leadsElsewhere({ target }: CheckedReference): Verdict {
  const goes = classifyLink(target);
  if (goes.kind !== "elsewhere" || goes.protocolRelative) return undefined;
  return leavesSiteWords(target, goes.host);
}

/** `![Alt]()`. */
function namesNoFile({ target, written, kind }: CheckedReference): Verdict {
  return written === "" && target === "" && kind === "image" ? namesNoFileWords : undefined;
}

/** An empty link, a URL with a scheme (`https:`, `data:`) or another host (`//cdn…`): not a file here. */
function notAPath({ written }: CheckedReference): Verdict {
  return written === "" || /^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith("//")
    ? "fine"
    : undefined;
}

/** `docs\report.pdf`. */
function backslash({ written, kind }: CheckedReference): Verdict {
  if (!written.includes("\\")) return undefined;
  return aboutReference(kind, written, referenceWords.backslash(written));
}

/**
 * A link to a page (`../other-post/`, `/tags/iraq/`) is `npm run verify`'s; one to a file in the
 * post's folder that the build does not publish (`notes.docx`) is refused.
 */
function linkToPage({ written, kind, folder, root }: CheckedReference): Verdict {
  if (kind !== "link" || isPostAsset(written)) return undefined;
  const resolved = path.posix.normalize(path.posix.join(folder, written));
  const onDisk = path.join(root, ...resolved.split("/"));
  const inFolder = !written.startsWith("/") && resolved.startsWith(`${folder}/`);
  return inFolder && entryAt(onDisk) === "file"
    ? aboutReference(kind, written, referenceWords.unpublished())
    : "fine";
}

/** Where a published file must be: the folder on disk, its name in messages, the path's names. */
interface FilePlace {
  base: string;
  where: string;
  parts: string[];
}

/**
 * Where the file must be: under `assets/` for `/assets/…`, in the post's folder for a relative
 * path; `"fine"` for another root-relative path (a page the build writes), the problem's words
 * for a relative path out of the post's folder.
 */
function placeOf({
  written,
  kind,
  folder,
  root,
}: CheckedReference): FilePlace | ProblemWords | "fine" {
  if (written.startsWith("/")) {
    const resolved = path.posix.normalize(written);
    if (!resolved.startsWith("/assets/")) return "fine";
    const parts = resolved.slice("/assets/".length).split("/");
    return { base: path.join(root, "assets"), where: "assets/", parts };
  }
  const resolved = path.posix.normalize(path.posix.join(folder, written));
  if (!resolved.startsWith(`${folder}/`)) {
    return aboutReference(kind, written, referenceWords.outsideFolder(written, folder));
  }
  const parts = resolved.slice(folder.length + 1).split("/");
  return { base: path.join(root, ...folder.split("/")), where: `${folder}/`, parts };
}

/**
 * The file must be in its place ({@link placeOf}); a folder is said to be one; any other image
 * must be of a kind browsers show, then exist.
 */
function publishedFile(reference: CheckedReference): Verdict {
  const place = placeOf(reference);
  if (place === "fine" || "message" in place) return place;
  const { written, kind } = reference;
  const names = place.parts.filter(Boolean);
  const isFolder = written.endsWith("/") || entryAt(path.join(place.base, ...names)) === "folder";
  if (!isFolder && kind === "image" && !isImageFile(written)) {
    return aboutReference(kind, written, referenceWords.notAnImage());
  }
  const missing = missingFile(place.base, names, written, place.where);
  if (!missing) return "fine";
  return aboutReference(kind, written, missingFileWords(missing, written, place.where));
}

/** The rules, in the order they are asked. */
const rules: ReadonlyArray<(reference: CheckedReference) => Verdict> = [
  onComputer,
  leadsElsewhere,
  namesNoFile,
  notAPath,
  backslash,
  linkToPage,
  publishedFile,
];

/**
 * What is wrong with one file reference of a post's body, or `undefined` when it points to a
 * file the build publishes or is not this check's (see `src/content/body/files.ts`).
 * @returns the message and fix of the first rule that refuses it
 */
export function referenceProblem(reference: CheckedReference): ProblemWords | undefined {
  for (const rule of rules) {
    const verdict = rule(reference);
    if (verdict === "fine") return undefined;
    if (verdict) return verdict;
  }
  return undefined;
}
