/**
 * A WordPress post's content (`post_content`: HTML with blank lines between paragraphs, and
 * shortcodes) as Markdown: shortcodes converted first ({@link convertShortcodes}), paragraphs
 * made as WordPress's `wpautop` makes them, raw HTML sanitised with the build's allow-list
 * ({@link sanitizeRawHtml}), images made links to their original addresses ({@link imagesAsLinks}),
 * then turndown. Tables, figures and `<details>`, which Markdown cannot hold, stay HTML (tables
 * with a `<tbody>` and `scope` on header cells, as `npm run verify` asks). Footnotes (WordPress
 * 6.3's from the `footnotes` post meta, the common plugins' and hand-written ones) become Markdown
 * footnotes. What the import drops or cannot keep (a script, an audio file, a map's frame…) is
 * listed in {@link ConvertedBody.losses} with its line, for the report.
 */
import { decodeHTML } from "entities";
import { parseHTML } from "linkedom";
import TurndownService from "turndown";
import { escapeHtml } from "../../shared/html.ts";
import { directions } from "../../markdown/language.ts";
import { sanitizeRawHtml } from "../../markdown/raw-html.ts";
import { parseVideoUrl } from "../../video/video-url.ts";
import { imagesAsLinks } from "./images.ts";
import {
  codeSpan,
  convertShortcodes,
  restorePlaceholders,
  type Losses,
  type UnconvertedShortcode,
} from "../shortcodes/convert.ts";

/** Result of {@link convertBody}. */
export interface ConvertedBody {
  /** The post's body in Markdown, ending without a newline. */
  markdown: string;
  /** Shortcodes left as notes, in order. */
  unconverted: UnconvertedShortcode[];
  /** Addresses of the post's images, now links to them: caption figures' first, then the rest. */
  imageLinks: string[];
  /**
   * What was dropped or could not be kept as it was, in order: the 1-based line in `markdown`
   * where it was, and a sentence saying what and the fix.
   */
  losses: { line: number; message: string }[];
}

const blockStart =
  /^<\/?(p|div|h[1-6]|ul|ol|li|dl|blockquote|pre|table|thead|tbody|tr|figure|hr|address|section|article|aside|form|iframe|object)\b/i;

/**
 * WordPress's paragraphs: text separated by a blank line is a paragraph, a single line break is
 * a `<br>`; a chunk that starts with a block element is left as it is. A `<pre>` is a block of
 * its own, kept byte for byte: blank lines and indentation inside it are code, not paragraphs.
 */
