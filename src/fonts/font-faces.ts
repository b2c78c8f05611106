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

/** Options of {@link pickFontFaces}. */
export interface PickOptions {
  /** The subsets to keep, e.g. `["latin", "latin-ext"]`. */
  subsets: readonly string[];
  /** The URL folder the WOFF2 files are served from, ending in `/`. */
  urlBase: string;
  /**
   * The family to declare the faces under, so that faces from two packages (a variable roman and
   * a static italic) make one family.
   * @default the family Fontsource names
   */
  family?: string;
}

/**
 * Picks the rules of some subsets out of one Fontsource CSS file and points them at `urlBase`.
 * A rule's subset is read from its file's name, `<family>-<subset>-<weight>-<style>.woff2`.
 * @param css a Fontsource CSS file such as `@fontsource/source-serif-4/400.css`
 * @throws Error when a subset asked for is not in the file (a misspelt subset, or a package
 *   whose files changed), naming the files it has
 */
export function pickFontFaces(css: string, { subsets, urlBase, family }: PickOptions): FontFace[] {
  const rules = css.match(/@font-face\s*\{[^}]*\}/g) ?? [];
  const faces: FontFace[] = [];
  const files: string[] = [];
  for (const rule of rules) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(rule)?.[1];
    if (!file) continue;
    files.push(file);
    const subset = subsets.find((name) =>
      new RegExp(`-${name}-(?:\\d{3}|standard|wght|opsz)-(?:normal|italic)\\.woff2$`).test(file),
    );
    if (subset === undefined) continue;
    let face = rule.replace(/src:[^;]+;/, `src: url(${urlBase}${file}) format("woff2");`);
    if (family) face = face.replace(/font-family:[^;]+;/, `font-family: "${family}";`);
    faces.push({ css: face, file, subset });
  }
  const missing = subsets.filter((subset) => !faces.some((face) => face.subset === subset));
  if (missing.length > 0) {
    throw new Error(
      `no @font-face for the subset(s) ${missing.join(", ")}; the file has ${files.join(", ") || "none"}`,
    );
  }
  return faces;
}
