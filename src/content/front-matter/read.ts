/**
 * A post's front matter found and read: the block between the `---` fences (`---json` for
 * JSON), the lines before the body, and the data with the line of every value, so each problem
 * names the line an author must fix.
 */
import type { ContentProblem } from "../../errors.ts";
import { nestingProblem } from "./limits.ts";
import { frontMatterLanguageProblem } from "./engine-keys.ts";
import { readJson } from "./json.ts";
import { readYaml } from "./yaml.ts";

/** Front matter read from a file, with the line of every value. */
export interface FrontMatter {
  /** The front matter as a plain object (`{}` when there is none). */
  data: unknown;
  /** Syntax problems: bad YAML, a missing closing `---`. */
  problems: ContentProblem[];
  /** 1-based file line of the value at `path` (or of its nearest parent that exists). */
  lineOf(path: readonly PropertyKey[]): number;
  /**
   * The value at `path` exactly as the author wrote it (`1.50`, `007`, `0x1F`), or `undefined`
   * when there is no such value. Fixes quote this text, not what YAML made of it (`1.5`, `7`, `31`).
   */
  sourceOf(path: readonly PropertyKey[]): string | undefined;
  /** Number of lines before the body: both fences and what is between them; 0 without front matter. */
  bodyOffset: number;
  /** The text between the fences, lines joined with `\n` (`""` without front matter). */
  text: string;
  /** How the front matter is written: `---` (YAML), `---json`, or `none`. */
  format: "yaml" | "json" | "none";
}

const openingFence = /^---([a-z]*)\s*$/;
const closingFence = /^---\s*$/;

/**
 * Reads the front matter of a post's source exactly as the author wrote it (before Eleventy's
 * data cascade turns a `tags` string into a list, for example). A UTF-8 byte-order mark is
 * ignored; `---json` front matter is read as JSON.
 * @param source the file's text
 * @param file its path relative to the project root, for messages
 */
export function readFrontMatter(source: string, file: string): FrontMatter {
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  const opening = openingFence.exec(lines[0] ?? "");
  const none: FrontMatter = {
    data: {},
    problems: [],
    lineOf: () => 1,
    sourceOf: () => undefined,
    bodyOffset: 0,
    text: "",
    format: "none",
  };
  if (!opening && /\r(?!\n)/.test(lines[0] ?? "")) {
    return {
      ...none,
      problems: [
        {
          file,
          line: 1,
          message:
            "the file's lines end in a carriage return alone (CR, the line ending of classic Mac OS), so its front matter cannot be read",
          fix: "save the file with LF (Unix) line endings; most editors offer it in their line-ending setting",
        },
      ],
    };
  }
  const language = frontMatterLanguageProblem(lines[0] ?? "", file);
  if (language) return { ...none, problems: [language] };
  if (!opening) return none;
  const close = lines.findIndex((line, index) => index > 0 && closingFence.test(line));
  if (close === -1) {
    return {
      ...none,
      problems: [
        {
          file,
          line: 1,
          message: "the front matter that starts on line 1 is never closed",
          fix: "end it with a line holding only ---",
        },
      ],
    };
  }
  const text = lines.slice(1, close).join("\n");
  const bodyOffset = close + 1;
  const tooDeep = nestingProblem(text, file, 2, opening[1] === "json" ? "json" : "yaml");
  if (tooDeep) return { ...none, problems: [tooDeep] };
  if (opening[1] === "json")
    return { ...readJson(text, file, 2), bodyOffset, text, format: "json" };
  return { ...readYaml(text, file, 2), bodyOffset, text, format: "yaml" };
}
