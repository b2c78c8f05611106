/**
 * Share images as SVG, before sharp draws them: the card (the site's name, the headline and the
 * dek on the site's paper, for a post with neither a lead image nor a map) and the band set over
 * a map (the site's name and the headline). Pure functions: text is cleaned and escaped for XML,
 * and wrapped into lines by an estimate of each character's width, since SVG text does not wrap
 * and the font librsvg finds is not known here.
 */

/** Size of every share image in pixels: the 1.91:1 picture OpenGraph and X (Twitter) show large. */
export const shareImageSize = { width: 1200, height: 630 } as const;

/**
 * The site's colours (light scheme of `styles/site.css`): paper, text, muted text, rule,
 * accent; the band over a map is the dark scheme's text on its background.
 */
export const sharePalette = {
  paper: "#fdfcf9",
  text: "#1d1d1f",
  muted: "#5a5a5f",
  rule: "#d8d3c8",
  accent: "#8b1a1a",
  band: "#161618",
  bandText: "#f4f2ed",
  bandAccent: "#ff8a80",
} as const;

/**
 * Font families of share-image text: the site's faces as `src/share/fonts.ts` offers them (not by
 * their own name: Pango would read the `4` of "Source Serif 4" as a size), then
 * serif faces common on build machines, ending in the generic `serif` so text is always drawn.
 */
export const shareFontFamilies = [
  "Dispatch Serif",
  "Charter",
  "Georgia",
  "Liberation Serif",
  "DejaVu Serif",
  "serif",
] as const;

/** The card of a post with neither a lead image nor a map. */
export interface ShareCard {
  /** The site's name, set small above the headline. */
  siteName: string;
  /** The post's title. */
  headline: string;
  /** The post's summary, set under the headline when there is room. */
  dek?: string;
  /** Shown at the foot of the card, e.g. the site's host `example.org`. */
  footer?: string;
}

/**
 * Text made safe to set: Unicode NFC, control characters (C0, DEL, C1) and invisible
 * direction and format characters removed, runs of white space made one space, trimmed.
 */
export function cleanText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\p{Cc}\u2028\u2029]/gu, " ")
    .replace(/[\p{Cf}]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Escapes text for an XML text node or attribute value: `&`, `<`, `>`, `"` and `'`. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char]!,
  );
}

