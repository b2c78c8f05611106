/**
 * Top-level front-matter fields: which ones Dispatch and Eleventy read, the nearest known name
 * of a misspelt one, and the warnings for fields nobody reads.
 */
import { closest, distance } from "fastest-levenshtein";
import type { ContentProblem } from "../../errors.ts";
import { isEngineKey } from "./engine-keys.ts";
import type { FrontMatter } from "./read.ts";
import { eleventyFields, postSchema, reservedFields } from "./schema.ts";

/** Every top-level field a post may have: Dispatch's ({@link postSchema}) and Eleventy's. */
export const knownFields: readonly string[] = [...Object.keys(postSchema.shape), ...eleventyFields];

/**
 * The known field an unknown one is most likely a misspelling of, or `undefined` when none is
 * close: at most 2 edits (Levenshtein distance, case-insensitive), or a quarter of the name's
 * length for long names. `nearestField("titel")` → `"title"`, `nearestField("categories")` →
 * `undefined`.
 */
export function nearestField(name: string): string | undefined {
  const lower = name.toLowerCase();
  const candidate = closest(
    lower,
    knownFields.map((field) => field.toLowerCase()),
  );
  const limit = Math.max(2, Math.floor(name.length / 4));
  if (distance(lower, candidate) > limit) return undefined;
  return knownFields.find((field) => field.toLowerCase() === candidate);
}

/**
 * Warnings (not errors: the build goes on) for top-level front-matter fields that neither
 * Dispatch nor Eleventy reads, such as a misspelt `titel:`. Names Eleventy keeps for itself
 * ({@link reservedFields}) are errors reported by {@link checkPostData}, not here.
 * @returns one problem per unknown field, on its line, with the nearest known name as the fix
 *   when one is close ({@link nearestField}); `[]` for front matter that is not a mapping
 */
export function unknownFieldWarnings(frontMatter: FrontMatter, file: string): ContentProblem[] {
  const { data } = frontMatter;
  if (data === null || typeof data !== "object" || Array.isArray(data)) return [];
  // Eleventy's engine settings (isEngineKey) are errors (engine-keys.ts), not warnings.
  const ignored = new Set<string>([...knownFields, ...reservedFields]);
  return Object.keys(data)
    .filter((field) => !ignored.has(field) && !isEngineKey(field))
    .map((field) => {
      const nearest = nearestField(field);
      return {
        file,
        line: frontMatter.lineOf([field]),
        message: `front matter field "${field}" is not one Dispatch reads`,
        fix: nearest
          ? `Fix: did you mean "${nearest}"?`
          : "Dispatch ignores it; remove it, or see the README's front-matter table for the fields there are",
      };
    });
}
