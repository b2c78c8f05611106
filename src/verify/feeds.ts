/**
 * The content of feed entries (Atom `<content type="html">` and `<summary type="html">`, JSON
 * Feed `content_html`): feed readers do not apply the site's Content-Security-Policy, so an
 * entry may hold nothing `src/security/active-html.ts` defines as active (a script, event
 * handler, `srcdoc`, `javascript:`, `vbscript:` or `data:` URL, frame, form, `<base>`, `<meta>`,
 * `<link>` or `<style>`), the definition the build applies to a post's raw HTML. Dispatch's feeds are sanitised when
 * built (`src/feeds/feed-sanitiser.ts`); this finds what reaches the output anyway.
 */
import { parseHTML } from "linkedom";
import { SaxesParser } from "saxes";
import { activeAttribute, activeElement } from "../security/active-html.ts";
import type { SiteProblem } from "./problem.ts";

/** Anything that could make one of the findings; entries without it are not parsed. */
const suspect = /<|&|script:|data:/i;

/**
 * What in one entry's HTML a feed reader could run or be sent by: each finding once, as text
 * (`<script>`, `event handler onerror= on <img>`, `javascript: URL in href= on <a>`, `srcdoc= on
 * <iframe>`), in document order.
 * @param html the entry's HTML, entities of the feed's own format already decoded
 */
export function activeHtmlFindings(html: string): string[] {
  if (!/<[a-z]/i.test(html)) return [];
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const findings: string[] = [];
  const add = (finding: string) => {
    if (!findings.includes(finding)) findings.push(finding);
  };
  for (const element of document.body.querySelectorAll("*")) {
    const tag = element.localName.toLowerCase();
    const active = activeElement(tag);
    if (active) add(active.what);
    for (const { name, value } of element.attributes) {
      const finding = activeAttribute(tag, name, value);
      if (finding) add(finding.what);
    }
  }
  return findings;
}

/** Problems of one entry's HTML, at `line`. */
function entryProblems(html: string, file: string, line: number, where: string): SiteProblem[] {
  if (!suspect.test(html)) return [];
  return activeHtmlFindings(html).map((finding) => ({
    file,
    line,
    message: `${where} holds ${finding}, which feed readers may run: no feed may carry it`,
    check: "feed",
  }));
}

/**
 * Checks the HTML of every entry of an Atom feed. A feed that is not well-formed is the XML
 * check's to report; this reports what it could read before the error.
 * @param xml the feed's text
 * @param file its path relative to the output folder
 * @returns one problem per finding of each entry, at the line of its `<content>` or `<summary>`
 */
export function checkAtomEntries(xml: string, file: string): SiteProblem[] {
  if (!/<feed[\s>]/.test(xml)) return [];
  const problems: SiteProblem[] = [];
  const parser = new SaxesParser({ position: true });
  let open: { name: string; line: number; text: string } | undefined;
  parser.on("opentag", (tag) => {
    const type = tag.attributes["type"];
    if (
      (tag.name === "content" || tag.name === "summary") &&
      (type === "html" || type === "xhtml")
    ) {
      open = { name: tag.name, line: parser.line, text: "" };
    }
  });
  parser.on("text", (text) => {
    if (open) open.text += text;
  });
  parser.on("cdata", (text) => {
    if (open) open.text += text;
  });
  parser.on("closetag", (tag) => {
    if (open && tag.name === open.name) {
      problems.push(...entryProblems(open.text, file, open.line, `<${open.name}>`));
      open = undefined;
    }
  });
  parser.on("error", () => {
    throw new Error("not well-formed");
  });
  try {
    parser.write(xml).close();
  } catch {
    // Reported by the XML check.
  }
  return problems;
}

/**
 * Checks `content_html` of every item of a JSON Feed. Other JSON files, and JSON that does not
 * parse (the JSON check's to report), give `[]`.
 * @param text the file's text
 * @param file its path relative to the output folder
 * @returns one problem per finding of each item, at the line of its `"content_html"`
 */
export function checkJsonFeedItems(text: string, file: string): SiteProblem[] {
  let feed: { version?: unknown; items?: unknown };
  try {
    feed = JSON.parse(text) as typeof feed;
  } catch {
    return [];
  }
  if (typeof feed?.version !== "string" || !feed.version.includes("jsonfeed.org")) return [];
  if (!Array.isArray(feed.items)) return [];
  const problems: SiteProblem[] = [];
  // Each item's "content_html" key, in order, for its line.
  const keys = [...text.matchAll(/"content_html"\s*:/g)].map((match) => match.index);
  let nth = 0;
  for (const item of feed.items as { content_html?: unknown }[]) {
    if (typeof item?.content_html !== "string") continue;
    const index = keys[nth++] ?? 0;
    const line = text.slice(0, index).split("\n").length;
    problems.push(...entryProblems(item.content_html, file, line, '"content_html"'));
  }
  return problems;
}
