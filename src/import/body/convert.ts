/**
 * A WordPress post's content (`post_content`: HTML with blank lines between paragraphs, and
 * shortcodes) as Markdown, in stages: reusable blocks put in place and block comments removed
 * (`./gutenberg.ts`), links to the old site rewritten (`./links.ts`), smileys made emoji,
 * footnotes taken out (`./footnotes.ts`), Flash video embeds made `[embed]` (`./flash-videos.ts`),
 * shortcodes converted (`../shortcodes/`), what cannot be
 * kept marked (`./dropped-elements.ts`), paragraphs made as `wpautop` makes them
 * (`./paragraphs.ts`), raw HTML sanitised with the build's allow-list ({@link sanitizeRawHtml}),
 * images made links ({@link imagesAsLinks}), tables made accessible, then turndown
 * (`./markdown.ts`). What the import drops or cannot keep is listed in
 * {@link ConvertedBody.losses} with its line, for the report.
 */
import { sanitizeRawHtml } from "../../markdown/raw-html.ts";
import { plainText } from "../../shared/plain-text.ts";
import { imagesAsLinks } from "../html/images.ts";
import { noLocalMedia, type MediaResolver } from "../media/resolver.ts";
import { createLosses, placeLosses, type Losses, type PlacedLoss } from "../html/losses.ts";
import { convertShortcodes } from "../shortcodes/convert.ts";
import { noAttachments, type GalleryAttachments } from "../shortcodes/gallery.ts";
import { layoutMessage, mergeLayout, type LayoutShortcodes } from "../shortcodes/layout.ts";
import type { UnconvertedShortcode } from "../../shortcodes/notes.ts";
import { restorePlaceholders } from "../shortcodes/placeholders.ts";
import { markLosses } from "./dropped-elements.ts";
import { flashVideosAsEmbeds } from "./flash-videos.ts";
import { extractFootnotes, numberFootnotes } from "./footnotes.ts";
import { inlineReusableBlocks, markBlockContent, removeComments } from "./gutenberg.ts";
import { rewriteOldSiteLinks, type OldSiteLinks } from "./links.ts";
import { createTurndown } from "./markdown.ts";
import { autoParagraphs } from "./paragraphs.ts";
import { smileys } from "./smileys.ts";
import { accessibleTables, tableCaptions } from "./tables.ts";
import { telephoneLinks } from "./telephone-links.ts";
import { styleDirection } from "./text-direction.ts";

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
  losses: PlacedLoss[];
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
  /**
   * The local copies of the post's files: an image or linked file it gives a name for is shown
   * or linked from the post's folder; the others stay links to the old site.
   * @default {@link noLocalMedia}
   */
  media?: MediaResolver;
  /**
   * The export's attachments as the post's galleries see them: a `[gallery]` shows them.
   * @default none: a `[gallery]` finds no image
   */
  attachments?: GalleryAttachments;
}

/** The Markdown of an HTML fragment, with what its shortcodes left for the report. */
interface FragmentMarkdown {
  markdown: string;
  unconverted: UnconvertedShortcode[];
  imageLinks: string[];
  layout: LayoutShortcodes;
}

/** How deep elements may nest for turndown, whose time grows with the square of the depth. */
const deepestNesting = 500;

/**
 * How deep the elements of well-formed HTML (sanitised: every element closed) nest, void
 * elements (`<br>`, `<img>`…) not counted.
 */
function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name = "", selfClosing] of html.matchAll(
    /<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>/gi,
  )) {
    if (selfClosing || /^(?:area|br|col|embed|hr|img|input|source|track|wbr)$/i.test(name))
      continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/**
 * The Markdown of sanitised HTML (tables made accessible, `tel:` links kept whole, then turndown,
 * `./markdown.ts`); HTML whose elements nest more than
 * {@link deepestNesting} deep (hostile, or broken beyond repair: turndown would take minutes or
 * run out of stack) is its plain text instead, escaped, and reported through `losses`.
 */
function turndownOrText(html: string, losses: Losses): string {
  const service = createTurndown();
  if (nestingDepth(html) <= deepestNesting) {
    try {
      return service.turndown(telephoneLinks(accessibleTables(html)));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return `${losses.mark(
    `this text nests HTML elements more than ${deepestNesting} deep, too deep to convert, so it was imported as plain text, without paragraphs, links or formatting. Fix: format the text again`,
  )}${service.escape(plainText(html))}`;
}

/** The Markdown of an HTML fragment (a post's text or a footnote's), with its shortcodes converted. */
function htmlToMarkdown(
  html: string,
  postTitle: string,
  losses: Losses,
  media: MediaResolver,
  attachments: GalleryAttachments = noAttachments,
): FragmentMarkdown {
  const shortcodes = convertShortcodes(
    flashVideosAsEmbeds(html),
    postTitle,
    losses,
    media,
    attachments,
  );
  const marked = markLosses(styleDirection(tableCaptions(shortcodes.html)), losses);
  const blockPlaceholders = shortcodes.replacements
    .filter((r) => r.block)
    .map((r) => r.placeholder);
  const paragraphs = autoParagraphs(marked, { blockPlaceholders });
  const clean = imagesAsLinks(
    sanitizeRawHtml(paragraphs),
    media,
    (url) => attachments.isPage(url),
    losses,
  );
  const markdown = turndownOrText(clean.html, losses);
  return {
    markdown: restorePlaceholders(markdown, shortcodes.replacements),
    unconverted: shortcodes.unconverted,
    imageLinks: [...shortcodes.imageLinks, ...clean.links],
    layout: shortcodes.layout,
  };
}

/**
 * Converts a post's content to Markdown.
 * @param html WordPress `post_content`
 * @param postTitle the post's title, for video embeds that name none
 * @param links the old site, to resolve relative addresses and rewrite links between imported
 *   posts ({@link rewriteOldSiteLinks}); without it addresses are kept as written
 * @param options the item's footnotes, the export's reusable blocks and the post's local files
 */
export function convertBody(
  html: string,
  postTitle: string,
  links?: OldSiteLinks,
  options: ConvertBodyOptions = {},
): ConvertedBody {
  const losses = createLosses();
  const inlined = inlineReusableBlocks(html, options.reusableBlocks ?? new Map(), losses);
  const uncommented = removeComments(markBlockContent(inlined));
  const rewritten = links ? rewriteOldSiteLinks(uncommented, links) : uncommented;
  const footnotes = extractFootnotes(smileys(rewritten), options.footnotes);
  const media = options.media ?? noLocalMedia;
  const body = htmlToMarkdown(footnotes.html, postTitle, losses, media, options.attachments);
  const { layout } = body;
  const unconverted = [...body.unconverted];
  const imageLinks = [...body.imageLinks];
  const markdown = numberFootnotes(body.markdown, footnotes.notes, (note) => {
    const converted = htmlToMarkdown(note, postTitle, losses, media);
    unconverted.push(...converted.unconverted);
    imageLinks.push(...converted.imageLinks);
    mergeLayout(layout, converted.layout);
    return converted.markdown;
  });
  const placed = placeLosses(markdown, losses.messages);
  if (layout.names.length > 0) placed.losses.unshift({ line: 1, message: layoutMessage(layout) });
  return { markdown: placed.markdown, unconverted, imageLinks, losses: placed.losses };
}
