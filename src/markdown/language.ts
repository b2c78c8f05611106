/**
 * markdown-it plugin: the language and direction of passages in another language.
 *
 * - A container `::: lang ar` … `:::` becomes `<div lang="ar" dir="rtl">` (markdown-it-container).
 * - An inline span `[البصرة]{lang=ar}` becomes `<span lang="ar" dir="rtl">البصرة</span>`, and
 *   `{…}` ending a heading or paragraph sets its attributes (`./attribute-lists.ts`), limited to
 *   {@link allowedAttributes}: never an event handler or `style`.
 *
 * Every `lang` must be a BCP 47 tag (`Intl.getCanonicalLocales` accepts it); it is written in its
 * canonical form (`AR-eg` → `ar-EG`). When the author gave no `dir`, `dir="rtl"` is added for a
 * language written right to left ({@link isRightToLeft}). A bad tag or `dir` value stops the build
 * with the file, the line and the fix ({@link ContentError}).
 */
import type { MarkdownIt, StateCore, Token } from "markdown-it";

import container from "markdown-it-container";
import { attributeListsPlugin } from "./attribute-lists.ts";
import { ContentError, type ContentProblem } from "../errors.ts";
import { inputFile, type EleventyEnv } from "./env.ts";
import { fileLineOfBlock } from "./geojson-fence.ts";

import { canonicalLanguageTag, isRightToLeft } from "../i18n/direction.ts";

export { allowedAttributes } from "./attribute-lists.ts";
export { canonicalLanguageTag, isRightToLeft, rightToLeftScripts } from "../i18n/direction.ts";

/** Values `dir` may take (HTML's `dir` attribute). */
export const directions = ["ltr", "rtl", "auto"] as const;

/** The `lang` a `::: lang ar` container's opening line names, or undefined for another line. */
export function containerLanguage(info: string): string | undefined {
  return /^lang\s+(\S+)\s*$/.exec(info.trim())?.[1];
}

/**
 * Checks the `lang` and `dir` of one token and adds `dir="rtl"` where it is due. Returns the
 * problem to report, if any.
 */
export function applyDirection(token: Token): Omit<ContentProblem, "file" | "line"> | undefined {
  const rawDir = token.attrGet("dir");
  const dir = rawDir === null ? null : String(rawDir);
  if (dir !== null && !(directions as readonly string[]).includes(dir)) {
    return {
      message: `dir="${dir}" is not a text direction`,
      fix: `write dir=rtl, dir=ltr or dir=auto, or leave dir out: it is added for right-to-left languages`,
    };
  }
  const rawLang = token.attrGet("lang");
  if (rawLang === null) return undefined;
  const lang = String(rawLang);
  const canonical = canonicalLanguageTag(lang);
  if (!canonical) {
    return {
      message: `lang="${lang}" is not a BCP 47 language tag`,
      fix: "write a tag such as ar (Arabic), fa (Persian), ku-Arab (Kurdish in Arabic script) or en-GB",
    };
  }
  token.attrSet("lang", canonical);
  if (dir === null && isRightToLeft(canonical)) token.attrSet("dir", "rtl");
  return undefined;
}

/**
 * Checks an `id` an author gave with `{#id}` or `{id=…}`: it must begin with a letter and hold
 * only letters, digits, `-` and `_` (html-validate's valid-id, which `npm run verify` applies;
 * `#` links to it need no escaping). Returns the problem to report, if any.
 */
export function checkAuthorId(token: Token): Omit<ContentProblem, "file" | "line"> | undefined {
  const raw = token.attrGet("id");
  if (raw === null) return undefined;
  const id = String(raw);
  if (/^\p{L}[\p{L}\p{N}_-]*$/u.test(id)) return undefined;
  const cleaned = id.replace(/[^\p{L}\p{N}_-]+/gu, "-").replace(/^-+|-+$/gu, "");
  const suggestion = cleaned === "" || /^\p{L}/u.test(cleaned) ? cleaned : `id-${cleaned}`;
  return {
    message: `id="${id}" is not an id links can rely on`,
    fix: `begin it with a letter and use only letters, digits, - and _${suggestion ? `, e.g. {#${suggestion}}` : ""}`,
  };
}

/** Core rule: `lang` and `dir` of every token, checked; reports every problem at once. */
function languageRule(state: StateCore): void {
  const env = (state.env ?? {}) as EleventyEnv;
  const problems: ContentProblem[] = [];
  let blockLine = 0;
  const visit = (token: Token) => {
    for (const problem of [checkAuthorId(token), applyDirection(token)]) {
      if (problem) {
        problems.push({ file: inputFile(env), line: fileLineOfBlock(env, blockLine), ...problem });
      }
    }
  };
  for (const token of state.tokens) {
    if (token.map) blockLine = token.map[0];
    if (token.type === "container_lang_open") {
      const lang = containerLanguage(token.info) ?? "";
      token.attrSet("lang", lang);
    }
    visit(token);
    for (const child of token.children ?? []) visit(child);
  }
  if (problems.length > 0) throw new ContentError(problems);
}

/** Registers the `::: lang` container, `{…}` attribute lists and spans, and the direction rule. */
export function languagePlugin(md: MarkdownIt): void {
  md.use(container, "lang", {
    validate: (params: string) => /^lang(\s|$)/.test(params.trim()),
    render: (tokens: Token[], index: number, options: unknown, _env: unknown, self: never) =>
      (self as MarkdownIt["renderer"]).renderToken(tokens, index, options as MarkdownIt["options"]),
  });
  md.use(attributeListsPlugin);
  md.core.ruler.push("dispatch_language", languageRule);
}
