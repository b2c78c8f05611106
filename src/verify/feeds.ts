/**
 * The content of feed entries (Atom `<content type="html">` and `<summary type="html">`, JSON
 * Feed `content_html`): feed readers do not apply the site's Content-Security-Policy, so an
 * entry may hold no script, event handler, `srcdoc`, `javascript:`, `vbscript:` or `data:` URL,
 * frame, form, `<base>`, `<meta>`, `<link>` or `<style>`. Dispatch's feeds are sanitised when
 * built (`src/feeds/feed-sanitiser.ts`); this finds what reaches the output anyway.
 */
import { parseHTML } from "linkedom";
import { SaxesParser } from "saxes";
import type { SiteProblem } from "./problem.ts";

/** Elements a feed entry may not hold. */
const forbiddenElements = new Set([
  "script",
  "iframe",
  "frame",
  "object",
  "embed",
  "form",
  "input",
  "button",
  "textarea",
  "select",
  "base",
  "meta",
  "link",
  "style",
]);

/** Attributes holding a URL (`srcset` holds several). */
const urlAttributes = new Set([
  "href",
  "src",
  "poster",
  "action",
  "formaction",
  "xlink:href",
  "background",
  "cite",
  "data",
]);

/** Anything that could make one of the findings; entries without it are not parsed. */
const suspect = /<|&|script:|data:/i;

/** The scheme of a URL as browsers read it (spaces and control characters dropped), lower case. */
function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020]/g, "");
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

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
    if (forbiddenElements.has(tag)) add(`<${tag}>`);
    for (const { name, value } of element.attributes) {
      const lower = name.toLowerCase();
      if (lower.startsWith("on")) add(`event handler ${lower}= on <${tag}>`);
      else if (lower === "srcdoc") add(`srcdoc= on <${tag}>`);
      else if (urlAttributes.has(lower) || lower === "srcset") {
        const urls =
          lower === "srcset"
            ? value.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "")
            : [value];
        for (const url of urls) {
          const scheme = schemeOf(url);
          if (scheme === "javascript" || scheme === "vbscript" || scheme === "data") {
            add(`${scheme}: URL in ${lower}= on <${tag}>`);
          }
        }
      }
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
