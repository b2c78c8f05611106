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
 * (`"Basra"` → `place-basra`; Arabic names keep their letters). Where several places share a
 * slug, all but one take a suffix from their position ({@link placeIds}).
 */
export function placeId(name: string): string {
  return `place-${slugify(name, "place")}`;
}

/**
 * A position as a stable id part and as words: `[43.13, 36.34]` → `36-34n_43-13e` and
 * "36.34° N, 43.13° E". The numbers are as written (the point as `-`: an id holds only letters,
 * digits, `-` and `_`), so the part changes only when the position does. `_` never occurs in a
 * slug, so a suffixed id never equals another place's plain id.
 */
function positionParts([lon, lat]: readonly [number, number]): { part: string; words: string } {
  const ns = lat < 0 ? "s" : "n";
  const ew = lon < 0 ? "w" : "e";
  return {
    part: `${String(Math.abs(lat)).replace(".", "-")}${ns}_${String(Math.abs(lon)).replace(".", "-")}${ew}`,
    words: `${Math.abs(lat)}° ${ns.toUpperCase()}, ${Math.abs(lon)}° ${ew.toUpperCase()}`,
  };
}

/** The key of a place: the slug of its name and its position; `Mosul` and `mosul` at one position are one place. */
function placeKey(location: { name: string; coordinates: readonly [number, number] }): string {
  return `${slugify(location.name, "place")} ${location.coordinates.join(",")}`;
}

/**
 * The list id of every place (posts grouped by the slug of their `location.name` and their
 * position), by place key. Ids never collide: a slug held by one place gives `place-<slug>`
 * (`place-basra`, so links to `/map/#place-basra` stay valid); where places at different
 * positions share a slug ("Mosul" at two positions, or "Mosul" and "mosul"), the place of the
 * earliest post keeps `place-<slug>` (a link made before the second place came still leads to
 * it) and each other takes its position: `place-mosul_36-34n_43-13e`. Derived from names,
 * positions and dates only, never from the order posts are given in.
 * @returns ids by place key, and the position in words of places whose slug is shared
 */
function placeIds(posts: readonly LocatedPost[]): Map<string, { id: string; where?: string }> {
  const bySlug = new Map<string, { key: string; first: number; coordinates: [number, number] }[]>();
  for (const post of located(posts)) {
    const slug = slugify(post.data.location.name, "place");
    const key = placeKey(post.data.location);
    const places = bySlug.get(slug) ?? [];
    const known = places.find((place) => place.key === key);
    if (known) known.first = Math.min(known.first, post.date.getTime());
    else
      places.push({ key, first: post.date.getTime(), coordinates: post.data.location.coordinates });
    bySlug.set(slug, places);
  }
  const ids = new Map<string, { id: string; where?: string }>();
  for (const [slug, places] of bySlug) {
    places.sort((a, b) => a.first - b.first || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    places.forEach((place, index) => {
      const { part, words } = positionParts(place.coordinates);
      const id = index === 0 ? `place-${slug}` : `place-${slug}_${part}`;
      ids.set(place.key, places.length > 1 ? { id, where: words } : { id });
    });
  }
  return ids;
}

/**
 * Returns a FeatureCollection of the posts' locations, one Point per position
 * (`[longitude, latitude]` in degrees): a position with one post is titled with the post's title,
 * described with its place and links to the post (`url`); a position several posts share is one
 * pin titled with the place, described with the number of analyses and their titles, linking to
 * the place's entry in the list below the map (`/map/#place-<slug>`), so no pin hides another.
 */
export function coverageCollection(posts: readonly LocatedPost[]): FeatureCollection<Point> {
  const ids = placeIds(posts);
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
        url: `/map/#${ids.get(placeKey(first.data.location))?.id ?? placeId(place)}`,
      },
      geometry,
    };
  });
  return { type: "FeatureCollection", features };
}

/**
 * Groups the posts by place: the slug of the `location` name and the position (`"Mosul"` and
 * `"mosul"` at one position are one place, at two positions two). Places are in alphabetical
 * order (then by id), posts in the order given. `place` is the place's names as written, joined
 * with " / " when they differ; `id` is its list id, unique on the page (see {@link placeIds});
 * `where` is its position in words (`"36.34° N, 43.13° E"`) when another place shares its slug,
 * so readers can tell the two apart.
 */
export function postsByPlace<T extends LocatedPost>(
  posts: readonly T[],
): { place: string; id: string; where?: string; posts: T[] }[] {
  const ids = placeIds(posts);
  const groups = new Map<string, T[]>();
  for (const post of located(posts) as unknown as T[]) {
    const key = placeKey(post.data.location as { name: string; coordinates: [number, number] });
    groups.set(key, [...(groups.get(key) ?? []), post]);
  }
  return [...groups]
    .map(([key, list]) => {
      const place = [...new Set(list.map((post) => post.data.location?.name as string))].join(
        " / ",
      );
      const { id, where } = ids.get(key) ?? { id: placeId(place) };
      return { place, id, ...(where ? { where } : {}), posts: list };
    })
    .sort((a, b) => a.place.localeCompare(b.place) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
