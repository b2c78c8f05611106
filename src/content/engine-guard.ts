/**
 * Keeps posts from steering Eleventy, at the engine itself (the check before the build reports
 * each case with its fix first): posts' front matter reaches Eleventy through engines that hand
 * on only the documented fields, JavaScript front matter is never run, no data file is read, and
 * templates in `posts/` other than a post's `index.md` are never rendered.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { postSchema } from "./front-matter/schema.ts";
import { readFrontMatterYaml } from "./front-matter/yaml.ts";
import {
  engineFields,
  postEngineData,
  projectLayouts,
  refuseCodeFrontMatter,
} from "./front-matter/engine-keys.ts";
import { postTemplatesGlob } from "./engine-files.ts";
import { isPostSource } from "./permalinks/permalink.ts";
import { permalinkProblem } from "./permalinks/permalink-rules.ts";
import { postsDir } from "./files/post-files.ts";
import { storedPost } from "./store.ts";

/** Options Eleventy passes a front-matter engine: `filePath` is `./posts/basra/index.md`. */
interface EngineOptions {
  filePath?: string;
}

/** Front matter text as a key: `\n` line ends, no leading or trailing blank line. */
function frontMatterText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/^[ \t]*\n/, "")
    .replace(/\n+$/, "");
}

/**
 * The data of a post's front matter as the post store read it, when Eleventy hands its engine
 * the same text in the same format: a copy, since Eleventy's data cascade may change what it is
 * given. `undefined` for a file the store does not hold, or whose text differs (saved since).
 * @param text the front matter as Eleventy passes it
 * @param options `filePath` names the file, `./posts/basra/index.md`
 */
export function storedFrontMatter(
  text: string,
  format: "yaml" | "json",
  options?: EngineOptions,
): { data: unknown } | undefined {
  if (options?.filePath === undefined) return undefined;
  const frontMatter = storedPost(options.filePath)?.frontMatter;
  if (!frontMatter || frontMatter.format !== format || frontMatter.problems.length > 0) {
    return undefined;
  }
  if (frontMatterText(frontMatter.text) !== frontMatterText(text)) return undefined;
  return { data: structuredClone(frontMatter.data) };
}

/** True when Eleventy's `filePath` is in `posts/`: `./posts/basra/index.md`. */
function isInPosts(filePath: string | undefined): boolean {
  return filePath !== undefined && filePath.replace(/^\.\//, "").startsWith(`${postsDir}/`);
}

/**
 * Registers Dispatch's front-matter engines and turns off what posts must not reach:
 * - `---` (YAML, {@link readFrontMatterYaml}) and `---json`: a post's data is the post store's
 *   reading when the text is the same ({@link storedFrontMatter}), else parsed; it is cut down to its
 *   documented fields, with `layout` one of the project's layouts ({@link postEngineData});
 * - `---js`, `---javascript` in `posts/`: refused, never run ({@link refuseCodeFrontMatter});
 *   the site's own pages keep Eleventy's JavaScript front matter;
 * - data files (`*.11tydata.*`, `folder/folder.json`): none is read, anywhere;
 * - templates in `posts/` ({@link postTemplatesGlob}): ignored; any other file there that is not
 *   a folder's `index.md` (`notes.MD`) is skipped ({@link isStrayPostFile}).
 */
export function guardEngine(eleventyConfig: UserConfig): void {
  const fields = engineFields(Object.keys(postSchema.shape));
  const permalinkOk = (value: unknown) => permalinkProblem(value) === undefined;
  const forEngine = (data: unknown, options?: EngineOptions) =>
    postEngineData(data, options?.filePath, fields, projectLayouts(), permalinkOk);
  // The site's own pages (pages/*.njk) use JavaScript front matter: only files in posts/ are refused.
  type Engine = (text: string, options?: EngineOptions) => unknown;
  // Eleventy's own engines, taken before they are replaced (the options are merged in place).
  const engines = {
    ...(
      eleventyConfig as unknown as {
        frontMatterParsingOptions: { engines: Record<string, unknown> };
      }
    ).frontMatterParsingOptions.engines,
  };
  const codeEngine =
    (name: string): Engine =>
    (text, options) => {
      if (isInPosts(options?.filePath)) refuseCodeFrontMatter(text, options);
      const original = engines[name] as Engine | { parse: Engine } | undefined;
      if (typeof original === "function") return original(text, options);
      if (original) return original.parse(text, options);
      throw new Error(`no front-matter engine "${name}"`);
    };
  eleventyConfig.setFrontMatterParsingOptions({
    engines: {
      yaml: (text: string, options?: EngineOptions) =>
        forEngine(
          (storedFrontMatter(text, "yaml", options) ?? { data: readFrontMatterYaml(text, options) })
            .data,
          options,
        ),
      json: (text: string, options?: EngineOptions) =>
        forEngine(
          (storedFrontMatter(text, "json", options) ?? { data: JSON.parse(text) as unknown }).data,
          options,
        ),
      javascript: codeEngine("javascript"),
      jsLegacy: codeEngine("jsLegacy"),
    },
  });
  // https://www.11ty.dev/docs/config/#change-file-suffix-for-data-files: [] reads none.
  eleventyConfig.setDataFileSuffixes([]);
  eleventyConfig.ignores.add(postTemplatesGlob);
  // Eleventy renders `posts/x/notes.MD` too, and its ignores cannot tell case apart: skip any file
  // in posts/ that is not a folder's `index.md` (the check before the build refuses it).
  eleventyConfig.addPreprocessor("dispatch-posts-index-only", "*", (data: unknown) =>
    isStrayPostFile((data as { page?: { inputPath?: string } }).page?.inputPath)
      ? false
      : undefined,
  );
}

/**
 * True when Eleventy's `inputPath` is a file in `posts/` other than a post folder's `index.md`
 * (`./posts/a/notes.MD`, `./posts/loose.md`), which the build must never render.
 */
export function isStrayPostFile(inputPath: string | undefined): boolean {
  return isInPosts(inputPath) && !isPostSource(inputPath as string);
}
