/**
 * The markdown-it instance of every post: CommonMark with raw HTML (authors are trusted),
 * typographic quotes, the geojson map fence, the `{% map %}` tag and legacy WordPress shortcodes.
 */
import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from "markdown-it";
import { datelinePlugin } from "./dateline.ts";
import { geojsonFence, type GeoJsonFenceOptions } from "./geojson-fence.ts";
import { legacyShortcodesPlugin } from "./legacy-shortcodes.ts";
import { mapTag } from "./map-tag.ts";

/** Options of {@link createMarkdown}. */
export type MarkdownOptions = GeoJsonFenceOptions;

/** Creates the markdown-it instance posts are rendered with. */
export function createMarkdown(options: MarkdownOptions): MarkdownItInstance {
  return new MarkdownIt({ html: true, typographer: true })
    .use(geojsonFence, options)
    .use(mapTag, options)
    .use(legacyShortcodesPlugin)
    .use(datelinePlugin);
}
