/**
 * A post's page with a new body: the content of its body element (`<div class="post-body">`,
 * layouts/post.njk) replaced, and every other byte of the page kept. The element is found with
 * parse5's source locations, so markup in the body or elsewhere cannot mislead the search.
 */
import { parse } from "parse5";

/** The class of the element that holds a post's rendered body (layouts/post.njk). */
export const postBodyClass = "post-body";

/** What this module reads of a parse5 node. */
interface LocatedNode {
  nodeName: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: LocatedNode[];
  /** parse5's `<template>` content. */
  content?: LocatedNode;
  sourceCodeLocation?: {
    startTag?: { endOffset: number };
    endTag?: { startOffset: number };
  } | null;
}

/** The first element, in document order, whose `class` holds `className`. */
function findByClass(node: LocatedNode, className: string): LocatedNode | undefined {
  const classes = node.attrs?.find(({ name }) => name === "class")?.value.split(/\s+/);
  if (classes?.includes(className)) return node;
  for (const child of node.childNodes ?? []) {
    const found = findByClass(child, className);
    if (found) return found;
  }
  return undefined;
}

/**
 * The offsets of the content of a page's post body element: from the end of its start tag to
 * the start of its end tag, as indices of `page` (UTF-16 code units); `undefined` when the page
 * has no such element or it has no end tag written.
 * @param page the whole HTML page, as written in `_site/`
 */
export function postBodyRange(page: string): { start: number; end: number } | undefined {
  const document = parse(page, { sourceCodeLocationInfo: true }) as unknown as LocatedNode;
  const location = findByClass(document, postBodyClass)?.sourceCodeLocation;
  const start = location?.startTag?.endOffset;
  const end = location?.endTag?.startOffset;
  return start === undefined || end === undefined || end < start ? undefined : { start, end };
}

/**
 * The page with the content of its post body element replaced by `body`. The white space the
 * layout writes around the content (a line break before, the closing tag's indent after) is
 * kept, so the page is the one the layout would write for that body.
 * @param page the whole HTML page, as written in `_site/`
 * @param body the body's HTML as the build renders it (markdown-it's output)
 * @returns the new page, or `undefined` when the page has no post body element
 */
export function swapPostBody(page: string, body: string): string | undefined {
  const range = postBodyRange(page);
  if (!range) return undefined;
  const content = page.slice(range.start, range.end);
  if (content.trim() === "") {
    // An empty body: the layout's line break before it, then the body with its own, then the rest.
    const lineBreak = content.indexOf("\n") + 1;
    return `${page.slice(0, range.start + lineBreak)}${body.trimStart()}${page.slice(range.start + lineBreak)}`;
  }
  const before = /^\s*/.exec(content)?.[0] ?? "";
  const after = /\s*$/.exec(content)?.[0] ?? "";
  return `${page.slice(0, range.start)}${before}${body.trim()}${after}${page.slice(range.end)}`;
}
