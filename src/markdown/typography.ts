/**
 * Smart typography for plain text outside a post's body (front-matter titles and deks): the same
 * curled quotes, apostrophes, dashes and ellipses markdown-it's `typographer` gives the body,
 * from markdown-it's own core rules (`replacements` and `smartquotes`) run on one text token, so
 * the text is never parsed as Markdown nor escaped as HTML: `*`, `<` and `&` stay as written.
 */
import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from "markdown-it";
import { rememberer } from "../shared/memo.ts";

/** Quotation marks as markdown-it's `quotes` option takes them: double open, double close, single open, single close. */
export type Quotes = readonly [string, string, string, string];

/**
 * Quotation marks by primary language subtag, from CLDR's delimiters (quotationStart/End,
 * alternateQuotationStart/End, https://cldr.unicode.org/). Languages not listed use English's.
 */
export const quotesByLanguage: Readonly<Record<string, Quotes>> = {
  en: ["“", "”", "‘", "’"],
  de: ["„", "“", "‚", "‘"],
  es: ["«", "»", "“", "”"],
  fr: ["«", "»", "“", "”"],
  it: ["«", "»", "“", "”"],
  pl: ["„", "”", "«", "»"],
  ru: ["«", "»", "„", "“"],
};

/**
 * The quotation marks of a BCP 47 language: `quotesFor("de-AT")` → German's `„“‚‘`; English's
 * `“”‘’` (markdown-it's default) for a language not in {@link quotesByLanguage}.
 */
export function quotesFor(language: string): Quotes {
  const primary = language.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return quotesByLanguage[primary] ?? (quotesByLanguage.en as Quotes);
}

/** Characters some typographer rule acts on; text without any is returned as it is. */
const typographyTest = /['"]|\.\.|--|\+-|,,|\?\?\?\?|!!!!|\((?:c|tm|r)\)/i;

/** The typographers made, by their quotation marks: a few sets of quotes per site. */
const rememberTypographer = rememberer<MarkdownItInstance>(16);

/** A markdown-it whose core runs only the typographer's rules, one per set of quotes. */
function typographer(quotes: Quotes): MarkdownItInstance {
  return rememberTypographer(quotes.join(""), () => {
    const md = new MarkdownIt({ typographer: true, quotes: [...quotes] });
    md.core.ruler.enableOnly(["replacements", "smartquotes"]);
    return md;
  });
}

/**
 * Plain text with the body's smart typography: `"Basra's port" -- a view...` →
 * `“Basra’s port” – a view…` (markdown-it's typographer: quotes in the language's marks, `'`
 * in a word as the apostrophe `’`, `--` → `–`, `---` → `—`, `...` → `…`, `(c)` → `©`, `+-` → `±`).
 * The result is plain text still, to be escaped where it is written (Nunjucks' autoescape, XML,
 * JSON): `&` and `<` are left as they are, never escaped twice.
 * @param text plain text, such as a front-matter `title` or `summary`
 * @param language BCP 47 language of the text, for its quotation marks ({@link quotesFor})
 */
export function smartTypography(text: string, language = "en"): string {
  if (!typographyTest.test(text)) return text;
  const md = typographer(quotesFor(language));
  const state = new md.core.State("", md, {});
  const inline = new state.Token("inline", "", 0);
  const child = new state.Token("text", "", 0);
  inline.content = text;
  child.content = text;
  inline.children = [child];
  state.tokens.push(inline);
  md.core.process(state);
  return child.content;
}
