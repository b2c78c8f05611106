/**
 * Related posts: the posts that share most with a post, scored by what they have in common.
 *
 * - 2 for each tag both carry (tags folded with `foldKey`, each counted once);
 * - 3 when both are parts of the same series (folded name);
 * - 2 when both are set in the same place: the same `location.name` (folded), or locations
 *   within 50 km of each other (great-circle distance, haversine).
 *
 * Higher scores first; equal scores newest first, then by input path (the order of
 * `collections.posts`). The post itself, posts scoring 0 and posts the page already links to
 * (series parts, previous and next posts: the `exclude` of {@link relatedPosts}) are never listed.
 */
import { newestFirst } from "../content/collections.ts";
import { weakRememberer } from "../shared/memo.ts";
import { foldKey } from "../shared/slug.ts";
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

/** What two posts are compared on, folded once. */
interface Facets {
  tags: Set<string>;
  series?: string;
  place?: string;
  coordinates?: readonly number[];
}

function facetsOf(post: TaxonomyPost): Facets {
  const { tags, series, location } = post.data;
  return {
    tags: new Set((tags ?? []).map(foldKey)),
    ...(series !== undefined ? { series: foldKey(series) } : {}),
    ...(location ? { place: foldKey(location.name), coordinates: location.coordinates } : {}),
  };
}

function samePlace(here: Facets, there: Facets): boolean {
  if (here.place === undefined || there.place === undefined) return false;
  if (here.place === there.place) return true;
  return haversineKm(here.coordinates ?? [], there.coordinates ?? []) <= nearbyKm;
}

function scoreFacets(here: Facets, there: Facets): number {
  let shared = 0;
  for (const tag of there.tags) if (here.tags.has(tag)) shared += 1;
  let score = shared * sharedTagScore;
  if (here.series !== undefined && here.series === there.series) score += sameSeriesScore;
  if (samePlace(here, there)) score += samePlaceScore;
  return score;
}

/** How related `other` is to `post`: 0 when they share nothing. */
export function relatedScore(post: TaxonomyPost, other: TaxonomyPost): number {
  return scoreFacets(facetsOf(post), facetsOf(other));
}

/**
 * The posts of one list grouped by what scores: the positions of the posts carrying each tag,
 * series and place, so that a post is compared only with the posts it shares something with.
 */
interface RelatedIndex {
  facets: Facets[];
  byInputPath: Map<string, number>;
  byKey: Map<string, number[]>;
  /** Distinct positions of locations, with the posts set there. */
  places: Map<string, { coordinates: readonly number[]; posts: number[] }>;
  /** Posts within {@link nearbyKm} of a location, by its position key; filled when asked. */
  nearby: Map<string, number[]>;
  /**
   * Each position's place in the list's newest-first order (0 for the newest), so that two
   * equal scores are ordered by comparing two numbers; the identity for a list already newest
   * first, as `collections.posts` is.
   */
  rank: Int32Array;
  /** The scores of one {@link relatedPosts} call, by position; all 0 between calls. */
  scores: Int32Array;
}

/** One index per list of posts: a build hands every page the same `collections.posts`. */
const rememberIndex = weakRememberer<readonly TaxonomyPost[], RelatedIndex>();

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The index of a list of posts, made once per list. */
function indexOf(posts: readonly TaxonomyPost[]): RelatedIndex {
  return rememberIndex(posts, () => buildIndex(posts));
}

/** The place of each position of `posts` in newest-first order ({@link newestFirst}). */
function ranksOf(posts: readonly TaxonomyPost[]): Int32Array {
  const rank = new Int32Array(posts.length);
  const sorted = posts.every((post, i) => i === 0 || newestFirst(posts[i - 1]!, post) <= 0);
  const order = posts.map((_, i) => i);
  if (!sorted) order.sort((a, b) => newestFirst(posts[a]!, posts[b]!) || a - b);
  order.forEach((position, place) => (rank[position] = place));
  return rank;
}

/** Groups the posts by tag, series and place. */
function buildIndex(posts: readonly TaxonomyPost[]): RelatedIndex {
  const index: RelatedIndex = {
    facets: [],
    byInputPath: new Map(),
    byKey: new Map(),
    places: new Map(),
    nearby: new Map(),
    rank: ranksOf(posts),
    scores: new Int32Array(posts.length),
  };
  posts.forEach((post, i) => {
    const facets = facetsOf(post);
    index.facets.push(facets);
    if (!index.byInputPath.has(post.inputPath)) index.byInputPath.set(post.inputPath, i);
    for (const tag of facets.tags) push(index.byKey, `tag:${tag}`, i);
    if (facets.series !== undefined) push(index.byKey, `series:${facets.series}`, i);
    if (facets.place !== undefined) {
      push(index.byKey, `place:${facets.place}`, i);
      const coordinates = facets.coordinates ?? [];
      const key = coordinates.join(",");
      const place = index.places.get(key);
      if (place) place.posts.push(i);
      else index.places.set(key, { coordinates, posts: [i] });
    }
  });
  return index;
}

