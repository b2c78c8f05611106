/**
 * The files a post's body points to: every image (`![Alt](photo.png)`, an `<img>`, `<picture>`,
 * `<video poster>` in raw HTML) and every link or media source that names a file the build
 * publishes (`[the report](report.pdf)`, `<video src="clip.mp4">`), given as a path in the post's
 * own folder, must be a file there that the build copies beside the page
 * (`src/content/post-assets.ts`); one under `/assets/` must be in the site's `assets/` folder.
 * Otherwise the reader gets a broken image, so the build stops with the line and the fix. A path
 * on the author's computer (`C:\…`, `file:`) is refused the same way. URLs with a scheme
 * (`https:`), protocol-relative ones (`//host/x.png`) and other root-relative paths (pages the
 * build writes) are left to `npm run verify`, which checks every link of the built site.
 */
import { lstatSync, readdirSync } from "node:fs";
import { walkTree } from "./folder-tree.ts";
import path from "node:path";
import type { Token } from "markdown-it";
import { parseHTML } from "linkedom";
import type { ContentProblem } from "../errors.ts";
import { sourceParser } from "../markdown/source-parser.ts";
import { isImageFile, isPostAsset, postAssetExtensions } from "./post-files.ts";
import { classifyLink, leavesSite, leavesSiteFix } from "../shared/urls.ts";

/** One file a body points to. */
export interface BodyFileReference {
  /** What the author wrote, as markdown-it or the HTML parser read it: `photo.png`. */
  target: string;
  /** `image`: shown in `<img>` (must be an image); `link`: a link or media source. */
  kind: "image" | "link";
  /** 0-based line of the body. */
  bodyLine: number;
}

/** Where a reference was written, which tells what may stand around it in the source. */
type Syntax = "markdown" | "html";

/** Characters that may come right before a destination, and right after it. */
const around: Record<Syntax, { before: RegExp; after: RegExp }> = {
  // `](photo.png)`, `](<my photo.png>)`, a definition `[pic]: photo.png`.
  markdown: { before: /(?:[(<]|\]:[ \t]*)$/, after: /^(?:$|[)>\s])/ },
  // `src="photo.png"`, `src='…'`, `src=photo.png`, `srcset="a.png 1x, b.png 2x"`.
  html: { before: /[=\s"',]$/, after: /^(?:$|[\s"'>,])/ },
};

/** `decodeURI`, or the text as it is when it is not valid percent-encoding. */
function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/**
 * The forms a destination may have in the source: as read, percent-decoded, HTML-escaped; an
 * empty one (`![Alt]()`) is found between its parentheses.
 */
function spellings(text: string): string[] {
  const forms = [text, safeDecode(text)];
  forms.push(...forms.map((form) => form.replaceAll("&", "&amp;")));
  return [...new Set(forms)];
}

/** The first place at or after `[line, column]` where `text` stands as a destination. */
function findDestination(
  lines: readonly string[],
  text: string,
  syntax: Syntax,
  from: { line: number; column: number },
  end: number,
): { line: number; column: number } | undefined {
  const { before, after } = around[syntax];
  for (let line = from.line; line < end; line += 1) {
    const source = lines[line] ?? "";
    for (const form of spellings(text)) {
      let at = source.indexOf(form, line === from.line ? from.column : 0);
      while (at >= 0) {
        const next = at + form.length;
        if (before.test(source.slice(0, at)) && after.test(source.slice(next))) {
          return { line, column: next };
        }
        // An empty form stands at every position: stop after the end of the line.
        at = at < source.length ? source.indexOf(form, at + 1) : -1;
      }
    }
  }
  return undefined;
}

/**
 * Finds where each reference of a block stands, in order: a reference is looked for after the
 * one before it, so that two references to one file get their own lines. One not written in
 * the block (an image whose destination is a reference definition, `[pic]: photo.png`) is
 * looked for in the whole body.
 */
class BlockCursor {
  private at: { line: number; column: number };

  constructor(
    private readonly lines: readonly string[],
    private readonly block: [number, number],
  ) {
    this.at = { line: block[0], column: 0 };
  }

  /** The body line of the next occurrence of `text`, else of its definition, else the block's first. */
  next(text: string, syntax: Syntax): number {
    const found = findDestination(this.lines, text, syntax, this.at, this.block[1]);
    if (found) {
      this.at = found;
      return found.line;
    }
    const anywhere = findDestination(
      this.lines,
      text,
      syntax,
      { line: 0, column: 0 },
      this.lines.length,
    );
    return anywhere?.line ?? this.block[0];
  }
}

/** Attributes of raw HTML that name a file, and whether it is shown as an image. */
const htmlReferences: ReadonlyArray<{
  selector: string;
  attribute: string;
  kind: BodyFileReference["kind"];
}> = [
  { selector: "img[src]", attribute: "src", kind: "image" },
  { selector: "img[srcset]", attribute: "srcset", kind: "image" },
  { selector: "source[srcset]", attribute: "srcset", kind: "image" },
  { selector: "video[src], audio[src], source[src], track[src]", attribute: "src", kind: "link" },
  { selector: "video[poster]", attribute: "poster", kind: "image" },
  { selector: "a[href]", attribute: "href", kind: "link" },
];

/** The URLs of a `srcset`: `a.png 1x, b.png 2x` → `a.png`, `b.png`. */
function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter((url) => url !== "");
}

