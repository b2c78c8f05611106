/**
 * The files a post's body points to: every image (`![Alt](photo.png)`, `<img src>` in raw HTML)
 * and every link to a post file (`[the report](report.pdf)`) given as a path in the post's own
 * folder must be a file there that the build copies beside the page
 * (`src/content/post-assets.ts`); one under `/assets/` must be in the site's `assets/` folder.
 * Otherwise the reader gets a broken image, so the build stops with the line and the fix.
 * URLs with a scheme (`https:`), protocol-relative ones (`//host/x.png`) and other root-relative
 * paths (pages the build writes) are left to `npm run verify`, which checks every link.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Token } from "markdown-it";
import { createSourceParser } from "../markdown/source-parser.ts";
import type { ContentProblem } from "../errors.ts";
import { isImageFile, isPostAsset } from "./post-files.ts";

/** Parses as posts are rendered: raw HTML on, so that an `<img>` in it is seen. */
const parser = createSourceParser();

/** `<img … src="…">` in raw HTML, with the value in any of HTML's three quotings. */
const imgSrc = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/** One file a body points to. */
export interface BodyFileReference {
  /** What the author wrote, as markdown-it read it (percent-encoded): `photo.png`. */
  target: string;
  kind: "image" | "link";
  /** 0-based line of the body. */
  bodyLine: number;
}

/** Lines of the body a block token covers, `[first, last + 1)`. */
function linesOf(token: Token): [number, number] {
  return (token.map ?? [0, 1]) as [number, number];
}

/**
 * Finds where each reference of a block stands, in order: a reference is looked for after the
 * one before it, so that two references to one file on different lines get their own lines.
 */
class BlockCursor {
  private line: number;
  private column = 0;

  constructor(
    private readonly lines: readonly string[],
    private readonly block: [number, number],
  ) {
    this.line = block[0];
  }

  /** The body line of the next occurrence of `text` (or its decoded form), else the block's first. */
  next(text: string): number {
    const wanted = [...new Set([text, safeDecode(text)])].filter((candidate) => candidate !== "");
    for (let line = this.line; line < this.block[1]; line += 1) {
      const from = line === this.line ? this.column : 0;
      const found = wanted
        .map((candidate) => ({ candidate, at: this.lines[line]?.indexOf(candidate, from) ?? -1 }))
        .find(({ at }) => at >= 0);
      if (found) {
        this.line = line;
        this.column = found.at + found.candidate.length;
        return line;
      }
    }
    return this.block[0];
  }
}

/** `decodeURI`, or the text as it is when it is not valid percent-encoding. */
function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** The `src` values of every `<img>` in raw HTML, outside `<!-- comments -->`. */
function imgSources(html: string): string[] {
  const shown = html.replace(/<!--[\s\S]*?(?:-->|$)/g, "");
  return [...shown.matchAll(imgSrc)].map((match) => match[1] ?? match[2] ?? match[3] ?? "");
}

/**
 * Lists the images and links of a post's body, with their lines.
 * @param body the text after the front matter
 */
export function bodyFileReferences(body: string): BodyFileReference[] {
  // Most bodies point to no file: only one that may is parsed.
  if (!/!\[|<img\b|\]\s*[([]|\]:/i.test(body)) return [];
  const lines = body.split(/\r?\n/);
  const references: BodyFileReference[] = [];
  for (const token of parser.parse(body, {})) {
    if (token.type !== "html_block" && token.type !== "inline") continue;
    const cursor = new BlockCursor(lines, linesOf(token));
    const add = (target: string, kind: BodyFileReference["kind"]) =>
      references.push({ target, kind, bodyLine: cursor.next(target) });
    if (token.type === "html_block") {
      for (const src of imgSources(token.content)) add(src, "image");
      continue;
    }
    for (const child of token.children ?? []) {
      if (child.type === "image") add(String(child.attrGet("src") ?? ""), "image");
      else if (child.type === "link_open") add(String(child.attrGet("href") ?? ""), "link");
      else if (child.type === "html_inline") {
        for (const src of imgSources(child.content)) add(src, "image");
      }
    }
  }
  return references;
}

/** The name in `folder` that differs from `name` only in case, if there is one. */
function sameNameOtherCase(folder: string, name: string): string | undefined {
  try {
    return readdirSync(folder).find(
      (entry) => entry !== name && entry.toLowerCase() === name.toLowerCase(),
    );
  } catch {
    return undefined;
  }
}

/** A file, not a folder, at `file`. */
function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/**
 * Checks that every image in a post's body, and every link to one of its files, points to a file
 * the build publishes (see the module comment for which references are checked).
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
  for (const { target, kind, bodyLine } of bodyFileReferences(body)) {
    const line = bodyOffset + bodyLine + 1;
    const written = safeDecode(target.split(/[?#]/)[0] ?? "");
    if (written === "" || /^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith("//")) {
      continue;
    }
    const what = kind === "image" ? "image" : "linked file";
    if (written.startsWith("/")) {
      if (!written.startsWith("/assets/")) continue;
      if (isFile(path.join(root, ...written.split("/")))) continue;
      problems.push({
        file,
        line,
        message: `${what} ${JSON.stringify(written)} is not a file in assets/`,
        fix: `add ${written.slice(1)} to the project, or correct the path`,
      });
      continue;
    }
    // A link to a page (`../other-post/`, `#notes`) is verify's; a link to a file is checked here.
    if (kind === "link" && !isPostAsset(written)) continue;
    const resolved = path.posix.normalize(path.posix.join(folder, written));
    if (!resolved.startsWith(`${folder}/`)) {
      problems.push({
        file,
        line,
        message: `${what} ${JSON.stringify(written)} is outside ${folder}/: only a post's own folder is published with it`,
        fix: `copy the file into ${folder}/ and write its name, e.g. ${JSON.stringify(path.posix.basename(written))}`,
      });
      continue;
    }
    if (kind === "image" ? !isImageFile(written) : !isPostAsset(written)) {
      problems.push({
        file,
        line,
        message: `image ${JSON.stringify(written)} is not a kind of image browsers show`,
        fix: "save it as PNG, JPEG, GIF, WebP, AVIF or SVG",
      });
      continue;
    }
    const onDisk = path.join(root, ...resolved.split("/"));
    if (isFile(onDisk)) continue;
    const other = sameNameOtherCase(path.dirname(onDisk), path.basename(onDisk));
    problems.push({
      file,
      line,
      message: `${what} ${JSON.stringify(written)} is not a file in ${folder}/`,
      fix: other
        ? `write its name as it is on disk, ${JSON.stringify(path.posix.join(path.posix.dirname(written), other))} (servers tell capitals apart)`
        : `add ${path.posix.basename(written)} to ${path.posix.dirname(resolved)}/, or correct the path`,
    });
  }
  return problems;
}
