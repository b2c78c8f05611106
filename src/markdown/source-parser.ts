/**
 * The parser the checks before the build and the word count read a post's Markdown with: the
 * block structure the renderer (`createMarkdown`) gives, without rendering. Raw HTML is on,
 * indented code is off (as Eleventy sets every Markdown library, issue #2438: four spaces of
 * indent are text), footnotes are read (`[^1]: ![Photo](photo.png)` is a footnote, not a link
 * definition) and `{% map %}` tags are tokens.
 */
import MarkdownIt from "markdown-it";
import footnote from "markdown-it-footnote";
import { mapTagRule } from "./map-tag.ts";

/**
 * The parser for reading posts' block structure; see the module documentation. Its
 * `parse(body, {})` gives the tokens the renderer's core rules see; nothing it parses has side
 * effects or throws for an author's mistake, so one instance serves every reader.
 */
export const sourceParser = new MarkdownIt({ html: true })
  .disable("code")
  .use(footnote)
  .use(mapTagRule);
