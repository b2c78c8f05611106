/**
 * Series: posts that share `series: "Battle for the South"` front matter. Parts are numbered
 * oldest first: by date ascending, then by input path, the same tie order every list uses.
 * Names that differ only by case or spacing are one series, shown as its first part spells it.
 */
import type { ContentProblem } from "../errors.ts";
import { weakRememberer } from "../shared/memo.ts";
import { groupPosts, groupUrl, locateFile, sortByName, type Group, type Locate } from "./groups.ts";
import { oldestFirst, type TaxonomyPost } from "./post.ts";

/** A series: its group (posts newest first) and its parts, oldest first. */
export interface Series<T> extends Group<T> {
  /** Part 1 first. */
  parts: T[];
}

/** Where a post stands in its series. */
export interface SeriesPosition<T> {
  series: { name: string; slug: string; url: string };
  /** 1-based part number. */
  partNumber: number;
  /** Number of parts in the series. */
  partCount: number;
  /** The part before this one, when there is one. */
  previous?: T;
  /** The part after this one, when there is one. */
  next?: T;
}

/** URL of the series named `name`: `/series/battle-for-the-south/`. */
export function seriesUrl(name: string): string {
  return groupUrl("series", name);
}

/**
 * Gathers the series of `posts` (newest first), sorted by name with `Intl.Collator(language)`.
 * Two series names with one slug are problems, as for tags.
 */
export function collectSeries<T extends TaxonomyPost>(
  posts: readonly T[],
  language: string,
  locate: Locate = locateFile,
): { series: Series<T>[]; problems: ContentProblem[] } {
  const { groups, problems } = groupPosts(posts, {
    noun: "series",
    field: "series",
    namesOf: (post) => (post.data.series === undefined ? [] : [{ name: post.data.series }]),
    locate,
  });
  const series = groups.map((group) => ({ ...group, parts: [...group.posts].sort(oldestFirst) }));
  return { series: sortByName(series, language), problems };
}

/** Where each input path first stands in a list of series: the series and the part's index. */
type PartIndex<T> = Map<string, { entry: Series<T>; index: number }>;

/** One index per list of series: a build hands every post's page the same `seriesList`. */
const rememberParts = weakRememberer<readonly Series<unknown>[], PartIndex<unknown>>();

/** The first place of each part's input path in `series`, made once per list. */
function partsOf<T extends TaxonomyPost>(series: readonly Series<T>[]): PartIndex<T> {
  return rememberParts(series, () => {
    const parts: PartIndex<T> = new Map();
    for (const entry of series) {
      entry.parts.forEach((part, index) => {
        if (!parts.has(part.inputPath)) parts.set(part.inputPath, { entry, index });
      });
    }
    return parts;
  }) as PartIndex<T>;
}

/**
 * Returns where the post at `inputPath` stands in its series, or `undefined` when it is in
 * none: `{ partNumber: 2, partCount: 3, previous: <part 1>, next: <part 3>, series }`. The parts
 * of a list of series are indexed by input path once per list, so a build looks each post up
 * rather than searching every series for it.
 */
export function seriesPosition<T extends TaxonomyPost>(
  inputPath: string,
  series: readonly Series<T>[],
): SeriesPosition<T> | undefined {
  const found = partsOf(series).get(inputPath);
  if (!found) return undefined;
  const { entry, index } = found;
  const position: SeriesPosition<T> = {
    series: { name: entry.name, slug: entry.slug, url: `/series/${entry.slug}/` },
    partNumber: index + 1,
    partCount: entry.parts.length,
  };
  if (index > 0) position.previous = entry.parts[index - 1];
  if (index < entry.parts.length - 1) position.next = entry.parts[index + 1];
  return position;
}
