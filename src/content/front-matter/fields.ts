/**
 * Front-matter fields: which ones Dispatch and Eleventy read (at the top, and inside a
 * citation, a correction, the lead image and the location), the nearest known name of a misspelt
 * one, and the warnings for fields nobody reads.
 */
import { closest, distance } from "fastest-levenshtein";
import type { ContentProblem } from "../../errors.ts";
import { isEngineKey } from "./engine-keys.ts";
import type { FrontMatter } from "./read.ts";
import { readerPath } from "./field-path.ts";
import {
  citationSchema,
  correctionSchema,
  eleventyFields,
  leadImageSchema,
  postSchema,
  reservedFields,
} from "./schema.ts";

/** Every top-level field a post may have: Dispatch's ({@link postSchema}) and Eleventy's. */
export const knownFields: readonly string[] = [...Object.keys(postSchema.shape), ...eleventyFields];

/**
 * The fields of each mapping inside front matter, by the top-level field that holds it: a list
 * of them (each citation, each correction) or one (the lead image, the location). Read from the
 * schema, so a field added there is known here.
 */
export const nestedFields: Readonly<Record<string, { fields: readonly string[]; list: boolean }>> =
  {
    citations: { fields: Object.keys(citationSchema.shape), list: true },
    corrections: { fields: Object.keys(correctionSchema.shape), list: true },
    image: { fields: Object.keys(leadImageSchema.shape), list: false },
    location: { fields: Object.keys(postSchema.shape.location.unwrap().shape), list: false },
  };

/**
 * The name among `known` an unknown one is most likely a misspelling of, or `undefined` when
 * none is close: at most 2 edits (Levenshtein distance, case-insensitive), or a quarter of the
 * name's length for long names. `nearestName("Archived", ["url", "archived"])` → `"archived"`.
 */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const candidate = closest(
    lower,
    known.map((field) => field.toLowerCase()),
  );
  const limit = Math.max(2, Math.floor(name.length / 4));
  if (distance(lower, candidate) > limit) return undefined;
  return known.find((field) => field.toLowerCase() === candidate);
}

/**
 * The known top-level field an unknown one is most likely a misspelling of ({@link nearestName}
 * among {@link knownFields}): `nearestField("titel")` → `"title"`, `nearestField("categories")`
 * → `undefined`.
 */
export function nearestField(name: string): string | undefined {
  return nearestName(name, knownFields);
}

/** A mapping's own keys, or `[]` for anything else. */
function keysOf(value: unknown): string[] {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? Object.keys(value)
    : [];
}

/** The warning for one field nobody reads, at `path`, among the `known` names of its mapping. */
function unknownFieldWarning(
  frontMatter: FrontMatter,
  file: string,
  path: readonly PropertyKey[],
  known: readonly string[],
): ContentProblem {
  const name = String(path[path.length - 1]);
  const nearest = nearestName(name, known);
  const top = path.length === 1;
  return {
    file,
    line: frontMatter.lineOf(path),
    message: `front matter field "${readerPath(path)}" is not one Dispatch reads`,
    fix: nearest
      ? `did you mean "${nearest}"?`
      : top
        ? "Dispatch ignores it; remove it, or see the README's front-matter table for the fields there are"
        : `Dispatch ignores it; remove it: ${path[0] === "location" || path[0] === "image" ? `${String(path[0])} has` : `each ${String(path[0]).replace(/s$/, "")} has`} only ${known.join(", ")}`,
  };
}

/**
 * Warnings for the fields inside each citation, correction, the lead image and the location
 * ({@link nestedFields}) that Dispatch does not read, such as a misspelt `archive:` in a citation.
 */
function nestedFieldWarnings(
  frontMatter: FrontMatter,
  file: string,
  data: Record<string, unknown>,
): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  for (const [top, { fields, list }] of Object.entries(nestedFields)) {
    const value = data[top];
    const items = list ? (Array.isArray(value) ? value : []) : [value];
    items.forEach((item, index) => {
      const at = list ? [top, index] : [top];
      for (const key of keysOf(item)) {
        if (!fields.includes(key))
          warnings.push(unknownFieldWarning(frontMatter, file, [...at, key], fields));
      }
    });
  }
  return warnings;
}

/**
 * Warnings (not errors: the build goes on) for front-matter fields that neither Dispatch nor
 * Eleventy reads: at the top (a misspelt `titel:`), then inside each citation, correction, the
 * lead image and the location (`archive:` in citation 2, named `citations.2.archive`, counted
 * from 1 as every message counts). Names Eleventy keeps for itself ({@link reservedFields}) are
 * errors reported by {@link checkPostData}, not here.
 * @returns one problem per unknown field, on its line, with the nearest known name of its
 *   mapping as the fix when one is close ({@link nearestName}); `[]` for front matter that is not
 *   a mapping
 */
export function unknownFieldWarnings(frontMatter: FrontMatter, file: string): ContentProblem[] {
  const { data } = frontMatter;
  if (data === null || typeof data !== "object" || Array.isArray(data)) return [];
  // Eleventy's engine settings (isEngineKey) are errors (engine-keys.ts), not warnings.
  const ignored = new Set<string>([...knownFields, ...reservedFields]);
  const record = data as Record<string, unknown>;
  return [
    ...Object.keys(record)
      .filter((field) => !ignored.has(field) && !isEngineKey(field))
      .map((field) => unknownFieldWarning(frontMatter, file, [field], knownFields)),
    ...nestedFieldWarnings(frontMatter, file, record),
  ];
}
