/**
 * The site's `@font-face` rules, taken from Fontsource's CSS files (one file per weight and
 * style, one rule per script subset, each with its `unicode-range`) and cut down to the subsets
 * the site uses, with WOFF2 only (every browser that runs the site's CSS reads it) served from
 * the site's own folder. See https://fontsource.org/docs/getting-started/install.
 */

/** One `@font-face` rule kept: the CSS to write and the WOFF2 file it loads. */
export interface FontFace {
  /** The rule, with its `src` pointing at `<urlBase><file>`. */
  css: string;
  /** The WOFF2 file's name in Fontsource's `files/` folder: `source-serif-4-latin-400-normal.woff2`. */
  file: string;
  /** The subset the rule covers: `latin`, `latin-ext`, `arabic`. */
  subset: string;
}

/**
 * Picks the rules of `subsets` out of one Fontsource CSS file and points them at `urlBase`.
 * Fontsource writes each rule after a comment naming it, `/* <family>-<subset>-<weight>-<style> *\/`;
 * the subset is read from the file name in its `src`.
 * @param css a Fontsource CSS file such as `@fontsource/source-serif-4/400.css`
 * @param subsets the subsets to keep, e.g. `["latin", "latin-ext"]`
 * @param urlBase the URL folder the WOFF2 files are served from, ending in `/`
 * @throws Error when a subset asked for is not in the file (a misspelt subset, or a package
 *   whose files changed), naming the subsets the file has
 */
export function pickFontFaces(
  css: string,
  subsets: readonly string[],
  urlBase: string,
): FontFace[] {
  const rules = css.match(/@font-face\s*\{[^}]*\}/g) ?? [];
  const faces: FontFace[] = [];
  const found: string[] = [];
  for (const rule of rules) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(rule)?.[1];
    const weightAndStyle = /-(\d{3}|standard|wght)-(normal|italic)\.woff2$/;
    if (!file || !weightAndStyle.test(file)) continue;
    const family = /font-family:\s*'([^']+)'/.exec(rule)?.[1] ?? "";
    const prefix = family.toLowerCase().replace(/\s+/g, "-") + "-";
    const subset = file.slice(prefix.length).replace(weightAndStyle, "");
    found.push(subset);
    if (!subsets.includes(subset)) continue;
    const src = `src: url(${urlBase}${file}) format("woff2");`;
    faces.push({ css: rule.replace(/src:[^;]+;/, src), file, subset });
  }
  const missing = subsets.filter((subset) => !found.includes(subset));
  if (missing.length > 0) {
    throw new Error(
      `no @font-face for the subset(s) ${missing.join(", ")}; the file has ${found.join(", ") || "none"}`,
    );
  }
  return faces;
}
