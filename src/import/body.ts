/**
 * A WordPress post's content (`post_content`: HTML with blank lines between paragraphs, and
 * shortcodes) as Markdown: shortcodes converted first ({@link convertShortcodes}), paragraphs
 * made as WordPress's `wpautop` makes them, raw HTML sanitised with the build's allow-list
 * ({@link sanitizeRawHtml}), images made links to their original addresses ({@link imagesAsLinks}),
 * then turndown. Tables, which Markdown cannot hold without a plugin, stay HTML.
 */
import TurndownService from "turndown";
import { escapeHtml } from "../html.ts";
import { sanitizeRawHtml } from "../markdown/raw-html.ts";
import { imagesAsLinks } from "./images.ts";
import { convertShortcodes, restorePlaceholders, type UnconvertedShortcode } from "./shortcodes.ts";

/** Result of {@link convertBody}. */
export interface ConvertedBody {
  /** The post's body in Markdown, ending without a newline. */
  markdown: string;
  /** Shortcodes left as notes, in order. */
  unconverted: UnconvertedShortcode[];
  /** Addresses of the post's images, now links to them: caption figures' first, then the rest. */
  imageLinks: string[];
}

const blockStart =
  /^<\/?(p|div|h[1-6]|ul|ol|li|dl|blockquote|pre|table|thead|tbody|tr|figure|hr|address|section|article|aside|form|iframe|object)\b/i;

/**
 * WordPress's paragraphs: text separated by a blank line is a paragraph, a single line break is
 * a `<br>`; a chunk that starts with a block element is left as it is. A `<pre>` is a block of
 * its own, kept byte for byte: blank lines and indentation inside it are code, not paragraphs.
 */
export function autoParagraphs(html: string): string {
  return html
    .split(/(<pre\b[^]*?<\/pre>)/i)
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
 * Markdown for a text node: turndown's escaping of Markdown syntax, then what would otherwise
 * become live HTML or a Dispatch tag in the build: `<` before a letter, `/`, `!` or `?` is
 * written `&lt;`, `&` that would start an entity (`&amp;`, `&#60;`) is written `&amp;`, and `{%`
 * is written `\{%`, so `{% map "…" %}` in a WordPress post is shown as written, never run.
 * `write <b>` stays the text "write <b>" for readers.
 * @param markdownEscaped the text with turndown's escaping applied
 */
export function escapeHtmlInText(markdownEscaped: string): string {
  return markdownEscaped
    .replace(/&(?=#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi, "&amp;")
    .replace(/<(?=[a-z/!?])/gi, "&lt;")
    .replace(/\{%/g, "\\{%");
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
  service.escape = (text: string) => escapeHtmlInText(escapeMarkdown(text));
  // Tables stay HTML; a `{%` in a cell is an entity so no line of the table reads as a tag.
  service.addRule("table", {
    filter: "table",
    replacement: (_content, node) =>
      `\n\n${(node as HTMLElement).outerHTML.replace(/\{%/g, "&#123;%")}\n\n`,
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
      if (address === "" || address.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(address)) {
        const key = links.key(address);
        const moved = key === undefined ? undefined : links.newUrls.get(key);
        return moved ? `${name}${quote}${moved}${quote}` : attribute;
      }
      let absolute: string;
      try {
        absolute = new URL(address, base).href;
      } catch {
        return attribute;
      }
      const key = links.key(absolute);
      const moved = key === undefined ? undefined : links.newUrls.get(key);
      return `${name}${quote}${escapeHtml(moved ?? absolute)}${quote}`;
    },
  );
}

/**
 * Converts a post's content to Markdown.
 * @param html WordPress `post_content`
 * @param postTitle the post's title, for video embeds that name none
 * @param links the old site, to resolve relative addresses and rewrite links between imported
 *   posts ({@link rewriteOldSiteLinks}); without it addresses are kept as written
 */
export function convertBody(html: string, postTitle: string, links?: OldSiteLinks): ConvertedBody {
  // Comments, such as Gutenberg's block marks (`<!-- wp:paragraph -->`), are not content.
  const uncommented = html.replace(/<!--[^]*?-->/g, "");
  const shortcodes = convertShortcodes(
    links ? rewriteOldSiteLinks(uncommented, links) : uncommented,
    postTitle,
  );
  const clean = imagesAsLinks(sanitizeRawHtml(autoParagraphs(shortcodes.html)));
  const markdown = createTurndown().turndown(clean.html);
  return {
    markdown: restorePlaceholders(markdown, shortcodes.replacements),
    unconverted: shortcodes.unconverted,
    imageLinks: [...shortcodes.imageLinks, ...clean.links],
  };
}
