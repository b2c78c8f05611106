/**
 * The markdown-it instance of every post: CommonMark with raw HTML (nothing active: a script,
 * handler, frame, form or `javascript:` URL stops the build with its line), typographic quotes, the geojson map fence, the `{% map %}` tag and legacy WordPress shortcodes;
 * footnotes, heading anchors, `lang`/`dir` for passages in another language, and the
 * `{% video %}` tag. A body holding a control character, or nested deeper than Dispatch keeps,
 * stops the build with its line.
 */
import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from "markdown-it";
import { activeHtmlPlugin } from "./active-html.ts";
import { controlCharactersPlugin } from "./control-characters.ts";
import { datelinePlugin } from "./dateline.ts";
import { geojsonFence, type GeoJsonFenceOptions } from "./geojson-fence.ts";
import { legacyShortcodesPlugin } from "./legacy-shortcodes.ts";
import { mapTag } from "./map-tag.ts";
import { footnotesPlugin } from "./footnotes.ts";
import { headingAnchorsPlugin } from "./heading-anchors.ts";
import { languagePlugin } from "./language.ts";
import { nestingPlugin } from "./nesting.ts";
import { headingsPlugin, type HeadingSink } from "./table-of-contents.ts";
import type { ContentProblem } from "../errors.ts";
import { quotesFor } from "./typography.ts";
import { videoTag } from "./video-tag.ts";

/** Options of {@link createMarkdown}. */
export interface MarkdownOptions extends GeoJsonFenceOptions {
  /**
   * BCP 47 language of the site, whose quotation marks the typographer uses ({@link quotesFor}).
   * @default "en"
   */
  language?: string;
  /**
   * Where each rendered post's headings are recorded, for its table of contents.
   * @default none: headings are not recorded
   */
  headings?: HeadingSink | undefined;
  /**
   * Prints a warning about the body (a legacy WordPress shortcode).
   * @default `warn` of `src/errors.ts`: `file:line: warning: …` on stderr
   */
  warn?: ((problem: ContentProblem) => void) | undefined;
}

/**
 * Creates the markdown-it instance posts are rendered with. `{…}` attributes and lang/dir come
 * before heading anchors, so that an author's `{#id}` on a heading is kept.
 */
export function createMarkdown(options: MarkdownOptions): MarkdownItInstance {
  // Indented code off, as Eleventy sets every Markdown library (issue #2438), so that tests of
  // this instance render what the build renders.
  const quotes = [...quotesFor(options.language ?? "en")];
  const md = new MarkdownIt({ html: true, typographer: true, quotes })
    .disable("code")
    .use(controlCharactersPlugin)
    .use(geojsonFence, options)
    .use(mapTag, options)
    .use(legacyShortcodesPlugin, { warn: options.warn })
    .use(datelinePlugin)
    .use(videoTag)
    .use(footnotesPlugin)
    .use(activeHtmlPlugin)
    .use(languagePlugin)
    .use(headingAnchorsPlugin)
    .use(nestingPlugin);
  if (options.headings) md.use(headingsPlugin, options.headings);
  return md;
}
