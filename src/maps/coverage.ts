/**
 * The coverage map: every post that declares a `location` (front matter
 * `location: {name, coordinates: [longitude, latitude]}`) as a point linking to the post, and
 * the same posts grouped by place for the list readers get without JavaScript.
 */
import type { Feature, FeatureCollection, Point } from "geojson";

/** The part of a post the coverage map reads. */
export interface LocatedPost {
  url: string | false;
  date: Date;
  data: { title: string; location?: { name: string; coordinates: [number, number] } };
}

/** Posts that declare a location and have a page, in the order given. */
function located(posts: readonly LocatedPost[]) {
  return posts.filter(
    (
      post,
    ): post is LocatedPost & {
      url: string;
      data: { location: { name: string; coordinates: [number, number] } };
    } => post.url !== false && post.data.location !== undefined,
  );
}

/**
 * Returns a FeatureCollection of the posts' locations: one Point per post, titled with the post's
 * title, described with its place, linking to it (`url`).
 */
export function coverageCollection(posts: readonly LocatedPost[]): FeatureCollection<Point> {
  const features: Feature<Point>[] = located(posts).map((post) => ({
    type: "Feature",
    properties: {
      title: post.data.title,
      description: post.data.location.name,
      url: post.url,
    },
    geometry: { type: "Point", coordinates: post.data.location.coordinates },
  }));
  return { type: "FeatureCollection", features };
}

/** Groups the posts by place name, places in alphabetical order, posts in the order given. */
export function postsByPlace<T extends LocatedPost>(
  posts: readonly T[],
): { place: string; posts: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const post of located(posts) as unknown as T[]) {
    const place = post.data.location?.name as string;
    groups.set(place, [...(groups.get(place) ?? []), post]);
  }
  return [...groups]
    .map(([place, list]) => ({ place, posts: list }))
    .sort((a, b) => a.place.localeCompare(b.place));
}
