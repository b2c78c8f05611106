/**
 * The coverage map: every post that declares a `location` (front matter
 * `location: {name, coordinates: [longitude, latitude]}`) as a point linking to the post, and
 * the same posts grouped by place for the list readers get without JavaScript.
 */
import type { Feature, FeatureCollection, Point } from "geojson";
import { slugify } from "../shared/slug.ts";

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
 * The id of a place's heading in the list by place on `/map/`: `place-<slug of the name>`
 * (`"Basra"` → `place-basra`; Arabic names keep their letters).
 */
export function placeId(name: string): string {
  return `place-${slugify(name, "place")}`;
}

/**
 * Returns a FeatureCollection of the posts' locations, one Point per position
 * (`[longitude, latitude]` in degrees): a position with one post is titled with the post's title,
 * described with its place and links to the post (`url`); a position several posts share is one
 * pin titled with the place, described with the number of analyses and their titles, linking to
 * the place's entry in the list below the map (`/map/#place-<slug>`), so no pin hides another.
 */
export function coverageCollection(posts: readonly LocatedPost[]): FeatureCollection<Point> {
  const byPosition = new Map<string, ReturnType<typeof located>>();
  for (const post of located(posts)) {
    const key = post.data.location.coordinates.join(",");
    byPosition.set(key, [...(byPosition.get(key) ?? []), post]);
  }
  const features: Feature<Point>[] = [...byPosition.values()].map((group) => {
    const [first] = group as [(typeof group)[number], ...typeof group];
    const geometry: Point = { type: "Point", coordinates: first.data.location.coordinates };
    if (group.length === 1) {
      return {
        type: "Feature",
        properties: {
          title: first.data.title,
          description: first.data.location.name,
          url: first.url,
        },
        geometry,
      };
    }
    const place = [...new Set(group.map((post) => post.data.location.name))].join(" / ");
    return {
      type: "Feature",
      properties: {
        title: place,
        description: `${group.length} analyses: ${group.map((post) => post.data.title).join(" · ")}`,
        url: `/map/#${placeId(first.data.location.name)}`,
      },
      geometry,
    };
  });
  return { type: "FeatureCollection", features };
}

/**
 * Groups the posts by place name, places in alphabetical order, posts in the order given; `id` is
 * the place's {@link placeId}.
 */
export function postsByPlace<T extends LocatedPost>(
  posts: readonly T[],
): { place: string; id: string; posts: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const post of located(posts) as unknown as T[]) {
    const place = post.data.location?.name as string;
    groups.set(place, [...(groups.get(place) ?? []), post]);
  }
  return [...groups]
    .map(([place, list]) => ({ place, id: placeId(place), posts: list }))
    .sort((a, b) => a.place.localeCompare(b.place));
}