/** Widths of characters in em, generous enough for the widest of {@link shareFontFamilies}. */
function charWidth(char: string): number {
  if (char === " ") return 0.3;
  if (/[iljI.,:;'!|`’‘()[\]{}]/.test(char)) return 0.34;
  if (/[ftr"“”-]/.test(char)) return 0.45;
  if (/[mw]/.test(char)) return 0.92;
  if (/[MW—…]/.test(char)) return 1.02;
  if (/[A-Z]/.test(char)) return 0.74;
  if (/[a-z0-9]/.test(char)) return 0.6;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(char))
    return 1.02;
  if (/\p{Script=Arabic}|\p{Script=Hebrew}/u.test(char)) return 0.46;
  if (/\p{M}/u.test(char)) return 0;
  if (/\p{Lu}/u.test(char)) return 0.76;
  return 0.64;
}

/**
 * Estimates the width of a line of text in pixels.
 * @param fontSize in pixels
 * @param bold bold faces are set about 6% wider
 */
export function estimateWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize * (bold ? 1.06 : 1);
}

/** How to wrap text into lines. */
export interface WrapOptions {
  /** Width a line may take, in pixels. */
  maxWidth: number;
  /** Font size in pixels. */
  fontSize: number;
  /** Most lines; text left over ends the last line with `…`. */
  maxLines: number;
  /** @default false */
  bold?: boolean;
}

/** The lines of a wrapped text, and whether all of it fits in them. */
export interface Wrapped {
  lines: string[];
  /** False when text was cut and the last line ends with `…`. */
  complete: boolean;
}

/**
 * Wraps text into at most `maxLines` lines no wider than `maxWidth` by {@link estimateWidth},
 * breaking between words, and inside a word only when the word alone is too wide. When the text
 * does not fit, the last line is cut at a word where it can be and ends with `…`.
 */
export function wrapText(text: string, options: WrapOptions): Wrapped {
  const { maxWidth, fontSize, maxLines, bold = false } = options;
  const fits = (line: string) => estimateWidth(line, fontSize, bold) <= maxWidth;
  const words = cleanText(text).split(" ").filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    // A word wider than a line (a long URL) is broken where it must be.
    let rest = word;
    while (!fits(rest)) {
      let cut = 1;
      const chars = [...rest];
      while (cut < chars.length && fits(chars.slice(0, cut + 1).join(""))) cut += 1;
      lines.push(chars.slice(0, cut).join(""));
      rest = chars.slice(cut).join("");
    }
    line = rest;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return { lines, complete: true };
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]} ${lines[maxLines]}`;
  while (!fits(`${last}…`) && last.length > 0) {
    const space = last.lastIndexOf(" ");
    last = space > 0 ? last.slice(0, space) : [...last].slice(0, -1).join("");
  }
  kept[maxLines - 1] = `${last.replace(/[\s,;:.–—-]+$/u, "")}…`;
  return { lines: kept, complete: false };
}

/** True when text starts, after any neutral characters, with a right-to-left letter. */
export function isRightToLeft(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0];
  return (
    first !== undefined &&
    /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u.test(first)
  );
}

/** One block of text in an SVG: its lines set from `top`, left-aligned (right for RTL text). */
interface TextBlock {
  lines: string[];
  /** Y of the first baseline, in pixels. */
  y: number;
  fontSize: number;
  lineHeight: number;
  fill: string;
  bold?: boolean;
  letterSpacing?: number;
  /** Left and right edges of the block. */
  left: number;
  right: number;
}

const fontFamilyAttribute = escapeXml(shareFontFamilies.join(", "));

function textBlock(block: TextBlock): string {
  const rtl = isRightToLeft(block.lines.join(" "));
  const x = rtl ? block.right : block.left;
  const attributes = [
    `font-family="${fontFamilyAttribute}"`,
    `font-size="${block.fontSize}"`,
    `font-weight="${block.bold ? 700 : 400}"`,
    `fill="${block.fill}"`,
    block.letterSpacing ? `letter-spacing="${block.letterSpacing}"` : "",
    // Pango orders the letters of right-to-left text itself; the anchor sets it flush right.
    rtl ? `text-anchor="end"` : "",
  ].filter(Boolean);
  const lines = block.lines.map(
    (line, index) =>
      `<text x="${x}" y="${Math.round(block.y + index * block.lineHeight)}" ${attributes.join(" ")}>${escapeXml(line)}</text>`,
  );
  return lines.join("\n");
}

/** Headline sizes tried, largest first: font size in pixels and the most lines at that size. */
const headlineSizes = [
  { fontSize: 72, maxLines: 3 },
  { fontSize: 62, maxLines: 3 },
  { fontSize: 54, maxLines: 4 },
] as const;

/**
 * Wraps a headline at the largest of {@link headlineSizes} at which it fits whole; a headline
 * too long for the smallest is cut there with `…`.
 */
export function fitHeadline(headline: string, maxWidth: number): Wrapped & { fontSize: number } {
  let wrapped: Wrapped & { fontSize: number } = { lines: [], complete: true, fontSize: 54 };
  for (const size of headlineSizes) {
    wrapped = { ...wrapText(headline, { maxWidth, ...size, bold: true }), fontSize: size.fontSize };
    if (wrapped.complete) return wrapped;
  }
  return wrapped;
}

const margin = 80;

/**
 * The card as an SVG document of {@link shareImageSize}: an accent rule at the top, the site's
 * name in capitals, a rule, the headline in bold (72 px down to 54 px, at most 4 lines), the dek
 * in the muted colour when at least a line of it fits (at most 2 lines), and the footer.
 */
export function cardSvg(card: ShareCard): string {
  const { width, height } = shareImageSize;
  const textWidth = width - 2 * margin;
  const siteName = cleanText(card.siteName).toLocaleUpperCase();
  const headline = fitHeadline(card.headline, textWidth);
  const headlineLineHeight = Math.round(headline.fontSize * 1.12);
  const headlineTop = 168 + Math.round(headline.fontSize * 0.78);
  const headlineBottom = headlineTop + (headline.lines.length - 1) * headlineLineHeight;
  const footerY = height - 62;
  const dekSize = 30;
  const dekLineHeight = 40;
  const dekTop = headlineBottom + 34 + dekSize;
  const dekRoom = Math.floor((footerY - 56 - dekTop) / dekLineHeight) + 1;
  const dek =
    card.dek && dekRoom > 0
      ? wrapText(card.dek, {
          maxWidth: textWidth,
          fontSize: dekSize,
          maxLines: Math.min(2, dekRoom),
        })
      : undefined;
  const footer = card.footer ? cleanText(card.footer) : "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${sharePalette.paper}"/>`,
    `<rect width="${width}" height="12" fill="${sharePalette.accent}"/>`,
    textBlock({
      lines: [siteName],
      y: 104,
      fontSize: 28,
      lineHeight: 28,
      fill: sharePalette.accent,
      bold: true,
      letterSpacing: 3,
      left: margin,
      right: width - margin,
    }),
    `<rect x="${margin}" y="132" width="${textWidth}" height="2" fill="${sharePalette.rule}"/>`,
    textBlock({
      lines: headline.lines,
      y: headlineTop,
      fontSize: headline.fontSize,
      lineHeight: headlineLineHeight,
      fill: sharePalette.text,
      bold: true,
      left: margin,
      right: width - margin,
    }),
    dek
      ? textBlock({
          lines: dek.lines,
          y: dekTop,
          fontSize: dekSize,
          lineHeight: dekLineHeight,
          fill: sharePalette.muted,
          left: margin,
          right: width - margin,
        })
      : "",
    footer
      ? textBlock({
          lines: [footer],
          y: footerY,
          fontSize: 24,
          lineHeight: 24,
          fill: sharePalette.muted,
          left: margin,
          right: width - margin,
        })
      : "",
    `</svg>`,
    ``,
  ]
    .filter(Boolean)
    .join("\n");
}

