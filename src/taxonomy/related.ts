/**
 * Related posts: the posts that share most with a post, scored by what they have in common.
 *
 * - 2 for each tag both carry (tags folded with `foldKey`, each counted once);
 * - 3 when both are parts of the same series (folded name);
 * - 2 when both are set in the same place: the same `location.name` (folded), or locations
 *   within 50 km of each other (great-circle distance, haversine).
 *
 * Higher scores first; equal scores newest first, then by input path (the order of
 * `collections.posts`). The post itself and posts scoring 0 are never listed.
 */
import { newestFirst } from "../content/collections.ts";
import { foldKey } from "../content/slug.ts";
import type { TaxonomyPost } from "./post.ts";

/** Mean radius of the Earth in kilometres (IUGG), for great-circle distances. */
export const earthRadiusKm = 6371.0088;

/** Two places within this many kilometres count as the same place. */
export const nearbyKm = 50;

/** Points per tag two posts share. */
export const sharedTagScore = 2;
/** Points when two posts are parts of one series. */
export const sameSeriesScore = 3;
/** Points when two posts are set in the same place. */
export const samePlaceScore = 2;

/**
 * Great-circle distance in kilometres between two positions `[longitude, latitude]` in degrees
 * (GeoJSON order, RFC 7946), by the haversine formula on a sphere of {@link earthRadiusKm}.
 */
export function haversineKm(a: readonly number[], b: readonly number[]): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const [lon1 = 0, lat1 = 0] = a;
  const [lon2 = 0, lat2 = 0] = b;
  const dLat = radians(lat2 - lat1);
  const dLon = radians(lon2 - lon1);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

function samePlace(a: TaxonomyPost, b: TaxonomyPost): boolean {
  const here = a.data.location;
  const there = b.data.location;
  if (!here || !there) return false;
  if (foldKey(here.name) === foldKey(there.name)) return true;
  return haversineKm(here.coordinates, there.coordinates) <= nearbyKm;
}

/** How related `other` is to `post`: 0 when they share nothing. */
export function relatedScore(post: TaxonomyPost, other: TaxonomyPost): number {
  const tags = new Set((post.data.tags ?? []).map(foldKey));
  const shared = new Set((other.data.tags ?? []).map(foldKey).filter((tag) => tags.has(tag)));
  let score = shared.size * sharedTagScore;
  if (
    post.data.series !== undefined &&
    other.data.series !== undefined &&
    foldKey(post.data.series) === foldKey(other.data.series)
  ) {
    score += sameSeriesScore;
  }
  if (samePlace(post, other)) score += samePlaceScore;
  return score;
}

/**
 * Returns up to `limit` posts of `posts` most related to `post`, best first (see the module
 * documentation for the score and the tie order). `post` is recognised by its input path.
 */
export function relatedPosts<T extends TaxonomyPost>(
  post: TaxonomyPost,
  posts: readonly T[],
  limit: number,
): T[] {
  return posts
    .filter((other) => other.inputPath !== post.inputPath)
    .map((other) => ({ other, score: relatedScore(post, other) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || newestFirst(a.other, b.other))
    .slice(0, Math.max(0, limit))
    .map(({ other }) => other);
}
