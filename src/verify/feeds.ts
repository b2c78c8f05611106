/**
 * The content of feed entries (Atom `<content type="html">` and `<summary type="html">`, JSON
 * Feed `content_html`): feed readers do not apply the site's Content-Security-Policy, so an
 * entry may hold nothing `src/security/active-html.ts` defines as active (a script, event
 * handler, `srcdoc`, `javascript:`, `vbscript:` or `data:` URL, frame, form, `<base>`, `<meta>`,
 * `<link>` or `<style>`), the definition the build applies to a post's raw HTML. Dispatch's feeds are sanitised when
 * built (`src/feeds/feed-sanitiser.ts`); this finds what reaches the output anyway. Every feed
 * the output holds is read, wherever it is (the site's, and each topic's, author's and series'),
 * and each must give its own address as its self link ({@link checkFeedSelf}).
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

/** Where a feed says it is: its self link (Atom) or `feed_url` (JSON Feed), with its line. */
interface SelfLink {
  url: string | undefined;
  line: number;
}

/** The self link of an Atom feed (`<feed><link rel="self" href>`), or undefined for other XML. */
function atomSelfLink(xml: string): SelfLink | undefined {
  if (!/<feed[\s>]/.test(xml)) return undefined;
  const parser = new SaxesParser({ position: true });
  let depth = 0;
  let isFeed = false;
  let found: SelfLink | undefined;
  parser.on("opentag", (tag) => {
    depth++;
    if (depth === 1) isFeed = tag.local === "feed" || tag.name === "feed";
    const rel = tag.attributes["rel"];
    if (isFeed && depth === 2 && tag.name === "link" && rel === "self" && !found) {
      const href = tag.attributes["href"];
      found = { url: typeof href === "string" ? href : undefined, line: parser.line };
    }
  });
  parser.on("closetag", () => {
    depth--;
  });
  parser.on("error", () => {
    throw new Error("not well-formed");
  });
  try {
    parser.write(xml).close();
  } catch {
    // Reported by the XML check.
    return undefined;
  }
  return isFeed ? (found ?? { url: undefined, line: 1 }) : undefined;
}

/** The `feed_url` of a JSON Feed, or undefined for other JSON. */
function jsonFeedSelfLink(text: string): SelfLink | undefined {
  let feed: { version?: unknown; feed_url?: unknown };
  try {
    feed = JSON.parse(text) as typeof feed;
  } catch {
    return undefined;
  }
  if (typeof feed?.version !== "string" || !feed.version.includes("jsonfeed.org")) return undefined;
  const index = /"feed_url"\s*:/.exec(text)?.index;
  return {
    url: typeof feed.feed_url === "string" ? feed.feed_url : undefined,
    line: index === undefined ? 1 : text.slice(0, index).split("\n").length,
  };
}

/** A URL with its percent-escapes read, for comparing: undefined when they are not valid. */
function decoded(url: string): string | undefined {
  try {
    return decodeURI(url);
  } catch {
    return undefined;
  }
}

/**
 * Checks that an Atom feed's self link (RFC 4287 §4.2.7.2) or a JSON Feed's `feed_url` (JSON Feed
 * 1.1) is the address the feed is published at, `<site URL><path prefix><file>`: a feed reader
 * keeps the address a feed gives for itself, so a feed copied from another folder (a topic's
 * feed at an author's address) would move its subscribers to the other feed. Files that are not
 * feeds give `[]`.
 * @param text the file's text
 * @param file its path relative to the output folder: `authors/ali-hassan/feed.xml`
 * @param pathPrefix the prefix the site was built for, `/` or `/basra-blog/`
 * @param siteUrl the site's origin, `https://example.org`
 * @returns at most one problem, check `feed`, at the line of the self link (line 1 without one)
 */
export function checkFeedSelf(
  text: string,
  file: string,
  pathPrefix: string,
  siteUrl: string,
): SiteProblem[] {
  const self = file.endsWith(".json") ? jsonFeedSelfLink(text) : atomSelfLink(text);
  if (!self) return [];
  const expected = `${siteUrl.replace(/\/+$/, "")}${pathPrefix}${file}`;
  const what = file.endsWith(".json") ? '"feed_url"' : '<link rel="self">';
  if (self.url === undefined) {
    return [
      {
        file,
        line: self.line,
        message: `the feed has no ${what}: feed readers cannot tell it is at ${encodeURI(expected)}`,
        check: "feed",
      },
    ];
  }
  if (decoded(self.url) === expected) return [];
  return [
    {
      file,
      line: self.line,
      message: `the feed's ${what} is ${self.url}, but the feed is at ${encodeURI(expected)}: feed readers would follow it to another address`,
      check: "feed",
    },
  ];
}
