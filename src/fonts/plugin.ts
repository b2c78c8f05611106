/**
 * Fonts: the site's own typeface, self-hosted from Fontsource packages. Copies the WOFF2 files
 * the chosen weights and subsets need to `/assets/fonts/`, and gives templates the global data
 * `fonts`: `css`, their `@font-face` rules (with `font-display: swap`, as Fontsource sets them),
 * which `pages/site.css.njk` puts at the head of `/assets/css/site.css`, and `preload`, the one file
 * worth preloading (the body text's roman).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { TypefaceSettings } from "../site.ts";
import { pickFontFaces } from "./font-faces.ts";

const require = createRequire(import.meta.url);

/** Where the font files are served, relative to the site's root. */
export const fontsFolder = "assets/fonts/";

/**
 * Reads the `@font-face` rules of `typeface` from its Fontsource packages.
 * @returns the stylesheet's text (URLs relative to `/assets/css/`) and the files it loads, each
 *   as its path in `node_modules` and its name in `/assets/fonts/`
 * @throws Error naming `src/site.ts` when a package, style or subset is not installed
 */
export function readTypeface(typeface: TypefaceSettings): {
  css: string;
  files: { from: string; name: string }[];
} {
  const rules: string[] = [];
  const files: { from: string; name: string }[] = [];
  for (const face of typeface.faces) {
    if (face.styles.length === 0 || face.subsets.length === 0) {
      throw new Error(
        `src/site.ts: typeface ${face.package} names no ${face.styles.length === 0 ? "styles" : "subsets"}; name at least one, or remove the face`,
      );
    }
    for (const style of face.styles) {
      const cssPath = resolveInPackage(face.package, `${style}.css`);
      let picked;
      try {
        picked = pickFontFaces(readFileSync(cssPath, "utf8"), {
          subsets: face.subsets,
          urlBase: "../fonts/",
          ...(face.family ? { family: face.family } : {}),
        });
      } catch (error) {
        throw new Error(
          `src/site.ts: typeface ${face.package} ${style}: ${(error as Error).message}`,
          {
            cause: error,
          },
        );
      }
      for (const { css, file } of picked) {
        rules.push(css);
        files.push({ from: path.join(path.dirname(cssPath), "files", file), name: file });
      }
    }
  }
  return {
    css: `/* The site's typeface (Fontsource; SIL Open Font License). */\n${rules.join("\n")}\n`,
    files,
  };
}

function resolveInPackage(packageName: string, file: string): string {
  let index: string;
  try {
    index = require.resolve(`${packageName}/index.css`);
  } catch (error) {
    throw new Error(
      `src/site.ts: typeface: the package ${packageName} is not installed; install it (npm i -E ${packageName}) or name a Fontsource package that is`,
      { cause: error },
    );
  }
  const wanted = path.join(path.dirname(index), file);
  if (!existsSync(wanted)) {
    const styles = readdirSync(path.dirname(index))
      .filter((name) => /^(?:\d{3}|wght|opsz|standard)(?:-italic)?\.css$/.test(name))
      .map((name) => JSON.stringify(name.slice(0, -4)));
    throw new Error(
      `src/site.ts: typeface: ${packageName} has no style ${JSON.stringify(file.slice(0, -4))}; name one of ${styles.join(", ")}`,
    );
  }
  return wanted;
}

/**
 * The path of a file in `node_modules` as seen from the project (`node_modules/@fontsource/…`),
 * even when `node_modules` is a link to another folder: Eleventy's watcher misreads every path
 * once it is given one outside the project.
 */
function projectPath(file: string): string {
  const inPackages = file.lastIndexOf(`${path.sep}node_modules${path.sep}`);
  const local = inPackages === -1 ? file : path.join("node_modules", file.slice(inPackages + 14));
  return local.split(path.sep).join("/");
}

/**
 * Registers the font files and the global data `fonts`.
 * @throws Error naming `src/site.ts` when a face is not installed or `preload` names no file
 */
export default function fontsPlugin(eleventyConfig: UserConfig, typeface: TypefaceSettings): void {
  const { css, files } = readTypeface(typeface);
  if (!files.some((file) => file.name === typeface.preload)) {
    throw new Error(
      `src/site.ts: typeface.preload names ${typeface.preload}, which no face loads; name one of ${files.map((file) => file.name).join(", ")}`,
    );
  }
  for (const file of files) {
    eleventyConfig.addPassthroughCopy({ [projectPath(file.from)]: `${fontsFolder}${file.name}` });
  }
  // `pages/site.css.njk` writes `css` at the head of /assets/css/site.css.
  eleventyConfig.addGlobalData("fonts", { preload: `/${fontsFolder}${typeface.preload}`, css });
}