/**
 * The band set over a post's map, as an SVG document of {@link shareImageSize} that is
 * transparent above the band: at the foot, opaque on the dark scheme's background (the map's
 * scale bar under it would show through), an accent rule, the
 * site's name in capitals and the headline in bold (44 px, at most 2 lines, cut with `…`).
 */
export function mapBandSvg(card: Pick<ShareCard, "siteName" | "headline">): string {
  const { width, height } = shareImageSize;
  const textWidth = width - 2 * 64;
  const siteName = cleanText(card.siteName).toLocaleUpperCase();
  const fontSize = 46;
  const lineHeight = 54;
  const headline = wrapText(card.headline, {
    maxWidth: textWidth,
    fontSize,
    maxLines: 2,
    bold: true,
  });
  // Padding, the site's name, a gap, the headline's lines, room for descenders.
  const bandHeight = 50 + 24 + 16 + headline.lines.length * lineHeight + 26;
  const top = height - bandHeight;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect y="${top}" width="${width}" height="${bandHeight}" fill="${sharePalette.band}"/>`,
    `<rect y="${top}" width="${width}" height="8" fill="${sharePalette.accent}"/>`,
    textBlock({
      lines: [siteName],
      y: top + 50,
      fontSize: 24,
      lineHeight: 24,
      fill: sharePalette.bandAccent,
      bold: true,
      letterSpacing: 3,
      left: 64,
      right: width - 64,
    }),
    textBlock({
      lines: headline.lines,
      y: top + 50 + 16 + Math.round(fontSize * 1.05),
      fontSize,
      lineHeight,
      fill: sharePalette.bandText,
      bold: true,
      left: 64,
      right: width - 64,
    }),
    `</svg>`,
    ``,
  ].join("\n");
}