export function autoParagraphs(html: string): string {
  return wholeBlocks(html)
    .flatMap((part, index) =>
      index % 2 === 1
        ? [part]
        : part
            .split(/\n[ \t]*\n/)
            .map((chunk) => chunk.trim())
            .filter((chunk) => chunk !== "")
            .map((chunk) =>
              blockStart.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, "<br>\n")}</p>`,
            ),
    )
    .join("\n");
}

/**
 * Splits HTML around each `<pre>…</pre>` and each outermost `<table>`, `<figure>` or `<details>`
 * (nested ones counted): odd indexes are those blocks, even ones the text between.
 */
function wholeBlocks(html: string): string[] {
  const parts: string[] = [];
  const tag = /<(\/?)(pre|table|figure|details)\b[^>]*>/gi;
  let start = 0;
  let open: { name: string; index: number; depth: number } | undefined;
  let match: RegExpExecArray | null;
  while ((match = tag.exec(html))) {
    const name = (match[2] as string).toLowerCase();
    const closing = match[1] === "/";
    if (!open) {
      if (!closing) open = { name, index: match.index, depth: 1 };
      continue;
    }
    if (name !== open.name) continue;
    open.depth += closing ? -1 : 1;
    if (open.depth === 0) {
      const end = match.index + match[0].length;
      parts.push(html.slice(start, open.index), html.slice(open.index, end));
      start = end;
      open = undefined;
    }
  }
  parts.push(html.slice(start));
  return parts;
}

/**
 * Markdown for a text node: turndown's escaping of Markdown syntax, then what would otherwise
 * become live HTML, a Dispatch tag or block, or attributes in the build: `<` before a letter, `/`,
 * `!` or `?` is written `&lt;`, `&` that would start an entity (`&amp;`, `&#60;`) is written
 * `&amp;`, `:::` at the start of a line (a language block) is written `\:::`, and `{` before a
 * `}` on the same line (`{#id}`, `{lang=ar}`, which set attributes) is written `&#123;`.
 * `write <b>` stays the text "write <b>" for readers.
 * @param markdownEscaped the text with turndown's escaping applied
 */
export function escapeHtmlInText(markdownEscaped: string): string {
  return markdownEscaped
    .replace(/&(?=#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi, "&amp;")
    .replace(/<(?=[a-z/!?])/gi, "&lt;")
    .replace(/^(\s*):::/gm, "$1\\:::")
    .replace(/\{(?=[^{}\n]*\})/g, "&#123;");
}

/**
 * The Markdown of a text node: a Dispatch tag written in a post's text (`{% map "…" %}`) becomes a
 * code span, shown exactly as written and never run (nor given curly quotes); the rest is
 * escaped by `escapeMarkdown` and {@link escapeHtmlInText}.
 * @param text the text node's text
 * @param escapeMarkdown turndown's own escaping
 */
export function textToMarkdown(text: string, escapeMarkdown: (text: string) => string): string {
  return text
    .split(/(\{%[^\n]*?%\})/)
    .map((part, index) =>
      index % 2 === 1 ? codeSpan(part) : escapeHtmlInText(escapeMarkdown(part)),
    )
    .join("");
}

/** The `{lang=… dir=…}` of a paragraph's `lang` and `dir`, when they are valid; else "". */
function languageAttributes(element: HTMLElement): string {
  const parts: string[] = [];
  const lang = element.getAttribute("lang")?.trim();
  if (lang) {
    try {
      parts.push(`lang=${Intl.getCanonicalLocales(lang)[0] as string}`);
    } catch {
      // Not a BCP 47 tag: left out, as the build would refuse it.
    }
  }
  const dir = element.getAttribute("dir")?.trim().toLowerCase();
  if (dir && (directions as readonly string[]).includes(dir)) parts.push(`dir=${dir}`);
  return parts.length > 0 ? ` {${parts.join(" ")}}` : "";
}

/** HTML kept as it is in Markdown: one block, with no blank line that would end it early. */
function htmlBlock(html: string): string {
  return `\n\n${html.replace(/\{%/g, "&#123;%").replace(/\n[ \t]*(?=\n)/g, "")}\n\n`;
}

function createTurndown(): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    hr: "---",
    bulletListMarker: "-",
    codeBlockStyle: "fenced",
    emDelimiter: "_",
    strongDelimiter: "**",
    // A backslash, not two spaces, so trailing spaces can be trimmed safely.
    br: "\\",
  });
  const escapeMarkdown = service.escape.bind(service);
  service.escape = (text: string) => textToMarkdown(text, escapeMarkdown);
  // Tables, figures (an image or table with its caption, a pull quote) and <details> stay HTML;
  // a `{%` in them is an entity so no line reads as a tag.
  service.addRule("kept-html", {
    filter: ["table", "figure", "details"],
    replacement: (_content, node) => htmlBlock((node as HTMLElement).outerHTML),
  });
  // A paragraph in another language or direction keeps them: `text {lang=he dir=rtl}`.
  service.addRule("paragraph-language", {
    filter: (node) =>
      node.nodeName === "P" && (node.hasAttribute("lang") || node.hasAttribute("dir")),
    replacement: (content, node) =>
      `\n\n${content.trim()}${languageAttributes(node as HTMLElement)}\n\n`,
  });
  // A <pre> without <code> (classic WordPress) is a fenced code block too, its text intact.
  service.addRule("preformatted", {
    filter: (node) => node.nodeName === "PRE" && node.firstChild?.nodeName !== "CODE",
    replacement: (_content, node) => {
      const code = (node.textContent ?? "").replace(/\n$/, "");
      const longest = Math.max(2, ...[...code.matchAll(/^`{3,}/gm)].map((m) => m[0].length));
      const fence = "`".repeat(longest + 1);
      return `\n\n${fence}\n${code}\n${fence}\n\n`;
    },
  });
  return service;
}

/** What {@link convertBody} needs to know of the old site to rewrite its links. */
export interface OldSiteLinks {
  /** The old blog's root (the channel's `<link>`): `http://blog.example.org/blog`. */
  siteUrl: string;
  /** The new URL (`/posts/<slug>/`) of each imported post, by {@link OldSiteLinks.key} of its old URL. */
  newUrls: ReadonlyMap<string, string>;
  /** The key of a URL, relative ones resolved against `base`; undefined when it is not http(s). */
  key: (url: string, base?: string) => string | undefined;
}

/**
 * Rewrites the `href` and `src` attributes of a post's raw HTML: a link to another imported post
 * of the old site goes to its new URL (`/posts/<slug>/`); any other relative address
 * (`/wp-content/uploads/x.jpg`, `../about/`) is made absolute on the old site, where it pointed.
 * @param html WordPress `post_content`
 * @param links the old site and the imported posts' new URLs
 */
export function rewriteOldSiteLinks(html: string, links: OldSiteLinks): string {
  const base = `${links.siteUrl.replace(/\/*$/, "")}/`;
  return html.replace(
    /(\s(?:href|src)\s*=\s*)(["'])([^"']*)\2/gi,
    (attribute, name: string, quote: string, value: string) => {
      const address = value.trim().replace(/&amp;/g, "&");
      // A link to a place in a post (`…/basra/#map`) keeps its fragment at the new URL.
      const hash = /#[^#]*$/.exec(address)?.[0] ?? "";
      if (address === "" || address.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(address)) {
        const key = links.key(address);
        const moved = key === undefined ? undefined : links.newUrls.get(key);
        return moved ? `${name}${quote}${escapeHtml(moved + hash)}${quote}` : attribute;
      }
      let absolute: string;
      try {
        absolute = new URL(address, base).href;
      } catch {
        return attribute;
      }
      const key = links.key(absolute);
      const moved = key === undefined ? undefined : links.newUrls.get(key);
      return `${name}${quote}${escapeHtml(moved ? moved + hash : absolute)}${quote}`;
    },
  );
}

/**
 * Makes tables pass `npm run verify`: rows written straight in `<table>` go in a `<tbody>`,
 * header cells get a `scope` (`col` in a header row, `row` when a row starts with one).
 * @param html sanitised HTML
 */
export function accessibleTables(html: string): string {
  if (!/<table\b/i.test(html)) return html;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const table of [...document.querySelectorAll("table")]) {
    const loose = [...table.children].filter((child) => child.nodeName === "TR");
    if (loose.length > 0) {
      const body = document.createElement("tbody");
      loose[0]?.before(body);
      body.append(...loose);
    }
    for (const row of [...table.querySelectorAll("tr")]) {
      if (row.closest("table") !== table) continue;
      const cells = [...row.children].filter((cell) => /^T[HD]$/.test(cell.nodeName));
      const headerRow =
        row.parentElement?.nodeName === "THEAD" || cells.every((cell) => cell.nodeName === "TH");
      cells.forEach((cell, index) => {
        if (cell.nodeName !== "TH" || cell.hasAttribute("scope")) return;
        if (headerRow) cell.setAttribute("scope", "col");
        else if (index === 0) cell.setAttribute("scope", "row");
        else cell.setAttribute("scope", "col");
      });
    }
  }
  return document.body.innerHTML;
}

/** A footnote's text, as HTML, with the number it is cited by. */
interface Footnote {
  html: string;
}

/** The placeholder of the `n`-th footnote's citation (letters and digits: nothing changes it). */
const footnotePlaceholder = (n: number) => `WPFOOTNOTE${n}X`;

/**
 * Replaces footnote citations by placeholders and collects the notes:
 * - WordPress 6.3's own (`<sup data-fn="ID">…</sup>`, the notes in the `footnotes` post meta,
 *   JSON `[{"id": "ID", "content": "HTML"}]`);
 * - the common plugins' shortcodes (`[efn_note]`, `[footnote]`, `[ref]`, `[mfn]`) and WP-Footnotes'
 *   `((note))`;
 * - hand-written ones: a link `href="#fn1"` to a list item `<li id="fn1">` (the item, its link
 *   back and a list left empty are removed).
 */
export function extractFootnotes(
  html: string,
  metaFootnotes: string | undefined,
): { html: string; notes: Footnote[] } {
  const notes: Footnote[] = [];
  const add = (note: string) => {
    notes.push({ html: note.trim() });
    return footnotePlaceholder(notes.length);
  };
  let result = html;
  let fromMeta: { id?: unknown; content?: unknown }[] = [];
  try {
    const parsed: unknown = metaFootnotes ? JSON.parse(metaFootnotes) : [];
    if (Array.isArray(parsed)) fromMeta = parsed as typeof fromMeta;
  } catch {
    fromMeta = [];
  }
  result = result.replace(
    /<sup\b[^>]*\bdata-fn=["']([^"']+)["'][^>]*>[^]*?<\/sup>/gi,
    (sup, id: string) => {
      const note = fromMeta.find((entry) => entry.id === id);
      return typeof note?.content === "string" ? add(note.content) : sup;
    },
  );
  result = result.replace(
    /\\?\[(efn_note|footnote|ref|mfn)\\?\]([^]*?)\\?\[\/\1\\?\]/gi,
    (_all, _name: string, note: string) => add(note),
  );
  result = result.replace(/\(\((?!\()([^]*?)\)\)/g, (_all, note: string) => add(note));
  const items = [...result.matchAll(/<li\b[^>]*\bid=["']([^"']+)["'][^>]*>([^]*?)<\/li>/gi)];
  for (const [item, id, content] of items) {
    const escaped = (id as string).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const citation = new RegExp(
      `(?:<sup\\b[^>]*>\\s*)?<a\\b[^>]*\\bhref=["']#${escaped}["'][^>]*>[^]*?</a>(?:\\s*</sup>)?`,
      "i",
    );
    const withoutItem = result.replace(item, "");
    if (!citation.test(withoutItem)) continue;
    // The note's own link back to its citation (`<a href="#ref1">↩</a>`) goes: Markdown adds one.
    const text = (content as string).replace(
      /\s*<a\b[^>]*\bhref=["']#[^"']*["'][^>]*>[^]*?<\/a>\s*$/i,
      "",
    );
    result = withoutItem.replace(citation, () => add(text));
  }
  result = result.replace(/<ol\b[^>]*>\s*<\/ol>/gi, "");
  return { html: result, notes };
}

/** `a <script>`, `an <object>`: the article an element's name takes, read aloud. */
export function withArticle(element: string): string {
  return `${/^<?[aeio]/i.test(element) ? "an" : "a"} ${element}`;
}

/**
 * The things of a post's HTML the import cannot keep, replaced before the allow-list removes
 * them: a `<video>` or `<audio>` becomes a note linking to its file, an `<iframe>` or a Gutenberg
 * embed of another site a note linking to the page, and a `<script>`, `<style>`, `<form>`,
 * `<object>` or `<embed>` is removed; each is reported through `losses`.
 */
export function markLosses(html: string, losses: Losses): string {
  const note = (label: string, url: string) =>
    `<span class="legacy-embed" role="note">${escapeHtml(label)}: <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></span>`;
  const httpUrl = (url: string | undefined) => {
    const absolute = (url ?? "").replace(/&amp;/g, "&").replace(/^\/\//, "https://");
    return /^https?:\/\//i.test(absolute) ? absolute : undefined;
  };
  return html
    .replace(
      /<figure\b[^>]*\bwp-block-embed\b[^>]*>\s*<div\b[^>]*>\s*(https?:\/\/[^\s<>"]+)\s*<\/div>\s*(?:<figcaption\b[^>]*>[^]*?<\/figcaption>\s*)?<\/figure>/gi,
      (_figure, url: string) =>
        losses.mark(
          `an embed of ${url} is a link to it. Fix: nothing to do, or quote what it showed`,
        ) + note("Embedded on the old site", url),
    )
    .replace(
      /<(video|audio)\b([^>]*)>([^]*?)<\/\1>/gi,
      (element, name: string, attributes: string, inner: string) => {
        const src = httpUrl(
          /\bsrc=["']([^"']+)["']/i.exec(attributes)?.[1] ??
            /<source\b[^>]*\bsrc=["']([^"']+)["']/i.exec(inner)?.[1],
        );
        const kind = name.toLowerCase() === "video" ? "video" : "audio";
        const label = kind === "video" ? "Video on the old site" : "Audio on the old site";
        const fix =
          kind === "video"
            ? "put it on a video site and embed it with {% video %}, or keep the link"
            : "nothing to do, or copy the file into the post's folder and link to it";
        if (!src) {
          return losses.mark(
            `${withArticle(`<${kind}>`)} with no address was removed. Fix: nothing to do`,
          );
        }
        return (
          losses.mark(
            `the ${kind} ${src} is a link to the old site, not played here. Fix: ${fix}`,
          ) + note(label, src)
        );
      },
    )
    .replace(/<iframe\b([^>]*)>[^]*?<\/iframe>|<iframe\b([^>]*)\/?>/gi, (_all, a, b) => {
      const src = httpUrl(/\bsrc=["']([^"']+)["']/i.exec(String(a ?? b ?? ""))?.[1]);
      if (!src) return losses.mark("an <iframe> with no address was removed. Fix: nothing to do");
      const isVideo = (() => {
        try {
          parseVideoUrl(src);
          return true;
        } catch {
          return false;
        }
      })();
      if (isVideo) return _all as string;
      return (
        losses.mark(
          `the embedded frame ${src} is a link to it (the site's policy allows no frames from other sites). Fix: nothing to do, or replace it with a map block or an image`,
        ) + note("Embedded on the old site", src)
      );
    })
    .replace(
      /<(script|style|form|object|noscript)\b[^>]*>[^]*?<\/\1>|<(embed|script)\b[^>]*\/?>/gi,
      (_all, paired: string | undefined, single: string | undefined) =>
        losses.mark(
          `${withArticle(`<${(paired ?? single ?? "").toLowerCase()}>`)} was removed (the site runs no scripts, styles or forms from posts). Fix: nothing to do, or describe what it showed`,
        ),
    );
}

/** Options of {@link convertBody}. */
export interface ConvertBodyOptions {
  /** The `footnotes` post meta of the item (WordPress 6.3+), JSON. */
  footnotes?: string;
  /**
   * The export's reusable blocks (`wp_block` items): their content by `wp:post_id`, put where a
   * post names them (`<!-- wp:block {"ref":55} /-->`).
   */
  reusableBlocks?: ReadonlyMap<string, string>;
}

/**
 * WordPress's smiley images (`wp-includes/images/smilies/icon_smile.gif`, and the emoji images
 * of `s.w.org/images/core/emoji/…/1f642.png`) by the file's name: the emoji it shows.
 */
const smileyEmoji: Readonly<Record<string, string>> = {
  arrow: "➡",
  biggrin: "😀",
  confused: "😕",
  cool: "😎",
  cry: "😥",
  eek: "😮",
  evil: "👿",
  exclaim: "❗",
  idea: "💡",
  lol: "😆",
  mad: "😡",
  neutral: "😐",
  question: "❓",
  razz: "😛",
  redface: "😳",
  rolleyes: "🙄",
  sad: "🙁",
  frownie: "🙁",
  smile: "🙂",
  "simple-smile": "🙂",
  surprised: "😯",
  twisted: "😈",
  wink: "😉",
};

/**
 * WordPress's smiley and emoji images become text: the emoji (`icon_smile.gif` → 🙂,
 * `…/emoji/15.0.3/72x72/1f642.png` → 🙂), or, for one with no emoji (`mrgreen`), the text typed
 * (its `alt`, `:mrgreen:`). Other images are left as they are.
 */
export function smileys(html: string): string {
  return html.replace(/<img\b[^>]*>/gi, (image) => {
    const src = /\bsrc=["']([^"']*)["']/i.exec(image)?.[1] ?? "";
    const smiley = /\/wp-includes\/images\/smilies\/(?:icon_)?([\w-]+)\.\w+(?:[?#]|$)/.exec(src);
    const emoji =
      /\/images\/core\/emoji\/[^"']*?\/([0-9a-f]+(?:-[0-9a-f]+)*)\.(?:png|svg)(?:[?#]|$)/i.exec(
        src,
      );
    if (!smiley && !emoji && !/\bclass=["'][^"']*\bwp-smiley\b/i.test(image)) return image;
    if (smiley && smileyEmoji[smiley[1] as string])
      return smileyEmoji[smiley[1] as string] as string;
    if (emoji) {
      return String.fromCodePoint(
        ...(emoji[1] as string).split("-").map((hex) => parseInt(hex, 16)),
      );
    }
    return escapeHtml(decodeHTML(/\balt=["']([^"']*)["']/i.exec(image)?.[1] ?? "").trim());
  });
}

/**
 * Puts the export's reusable blocks where a post names them (`<!-- wp:block {"ref":55} /-->`),
 * those they name in turn too (at most 5 deep); one missing from the export is reported through
 * `losses`.
 */
export function inlineReusableBlocks(
  html: string,
  blocks: ReadonlyMap<string, string>,
  losses: Losses,
  depth = 0,
): string {
  return html.replace(/<!--\s*wp:block\s+(\{[^]*?\})\s*\/-->/g, (comment, json: string) => {
    let ref: string;
    try {
      ref = String((JSON.parse(json) as { ref?: unknown }).ref ?? "");
    } catch {
      ref = /"ref"\s*:\s*"?(\d+)/.exec(json)?.[1] ?? "";
    }
    const content = blocks.get(ref);
    if (content === undefined || depth >= 5) {
      return losses.mark(
        `the reusable block ${ref || "(no ref)"} (${comment}) is not in the export, so what it showed was left out. Fix: copy its text from the old site (Appearance → Patterns, or Reusable blocks) into the post, or export it with the posts (Tools → Export → All content)`,
      );
    }
    return `\n\n${inlineReusableBlocks(content, blocks, losses, depth + 1)}\n\n`;
  });
}

/** A `<p style="direction: rtl">` gets `dir="rtl"`, which the allow-list keeps. */
function styleDirection(html: string): string {
  return html.replace(
    /<(p|div|blockquote|li|h[1-6])\b([^>]*?)\sstyle=(["'])([^"']*?)\bdirection:\s*(rtl|ltr)([^"']*)\3/gi,
    (all, name: string, before: string, _q, _a, dir: string) =>
      /\sdir=/i.test(all) ? all : `<${name}${before} dir="${dir.toLowerCase()}"`,
  );
}

/**
 * A Gutenberg table block's caption becomes the table's own `<caption>`:
 * `<figure class="wp-block-table"><table>…</table><figcaption>X</figcaption></figure>` →
 * `<table><caption>X</caption>…</table>`.
 */
export function tableCaptions(html: string): string {
  return html.replace(
    /<figure\b[^>]*\bwp-block-table\b[^>]*>\s*(<table\b[^>]*>)([^]*?<\/table>)\s*(?:<figcaption\b[^>]*>([^]*?)<\/figcaption>)?\s*<\/figure>/gi,
    (_figure, open: string, rest: string, caption: string | undefined) =>
      caption && caption.trim() !== ""
        ? `${open}<caption>${caption.trim()}</caption>${rest}`
        : `${open}${rest}`,
  );
}

/**
 * The text of a `tel:` link keeps together: its spaces become no-break spaces (a phone number
 * split over two lines is misread; `npm run verify` checks it).
 */
export function telephoneLinks(html: string): string {
  return html.replace(
    /(<a\b[^>]*\bhref=["']tel:[^>]*>)([^<]*)(<\/a>)/gi,
    (_link, open: string, text: string, close: string) =>
      `${open}${text.replace(/ +/g, "\u00a0")}${close}`,
  );
}

/** The Markdown of an HTML fragment, with its shortcodes converted. */
function htmlToMarkdown(
  html: string,
  postTitle: string,
  losses: Losses,
): {
  markdown: string;
  unconverted: UnconvertedShortcode[];
  imageLinks: string[];
  layout: { names: string[]; dropped: string[] };
} {
  const shortcodes = convertShortcodes(html, postTitle, losses);
  const marked = markLosses(styleDirection(tableCaptions(shortcodes.html)), losses);
  const clean = imagesAsLinks(sanitizeRawHtml(autoParagraphs(marked)));
  const markdown = createTurndown().turndown(telephoneLinks(accessibleTables(clean.html)));
  return {
    markdown: restorePlaceholders(markdown, shortcodes.replacements),
    unconverted: shortcodes.unconverted,
    imageLinks: [...shortcodes.imageLinks, ...clean.links],
    layout: shortcodes.layout,
  };
}

/** Creates the {@link Losses} of one post: marks (`WPLOSS3X`) and their messages. */
function createLosses(): Losses & { messages: string[] } {
  const messages: string[] = [];
  return {
    messages,
    mark(message: string) {
      messages.push(message);
      return `WPLOSS${messages.length - 1}X`;
    },
  };
}

/**
 * Removes the loss marks from Markdown and finds the line of each: a line left empty by its
 * marks is removed when the line before is empty too, and its marks go to the next line.
 */
function placeLosses(markdown: string, messages: readonly string[]) {
  const lines: string[] = [];
  const found: { line: number; message: string }[] = [];
  let pending: number[] = [];
  let fence: string | undefined;
  for (const line of markdown.split("\n")) {
    const marks = [...line.matchAll(/WPLOSS(\d+)X/g)].map((m) => Number(m[1]));
    const stripped = marks.length > 0 ? line.replace(/WPLOSS\d+X/g, "").trimEnd() : line;
    const fenceMark = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined || fenceMark !== undefined) {
      // A fenced code block is kept as it is: its blank lines are the code's.
      if (fence === undefined) fence = fenceMark;
      else if (fenceMark !== undefined && fenceMark.startsWith(fence) && line.trim() === fenceMark)
        fence = undefined;
      lines.push(stripped);
      for (const mark of marks)
        found.push({ line: lines.length, message: messages[mark] as string });
    } else if (stripped.trim() === "" && (lines.length === 0 || lines.at(-1) === "")) {
      pending.push(...marks);
      continue;
    } else lines.push(stripped.trim() === "" ? "" : stripped);
    for (const mark of [...pending, ...marks]) {
      found.push({ line: lines.length, message: messages[mark] as string });
    }
    pending = [];
  }
  while (lines.length > 0 && lines.at(-1) === "") lines.pop();
  for (const mark of pending) {
    found.push({ line: Math.max(1, lines.length), message: messages[mark] as string });
  }
  return { markdown: lines.join("\n"), losses: found };
}

/**
 * Converts a post's content to Markdown.
 * @param html WordPress `post_content`
 * @param postTitle the post's title, for video embeds that name none
 * @param links the old site, to resolve relative addresses and rewrite links between imported
 *   posts ({@link rewriteOldSiteLinks}); without it addresses are kept as written
 * @param options the item's footnotes
 */
export function convertBody(
  html: string,
  postTitle: string,
  links?: OldSiteLinks,
  options: ConvertBodyOptions = {},
): ConvertedBody {
  const losses = createLosses();
  const inlined = inlineReusableBlocks(html, options.reusableBlocks ?? new Map(), losses);
  // Comments, such as Gutenberg's block marks (`<!-- wp:paragraph -->`), are not content.
  const uncommented = inlined.replace(/<!--[^]*?-->/g, "");
  const rewritten = links ? rewriteOldSiteLinks(uncommented, links) : uncommented;
  const footnotes = extractFootnotes(smileys(rewritten), options.footnotes);
  const body = htmlToMarkdown(footnotes.html, postTitle, losses);
  let markdown = body.markdown;
  const layout = body.layout;
  const unconverted = [...body.unconverted];
  const imageLinks = [...body.imageLinks];
  const definitions: string[] = [];
  // Numbered in the order they are cited in the text.
  const cited = footnotes.notes
    .map((note, index) => ({ note, at: markdown.indexOf(footnotePlaceholder(index + 1)), index }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  cited.forEach(({ note, index }, order) => {
    const label = String(order + 1);
    markdown = markdown.replace(footnotePlaceholder(index + 1), `[^${label}]`);
    const converted = htmlToMarkdown(note.html, postTitle, losses);
    unconverted.push(...converted.unconverted);
    imageLinks.push(...converted.imageLinks);
    layout.names.push(...converted.layout.names.filter((name) => !layout.names.includes(name)));
    layout.dropped.push(
      ...converted.layout.dropped.filter((name) => !layout.dropped.includes(name)),
    );
    const text = converted.markdown
      .split("\n")
      .map((line, n) => (n === 0 || line === "" ? line : `    ${line}`))
      .join("\n");
    definitions.push(`[^${label}]: ${text || "(empty note)"}`);
  });
  if (definitions.length > 0) markdown = `${markdown}\n\n${definitions.join("\n\n")}`;
  const placed = placeLosses(markdown, losses.messages);
  if (layout.names.length > 0) placed.losses.unshift({ line: 1, message: layoutMessage(layout) });
  return { markdown: placed.markdown, unconverted, imageLinks, losses: placed.losses };
}

/** The one report line of a post built with a page builder: what was removed, and what is gone. */
export function layoutMessage(layout: { names: string[]; dropped: string[] }): string {
  const shown = layout.names.slice(0, 4).join(", ") + (layout.names.length > 4 ? "…" : "");
  const gone =
    layout.dropped.length > 0
      ? `; what ${layout.dropped.join(", ")} showed of ${layout.dropped.length === 1 ? "its" : "their"} own (a button, an image, a divider…) is not shown`
      : "";
  return `the page builder's layout shortcodes (${shown}) were removed and the text they held kept${gone}. Fix: check that the post reads as it should`;
}
