/**
 * The files a post's body points to, as the renderer parses it (`sourceParser`): Markdown images
 * and links, and in raw HTML `<img src>`, `srcset`, `<video poster>`, media sources and
 * `<a href>`, each with the body line its path is written on. Whether each is published is
 * `checkBodyFiles`'s question (`src/content/body/files.ts`).
 */
import { createRequire } from "node:module";
import type { Token } from "markdown-it";
import { sourceParser } from "../../markdown/source-parser.ts";
import { BlockCursor, type ReferenceSyntax } from "./reference-lines.ts";

/** One file a body points to. */
export interface BodyFileReference {
  /** What the author wrote, as markdown-it or the HTML parser read it: `photo.png`. */
  target: string;
  /** `image`: shown in `<img>` (must be an image); `link`: a link or media source. */
  kind: "image" | "link";
  /** 0-based line of the body. */
  bodyLine: number;
}

/** A reference before its line is known. */
type Target = Omit<BodyFileReference, "bodyLine">;

// Packages loaded on first use: start-up loads only what the first template needs.
const require = createRequire(import.meta.url);

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
function htmlFileReferences(html: string): Target[] {
  const { parseHTML } = require("linkedom") as typeof import("linkedom");
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const found: Array<Target & { element: Element }> = [];
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

/**
 * A Markdown link (`](`) or link reference definition (`]:`): any may name a file of the post's
 * folder, published or not (`[refs](refs.bib)`, `[notes]: notes.txt`), which the rules judge
 * (`./rules.ts`), so the test must not depend on the path's extension.
 */
const markdownLink = /\]\s*[(:]/;

/**
 * True when a body may name a file: an image, raw HTML that can, or a Markdown link or
 * definition of any target. Bodies with none (most short posts) are not parsed; the answer must
 * never be `false` for a body with a reference the rules would refuse, whatever else it holds.
 */
export function mayNameAFile(body: string): boolean {
  return /!\[|<(?:img|a|video|audio|source|track)\b/i.test(body) || markdownLink.test(body);
}

/** A reference before its line is known, and the syntax it was written in. */
type SyntaxTarget = Target & { syntax: ReferenceSyntax };

/** The references of one `inline` or `html_block` token, in order. */
function tokenTargets(token: Token): SyntaxTarget[] {
  const html = (content: string): SyntaxTarget[] =>
    htmlFileReferences(content).map((target) => ({ ...target, syntax: "html" }));
  if (token.type === "html_block") return html(token.content);
  return (token.children ?? []).flatMap((child): SyntaxTarget[] => {
    if (child.type === "image") {
      return [{ target: String(child.attrGet("src") ?? ""), kind: "image", syntax: "markdown" }];
    }
    if (child.type === "link_open") {
      return [{ target: String(child.attrGet("href") ?? ""), kind: "link", syntax: "markdown" }];
    }
    return child.type === "html_inline" ? html(child.content) : [];
  });
}

/**
 * Lists the images, links and media sources of a post's body, with their lines, parsed as the
 * renderer parses it (`sourceParser`). Code (fenced) and HTML comments are not read.
 * @param body the text after the front matter
 * @returns the references in the order they stand, `[]` for a body that names no file
 */
export function bodyFileReferences(body: string): BodyFileReference[] {
  // Most bodies point to no file: only one that may (an image, raw HTML that can name a file, a
  // link or definition) is parsed.
  if (!mayNameAFile(body)) return [];
  const lines = body.split(/\r?\n/);
  const references: BodyFileReference[] = [];
  // Table cells carry no lines of their own: they take those of their row.
  let lastBlock: [number, number] = [0, 1];
  for (const token of sourceParser.parse(body, {})) {
    if (token.map) lastBlock = token.map as [number, number];
    if (token.type !== "html_block" && token.type !== "inline") continue;
    const cursor = new BlockCursor(lines, lastBlock);
    for (const { target, kind, syntax } of tokenTargets(token)) {
      references.push({ target, kind, bodyLine: cursor.next(target, syntax) });
    }
  }
  return references;
}

/**
 * The Markdown images and links to a `file:` URL, which markdown-it leaves as text (so
 * {@link bodyFileReferences} does not list them): the URL as written and its 0-based body line.
 * @param body the text after the front matter
 */
export function fileUrlReferences(body: string): Array<{ written: string; bodyLine: number }> {
  const fileUrl = /\]\(\s*<?(file:[^)\s>]*)/i;
  if (!fileUrl.test(body)) return [];
  return body.split(/\r?\n/).flatMap((line, bodyLine) => {
    const written = fileUrl.exec(line)?.[1];
    return written === undefined ? [] : [{ written, bodyLine }];
  });
}