/** The files raw HTML names, in document order per attribute kind (comments are not read). */
function htmlFileReferences(html: string): Array<Omit<BodyFileReference, "bodyLine">> {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const found: Array<{ element: Element; target: string; kind: BodyFileReference["kind"] }> = [];
  for (const { selector, attribute, kind } of htmlReferences) {
    for (const element of document.querySelectorAll(selector)) {
      const value = element.getAttribute(attribute) ?? "";
      const targets = attribute === "srcset" ? srcsetUrls(value) : [value.trim()];
      for (const target of targets) found.push({ element, target, kind });
    }
  }
  // In the order the elements stand, so that lines are found in order.
  const order = [...document.querySelectorAll("*")];
  return found
    .sort((a, b) => order.indexOf(a.element) - order.indexOf(b.element))
    .map(({ target, kind }) => ({ target, kind }));
}

/** A Markdown link or definition to a path with one of the published extensions. */
const fileLink = new RegExp(
  `\\]\\s*(?:\\(|:)\\s*<?[^)>\\n]*\\.(?:${postAssetExtensions.join("|")})(?:[?#)>\\s]|$)`,
  "i",
);

/** True when a body may name a file: an image, raw HTML that can, or a link to a file. */
function mayNameAFile(body: string): boolean {
  return /!\[|<(?:img|a|video|audio|source|track)\b/i.test(body) || fileLink.test(body);
}

/**
 * Lists the images, links and media sources of a post's body, with their lines, parsed as the
 * renderer parses it (`sourceParser`).
 * @param body the text after the front matter
 */
export function bodyFileReferences(body: string): BodyFileReference[] {
  // Most bodies point to no file: only one that may (an image, raw HTML that can name a file, a
  // link or definition whose path ends in a published extension) is parsed.
  if (!mayNameAFile(body)) return [];
  const lines = body.split(/\r?\n/);
  const references: BodyFileReference[] = [];
  // Table cells carry no lines of their own: they take those of their row.
  let lastBlock: [number, number] = [0, 1];
  for (const token of sourceParser.parse(body, {})) {
    if (token.map) lastBlock = token.map as [number, number];
    if (token.type !== "html_block" && token.type !== "inline") continue;
    const cursor = new BlockCursor(lines, lastBlock);
    const add = (target: string, kind: BodyFileReference["kind"], syntax: Syntax) =>
      references.push({ target, kind, bodyLine: cursor.next(target, syntax) });
    if (token.type === "html_block") {
      for (const { target, kind } of htmlFileReferences(token.content)) add(target, kind, "html");
      continue;
    }
    for (const child of token.children ?? ([] as Token[])) {
      if (child.type === "image") add(String(child.attrGet("src") ?? ""), "image", "markdown");
      else if (child.type === "link_open") {
        add(String(child.attrGet("href") ?? ""), "link", "markdown");
      } else if (child.type === "html_inline") {
        for (const { target, kind } of htmlFileReferences(child.content)) add(target, kind, "html");
      }
    }
  }
  return references;
}

/** A name as it can be printed in a message: control characters escaped. */
function shown(name: string): string {
  return name.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what is escaped
    /[\u0000-\u001f\u007f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** The kind of thing at `file`, without following a symbolic link. */
function entryAt(file: string): "file" | "folder" | "link" | undefined {
  if (file.includes("\u0000")) return undefined; // no file name holds one
  const stat = lstatSync(file, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (stat.isSymbolicLink()) return "link";
  return stat.isDirectory() ? "folder" : "file";
}

/** A name compared without capitals and accents (`Café.png`, `cafe.png` and an NFD `café.png` match). */
function loose(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * The path under `base` that matches `parts` when capitals and accents are ignored,
 * as the names on disk spell it (`["Images", "Pic.png"]` → `["images", "Pic.png"]`).
 */
function matchIgnoringCase(base: string, parts: readonly string[]): string[] | undefined {
  const found: string[] = [];
  let folder = base;
  for (const part of parts) {
    let entries: string[];
    try {
      entries = readdirSync(folder);
    } catch {
      return undefined;
    }
    const match = entries.find((entry) => loose(entry) === loose(part));
    if (match === undefined) return undefined;
    found.push(match);
    folder = path.join(folder, match);
  }
  return found;
}

/** Paths under `folder` (relative, `/`-separated) of files named `name`, ignoring capitals. */
function sameNameElsewhere(folder: string, name: string): string[] {
  try {
    return walkTree(folder)
      .map((entry) => entry.path)
      .filter((entry) => loose(path.posix.basename(entry)) === loose(name))
      .sort();
  } catch {
    return [];
  }
}

/**
 * What is wrong with a reference to a file that should be at `parts` under `base` (the post's
 * folder or `assets/`), or `undefined` when the file is there and is published.
 * @param written the path as the author wrote it, percent-decoded, for the fix
 * @param where how messages name `base`: `posts/basra/` or `assets/`
 */
function missingFileProblem(
  base: string,
  parts: readonly string[],
  written: string,
  where: string,
): { message: string; fix: string } | undefined {
  const onDisk = path.join(base, ...parts);
  const entry = entryAt(onDisk);
  if (entry === "file") return undefined;
  if (entry === "folder") {
    return {
      message: `is a folder in ${where}, not a file`,
      fix: `write the name of a file in it, e.g. ${JSON.stringify(`${written.replace(/\/$/, "")}/photo.png`)}`,
    };
  }
  if (entry === "link") {
    return {
      message: `is a symbolic link in ${where}, which the build does not publish`,
      fix: `put the file itself in ${where} in place of the link`,
    };
  }
  let decoded: string | undefined;
  try {
    decoded = decodeURIComponent(written);
  } catch {
    decoded = undefined;
  }
  if (decoded !== undefined && decoded !== written) {
    if (entryAt(path.join(base, ...decoded.split("/"))) === "file") {
      return {
        message: `is not a file in ${where}: web servers do not read the %-escapes in its name`,
        fix: `rename the file to a name of letters, digits, "-" and "_" (no "&", "#", "?" or "%"), and write that name`,
      };
    }
  }
  const match = matchIgnoringCase(base, parts);
  if (match) {
    const spelled = [...written.split("/").slice(0, -parts.length), ...match].join("/");
    const onlyComposition = match.every(
      (name, index) => name.normalize("NFC") === (parts[index] ?? "").normalize("NFC"),
    );
    return {
      message: `is not a file in ${where}`,
      fix: onlyComposition
        ? `its accented letters are encoded differently from the file's name, ${JSON.stringify(shown(spelled))} (Unicode NFC and NFD): type the name again, or rename the file`
        : `write its name as it is on disk, ${JSON.stringify(shown(spelled))} (web servers tell capitals apart)`,
    };
  }
  const name = parts[parts.length - 1] ?? "";
  const elsewhere = sameNameElsewhere(base, name);
  if (elsewhere.length > 0) {
    return {
      message: `is not a file in ${where}`,
      fix: `write its path in ${where}, ${JSON.stringify(shown(elsewhere[0] ?? ""))}`,
    };
  }
  const folder = path.posix.join(where, ...parts.slice(0, -1));
  return {
    message: `is not a file in ${where}`,
    fix: `add ${shown(name)} to ${folder.endsWith("/") ? folder : `${folder}/`}, or correct the path`,
  };
}

/**
 * The Markdown images and links to a `file:` URL, which markdown-it leaves as text: the URL as
 * written and its body line.
 */
function fileUrls(body: string): Array<{ written: string; bodyLine: number }> {
  const fileUrl = /\]\(\s*<?(file:[^)\s>]*)/i;
  if (!fileUrl.test(body)) return [];
  return body.split(/\r?\n/).flatMap((line, bodyLine) => {
    const written = fileUrl.exec(line)?.[1];
    return written === undefined ? [] : [{ written, bodyLine }];
  });
}

/**
 * Checks that every image in a post's body, and every link or media source naming one of its
 * files, points to a file the build publishes (see the module documentation for which
 * references are checked).
 * @param body the text after the front matter
 * @param bodyOffset lines before the body in the file
 * @param file the post's project-relative path, `posts/basra/index.md`
 * @param root the project root `file` is relative to
 * @returns one problem per reference that would be broken, with its 1-based line in `file`
 */
export function checkBodyFiles(
  body: string,
  bodyOffset: number,
  file: string,
  root = ".",
): ContentProblem[] {
  const folder = path.posix.dirname(file);
  const problems: ContentProblem[] = [];
  const onComputer = (line: number, written: string) =>
    problems.push({
      file,
      line,
      message: `${JSON.stringify(written)} is a path on your computer, which readers' browsers cannot open`,
      fix: `copy the file into ${folder}/ and write its name, e.g. ${JSON.stringify(shown(written.split(/[\\/]/).pop() ?? ""))}`,
    });
  for (const { written, bodyLine } of fileUrls(body))
    onComputer(bodyOffset + bodyLine + 1, written);
  for (const { target, kind, bodyLine } of bodyFileReferences(body)) {
    const line = bodyOffset + bodyLine + 1;
    const written = safeDecode(target.split(/[?#]/)[0] ?? "");
    // A drive (`C:\`), `file:`, a network share (`\\server`, which Markdown reads as `\server`),
    // a home folder (`~/`, `/Users/`, `/home/`): where the author's computer keeps the file.
    if (/^(?:[a-z]:[\\/]|file:|\\|~\/|\/(?:Users|home)\/)/i.test(written)) {
      onComputer(line, written);
      continue;
    }
    // `/\host/` or `/<tab>/host` in raw HTML: a path of this site to the eye, another site to browsers.
    const goes = classifyLink(target);
    if (goes.kind === "elsewhere" && !goes.protocolRelative) {
      problems.push({
        file,
        line,
        message: `${JSON.stringify(target)} ${leavesSite(goes.host)}`,
        fix: leavesSiteFix(goes.host),
      });
      continue;
    }
    const what = kind === "image" ? "image" : "linked file";
    const problem = (message: string, fix: string) =>
      problems.push({
        file,
        line,
        message: `${what} ${JSON.stringify(written)} ${message}`,
        fix,
      });
    if (written === "" && target === "" && kind === "image") {
      problems.push({
        file,
        line,
        message: "an image names no file",
        fix: "write the image's file name between the parentheses, e.g. ![What it shows](photo.png)",
      });
      continue;
    }
    if (written === "" || /^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith("//")) {
      continue;
    }
    if (written.includes("\\")) {
      problem(
        "separates folders with \\, which web addresses do not",
        `write / instead: ${JSON.stringify(written.replaceAll("\\", "/").replace(/^\/+/, "/"))}`,
      );
      continue;
    }
    // A link to a page (`../other-post/`, `/tags/iraq/`) is verify's; one to a file is checked.
    // A link to a file in the post's folder that the build does not publish is refused.
    if (kind === "link" && !isPostAsset(written)) {
      const resolved = path.posix.normalize(path.posix.join(folder, written));
      const onDisk = path.join(root, ...resolved.split("/"));
      if (
        !written.startsWith("/") &&
        resolved.startsWith(`${folder}/`) &&
        entryAt(onDisk) === "file"
      ) {
        problem(
          "is a kind of file the build does not publish",
          `save it as one of ${postAssetExtensions.join(", ")}, or link to where it is published`,
        );
      }
      continue;
    }
    let base: string;
    let where: string;
    let parts: string[];
    if (written.startsWith("/")) {
      const resolved = path.posix.normalize(written);
      if (!resolved.startsWith("/assets/")) continue;
      base = path.join(root, "assets");
      where = "assets/";
      parts = resolved.slice("/assets/".length).split("/");
    } else {
      const resolved = path.posix.normalize(path.posix.join(folder, written));
      if (!resolved.startsWith(`${folder}/`)) {
        problem(
          `is outside ${folder}/: only a post's own folder is published with it`,
          `copy the file into ${folder}/ and write its name, e.g. ${JSON.stringify(shown(path.posix.basename(written)))}`,
        );
        continue;
      }
      base = path.join(root, ...folder.split("/"));
      where = `${folder}/`;
      parts = resolved.slice(folder.length + 1).split("/");
    }
    const names = parts.filter(Boolean);
    // A folder is said to be one; any other image must be of a kind browsers show, then exist.
    const isFolder = written.endsWith("/") || entryAt(path.join(base, ...names)) === "folder";
    if (!isFolder && kind === "image" && !isImageFile(written)) {
      problem(
        "is not a kind of image browsers show",
        "save it as PNG, JPEG, GIF, WebP, AVIF or SVG",
      );
      continue;
    }
    const missing = missingFileProblem(base, names, written, where);
    if (missing) problem(missing.message, missing.fix);
  }
  return problems;
}
