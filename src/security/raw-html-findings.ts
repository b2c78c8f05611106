/**
 * Finds active HTML ({@link activeElement}, {@link activeAttribute}) in the raw HTML of a source
 * file, with the line of each finding. The raw HTML comes in pieces (the HTML blocks and tags of
 * a Markdown body); they are parsed together, in order, with parse5, which parses as browsers do,
 * so that markup cannot hide from the check in a way a browser would read differently
 * (`<noscript>`, `<svg>` and `<math>` content, character references, unquoted attributes).
 */
import { parseFragment } from "parse5";
import { activeAttribute, activeElement, type ActiveHtmlFinding } from "./active-html.ts";

/** A piece of raw HTML and the 1-based line of the file its first character is on. */
export interface RawHtmlPiece {
  html: string;
  line: number;
  /**
   * True for a block of HTML, which may end anywhere; false for one tag, which markdown-it
   * always takes whole.
   */
  block: boolean;
}

/** One finding, at the 1-based line of its element or attribute. */
export interface RawHtmlFinding extends ActiveHtmlFinding {
  line: number;
}

interface Location {
  startLine: number;
  startOffset: number;
}
interface ParsedNode {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string; prefix?: string }[];
  childNodes?: ParsedNode[];
  content?: ParsedNode;
  sourceCodeLocation?: (Location & { attrs?: Record<string, Location> }) | null;
}

/**
 * A block that ends inside a tag (`<img src=x title="` before a blank line): the browser reads
 * the HTML Markdown makes of the next lines as the rest of that tag, attributes included.
 */
function unclosedTag(piece: RawHtmlPiece): RawHtmlFinding | undefined {
  let unclosed = false;
  parseFragment(piece.html, {
    onParseError: (error) => {
      if (error.code === "eof-in-tag") unclosed = true;
    },
  });
  if (!unclosed) return undefined;
  const start = piece.html.lastIndexOf("<");
  const shown = piece.html.slice(start).split("\n")[0] ?? "";
  return {
    line: piece.line + (piece.html.slice(0, start).match(/\n/g)?.length ?? 0),
    what: `a tag that is never closed (${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown})`,
    why: "which would take the text after it into the tag",
    fix: "end the tag with > before the next blank line: a blank line ends raw HTML",
  };
}

/**
 * Lists the active HTML in `pieces`, in document order, each element and attribute once:
 * - an element of {@link activeElement} (`<script>`, `<iframe>`, `<form>`, `<style>`…), at its
 *   start tag's line;
 * - an attribute of {@link activeAttribute} (`onerror=`, `srcdoc=`, `href="javascript:…"`,
 *   `src="data:…"`), at the attribute's line;
 * - a block that ends inside a tag, at the tag's line.
 * Comments and text are not read; nothing is changed.
 * @param pieces the raw HTML of one file, in order
 * @returns every finding; `[]` when the HTML is harmless
 */
export function rawHtmlFindings(pieces: readonly RawHtmlPiece[]): RawHtmlFinding[] {
  const findings: RawHtmlFinding[] = [];
  for (const piece of pieces) {
    const unclosed = piece.block ? unclosedTag(piece) : undefined;
    if (unclosed) findings.push(unclosed);
  }
  const starts: number[] = [];
  let html = "";
  for (const piece of pieces) {
    starts.push(html.length);
    html += piece.html;
  }
  const lineAt = (offset: number | undefined, fallback: number): number => {
    if (offset === undefined) return fallback;
    let index = starts.length - 1;
    while (index > 0 && (starts[index] ?? 0) > offset) index--;
    const start = starts[index] ?? 0;
    const newlines = html.slice(start, offset).match(/\n/g)?.length ?? 0;
    return (pieces[index]?.line ?? 1) + newlines;
  };
  const visit = (node: ParsedNode): void => {
    if (node.tagName !== undefined) {
      const location = node.sourceCodeLocation ?? undefined;
      const line = lineAt(location?.startOffset, 1);
      const element = activeElement(node.tagName);
      if (element) findings.push({ line, ...element });
      for (const attribute of node.attrs ?? []) {
        const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name;
        const found = activeAttribute(node.tagName, name, attribute.value);
        const at = location?.attrs?.[name] ?? location?.attrs?.[attribute.name];
        if (found) findings.push({ line: lineAt(at?.startOffset, line), ...found });
      }
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  if (/<[a-z]/i.test(html)) {
    visit(parseFragment(html, { sourceCodeLocationInfo: true }) as unknown as ParsedNode);
  }
  return findings.sort((a, b) => a.line - b.line);
}
