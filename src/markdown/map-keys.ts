/**
 * Each map of a page gets its key as it renders (`src/maps/map-key.ts`): its `id`, else its
 * ordinal among the page's maps, counted in markdown-it's token stream, where every
 * ` ```geojson ` fence and `{% map %}` tag is a block token in the order of the text. A full
 * build, a body read back from the build cache (its HTML was made by the same render) and the dev
 * server's instant preview (the same pipeline) therefore give a map the same names. The key is
 * kept on the token (`meta.mapKey`), so each later map of the render sees those before it.
 */
import type { Token } from "markdown-it";
import { MapDataError } from "../errors.ts";
import {
  mapFigureId,
  mapIdPattern,
  mapKey,
  mapKeyConflict,
  type KeyedMap,
} from "../maps/map-key.ts";
import { inputFile, type EleventyEnv } from "./env.ts";

/** True when a fence's info string names GeoJSON (` ```geojson `, in any case, with anything after). */
export function isGeojsonFence(info: string): boolean {
  return info.trim().split(/\s+/)[0]?.toLowerCase() === "geojson";
}

/** True for a token that is a map: a ` ```geojson ` fence or a `{% map %}` tag (`dispatch_map`). */
export function isMapToken(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    ((token.type === "fence" && isGeojsonFence(token.info)) || token.type === "dispatch_map")
  );
}

/** The key a rendered map token keeps in its `meta`. */
type KeyedMeta = { mapKey?: KeyedMap };

/**
 * Gives the map token `tokens[index]` its key: `id`, else its 1-based ordinal among the map
 * tokens of `tokens`; and keeps it on the token for the maps after it.
 * @param line the 1-based file line of the block or tag, for messages
 * @throws MapDataError when a map before it in the page has the same key, or one that begins
 *   alike (`eight` and `eight-days`), naming both lines
 */
export function keyMapToken(
  tokens: readonly Token[],
  index: number,
  id: string | undefined,
  line: number,
  env: EleventyEnv,
): string {
  const before = tokens.slice(0, index).filter(isMapToken);
  const key = mapKey(id, before.length + 1);
  const keyed = before.flatMap((token) => {
    const kept = (token.meta as KeyedMeta | null)?.mapKey;
    return kept ? [kept] : [];
  });
  const conflict = mapKeyConflict(key, keyed);
  if (conflict) throw new MapDataError([{ file: inputFile(env), line, ...conflict }]);
  const token = tokens[index] as Token;
  token.meta = { ...((token.meta as object | null) ?? {}), mapKey: { key, line } };
  return key;
}

/**
 * The figure ids (`map-<page slug>-<key>`) the maps of a parsed page will have, in order, read
 * before anything renders: a tag's `id` attribute, a block's `"id"` member when the block is a
 * FeatureCollection, each used only when valid (an invalid one stops the render anyway), else the
 * ordinal. Headings take ids before maps render; these are kept from them.
 */
export function mapFigureIdsOf(tokens: readonly Token[], env: EleventyEnv): string[] {
  const slug = env.page?.fileSlug ?? "post";
  return tokens.filter(isMapToken).map((token, index) => {
    const id = token.type === "dispatch_map" ? tagId(token) : blockId(token.content);
    return mapFigureId(
      slug,
      mapKey(id !== undefined && mapIdPattern.test(id) ? id : undefined, index + 1),
    );
  });
}

/** A map tag's `id` attribute, as written. */
function tagId(token: Token): string | undefined {
  const attributes = (token.meta as { attributes?: Record<string, string> } | null)?.attributes;
  return attributes?.id;
}

/** A ` ```geojson ` block's `"id"` member when the block is a FeatureCollection. */
function blockId(content: string): string | undefined {
  // Most blocks have no "id" outside their features: parse only when one could be there.
  if (!content.includes('"id"')) return undefined;
  try {
    const value = JSON.parse(content) as { type?: unknown; id?: unknown } | null;
    return value?.type === "FeatureCollection" && typeof value.id === "string"
      ? value.id
      : undefined;
  } catch {
    return undefined;
  }
}
