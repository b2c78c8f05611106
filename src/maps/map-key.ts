/**
 * A map's key in its post: the part of every public name of the map that stays the same when
 * the text around it is edited. It is the map option `id` (`"id": "eight-days"` in a
 * ` ```geojson ` block, a foreign member of the FeatureCollection, RFC 7946 §6.1; `id="eight-days"`
 * in a `{% map %}` tag), else the map's ordinal among the maps of its post (`1` for the first
 * block or tag, `2` for the second…). The figure id (`map-<post slug>-<key>`, the base of step
 * anchors), the files beside the page (`map-<key>.svg`, `map-<key>.geojson`…) and the embed page
 * (`map-<key>/`) are made from it (`render-map.ts`).
 */
import type { MapProblem } from "./map-problem.ts";

/**
 * What a map `id` may be: 1 to 40 lower-case ASCII letters, digits and hyphens, beginning with a
 * letter (so that no id is another map's ordinal) and ending with a letter or digit.
 */
export const mapIdPattern = /^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

/** The longest map `id`, in characters. */
export const mapIdMaxLength = 40;

/** A value shown in a message, cut to 60 characters: a huge bad value is not echoed whole. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A readable id suggested for a bad one: `"Eight Days"` → `eight-days`; `map` when none. */
export function suggestedMapId(value: unknown): string {
  const words = String(value)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[^a-z]+/, "")
    .slice(0, mapIdMaxLength)
    .replace(/-+$/, "");
  return words === "" ? "map" : words;
}

/**
 * Reads the map option `id`.
 * @returns the id, or a problem at `["id"]` saying what an id may be, with a suggested id
 */
export function readMapId(value: unknown): { id?: string; problem?: MapProblem } {
  if (typeof value === "string" && mapIdPattern.test(value)) return { id: value };
  return {
    problem: {
      path: ["id"],
      message: `map option "id" must be 1 to ${mapIdMaxLength} lower-case letters, digits and hyphens, beginning with a letter and ending with a letter or digit, found ${shown(value)}`,
      fix: `write e.g. "id": "${suggestedMapId(value)}"`,
    },
  };
}

/** A map's key: its `id`, else its 1-based ordinal among the maps of its post, as text. */
export function mapKey(id: string | undefined, ordinal: number): string {
  return id ?? String(ordinal);
}

/** The base of a map's file names beside its page: `map-<key>` (`map-2`, `map-eight-days`). */
export function mapName(key: string): string {
  return `map-${key}`;
}

/**
 * A map's figure id, the base of its step anchors: `map-<post slug>-<key>`; characters of the
 * slug that are not letters, digits, `_` or `-` become `-`.
 */
export function mapFigureId(pageSlug: string, key: string): string {
  return `map-${pageSlug.replace(/[^\p{L}\p{N}_-]+/gu, "-")}-${key}`;
}

/** A map already given its key in the page: its key and the 1-based line of its block or tag. */
export interface KeyedMap {
  key: string;
  line: number;
}

/**
 * Why a map cannot take `key`, given the maps before it in the same post, or undefined when it
 * can. Two maps may not share a key; nor may one key be another followed by `-` and more
 * (`eight` and `eight-days`), since the names made from them could meet (`map-eight-days.svg`
 * is both that map's static map and a panel of `eight` with a step `days`).
 * @returns the message and fix, naming the other map's line
 */
export function mapKeyConflict(
  key: string,
  before: readonly KeyedMap[],
): { message: string; fix: string } | undefined {
  const other = before.find(
    (map) => map.key === key || key.startsWith(`${map.key}-`) || map.key.startsWith(`${key}-`),
  );
  if (!other) return undefined;
  if (other.key === key)
    return {
      message: `map id "${key}" is already the id of the map at line ${other.line}`,
      fix: "give each map of a post its own id",
    };
  return {
    message: `map id "${key}" and the id "${other.key}" of the map at line ${other.line} begin alike: their file names could be the same`,
    fix: `choose an id that does not begin with "${other.key}-" (or that "${other.key}" is not the beginning of)`,
  };
}
