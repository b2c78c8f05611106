/**
 * Translations across posts: posts sharing a `translationKey` are versions of one text in
 * different languages (a post without `lang` is in the site's language). Two versions in one
 * language would give search engines two pages for one `hreflang` and readers two "Also in" links
 * to the same language, so the build refuses them; a key on one post alone links to nothing, which
 * is a warning (its translation may be still to come).
 */
import type { ContentProblem } from "../errors.ts";
import { canonicalLanguageTag } from "../i18n/direction.ts";
import type { Post } from "./post.ts";

/** What the translation check reads of one post. */
export interface TranslatedPost {
  /** Project-relative source, `posts/basra/index.md`. */
  file: string;
  /** Its `translationKey`. */
  key: string;
  /** Line of `translationKey:`. */
  keyLine: number;
  /** Its canonical language: its `lang`, else the site's. */
  lang: string;
  /** Line of `lang:`, `undefined` when the post has none. */
  langLine: number | undefined;
}

/**
 * The {@link TranslatedPost} of each post that has a `translationKey` and no problem of its own.
 * @param siteLanguage the site's BCP 47 tag, the language of a post without `lang`
 */
export function translatedPosts(posts: readonly Post[], siteLanguage: string): TranslatedPost[] {
  const site = canonicalLanguageTag(siteLanguage) ?? siteLanguage;
  return posts.flatMap((post) => {
    if (post.problems.length > 0) return [];
    const data = post.frontMatter.data as { translationKey?: unknown; lang?: unknown };
    if (typeof data.translationKey !== "string") return [];
    const lang = typeof data.lang === "string" ? canonicalLanguageTag(data.lang) : undefined;
    return [
      {
        file: post.file,
        key: data.translationKey.trim(),
        keyLine: post.frontMatter.lineOf(["translationKey"]),
        lang: lang ?? site,
        langLine: lang === undefined ? undefined : post.frontMatter.lineOf(["lang"]),
      },
    ];
  });
}

/**
 * Checks the translations of a project's posts.
 * @param posts ordered by file; the first post of a key in a language is the one kept
 * @returns `problems`: each post after the first of its key in one language, naming both files,
 *   on its `lang:` line (else its `translationKey:` line); `warnings`: each key only one post has
 */
export function translationProblems(posts: readonly TranslatedPost[]): {
  problems: ContentProblem[];
  warnings: ContentProblem[];
} {
  const byKey = new Map<string, TranslatedPost[]>();
  for (const post of posts) byKey.set(post.key, [...(byKey.get(post.key) ?? []), post]);
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  for (const [key, versions] of byKey) {
    if (versions.length === 1) {
      const [alone] = versions as [TranslatedPost];
      warnings.push({
        file: alone.file,
        line: alone.keyLine,
        message: `no other post has the translationKey "${key}", so this post links to no translation`,
        fix: `give the translation the same line translationKey: ${JSON.stringify(key)} and its own lang:, or remove this line`,
      });
      continue;
    }
    const firstOf = new Map<string, TranslatedPost>();
    for (const version of versions) {
      const first = firstOf.get(version.lang);
      if (!first) {
        firstOf.set(version.lang, version);
        continue;
      }
      problems.push({
        file: version.file,
        line: version.langLine ?? version.keyLine,
        message: `this post and ${first.file} share the translationKey "${key}" and are both in the language ${version.lang}${version.langLine === undefined ? " (the site's language: the post has no lang:)" : ""}; a text has one version per language`,
        fix: `set lang: to the language this post is written in (e.g. lang: ar), or give it another translationKey if it is not a translation of ${first.file}`,
      });
    }
  }
  return { problems, warnings };
}