/** Positions of the posts set in the same place as `facets` (same name or nearby), each once. */
function placeMates(index: RelatedIndex, facets: Facets): readonly number[] {
  if (facets.place === undefined) return [];
  const coordinates = facets.coordinates ?? [];
  const key = `${facets.place}\u0000${coordinates.join(",")}`;
  let mates = index.nearby.get(key);
  if (!mates) {
    const found = new Set(index.byKey.get(`place:${facets.place}`));
    for (const place of index.places.values()) {
      if (haversineKm(coordinates, place.coordinates) <= nearbyKm) {
        for (const i of place.posts) found.add(i);
      }
    }
    mates = [...found];
    index.nearby.set(key, mates);
  }
  return mates;
}

/**
 * Sums the scores of the posts sharing something with `facets` into `index.scores`.
 * @returns the positions given a score, each once
 */
function scoreShared(index: RelatedIndex, facets: Facets): number[] {
  const { scores } = index;
  const touched: number[] = [];
  const add = (list: readonly number[] | undefined, points: number) => {
    for (const i of list ?? []) {
      if (scores[i] === 0) touched.push(i);
      scores[i] = (scores[i] as number) + points;
    }
  };
  for (const tag of facets.tags) add(index.byKey.get(`tag:${tag}`), sharedTagScore);
  if (facets.series !== undefined) add(index.byKey.get(`series:${facets.series}`), sameSeriesScore);
  add(placeMates(index, facets), samePlaceScore);
  return touched;
}

/**
 * Returns up to `limit` posts of `posts` most related to `post`, best first (see the module
 * documentation for the score and the tie order). `post` is recognised by its input path.
 * The grouping of `posts` is made once per list and reused for every post of the build: scores
 * are summed over the posts sharing each tag, the series and the place, never by comparing
 * `post` with every other post, and the best are kept without sorting the others.
 * @param exclude input paths of posts not to list (those the page links to already); the next
 *   best take their places
 */
export function relatedPosts<T extends TaxonomyPost>(
  post: TaxonomyPost,
  posts: readonly T[],
  limit: number,
  exclude: ReadonlySet<string> = new Set(),
): T[] {
  const max = Math.max(0, limit);
  if (max === 0) return [];
  const index = indexOf(posts);
  const own = index.byInputPath.get(post.inputPath);
  const facets = own !== undefined ? (index.facets[own] as Facets) : facetsOf(post);
  const { scores, rank } = index;
  const touched = scoreShared(index, facets);
  try {
    // Positions of the best `max` so far, best first: a post enters only when it beats the last.
    const best: number[] = [];
    const beats = (i: number, j: number) =>
      (scores[i] as number) > (scores[j] as number) ||
      (scores[i] === scores[j] && (rank[i] as number) < (rank[j] as number));
    for (const i of touched) {
      if (best.length === max && !beats(i, best[max - 1] as number)) continue;
      const other = posts[i] as T;
      if (other.inputPath === post.inputPath || exclude.has(other.inputPath)) continue;
      let at = best.length;
      while (at > 0 && beats(i, best[at - 1] as number)) at -= 1;
      best.splice(at, 0, i);
      if (best.length > max) best.pop();
    }
    return best.map((i) => posts[i] as T);
  } finally {
    for (const i of touched) scores[i] = 0;
  }
}

/**
 * {@link relatedPosts} of the post of `posts` at `inputPath` (its first there), found through the
 * list's index rather than by searching the list; `[]` when no post of `posts` is at `inputPath`
 * (a draft on the dev server).
 * @param inputPath as Eleventy names it, `./posts/basra/index.md`
 */
export function relatedPostsAt<T extends TaxonomyPost>(
  inputPath: string,
  posts: readonly T[],
  limit: number,
  exclude: ReadonlySet<string> = new Set(),
): T[] {
  const own = indexOf(posts).byInputPath.get(inputPath);
  return own === undefined ? [] : relatedPosts(posts[own] as T, posts, limit, exclude);
}
