/**
 * A new post, as `npm run new -- "Title"` scaffolds it: the folder name
 * (`<YYYY-MM-DD>-<slug>`, the date in the site's time zone) and the text of its `index.md`,
 * whose front matter is valid against the post schema and marks the post as a draft.
 */
import { DateTime } from "luxon";
import { maxSlugLength, slugify } from "../shared/slug.ts";

/**
 * Today's calendar date in `zone`, `YYYY-MM-DD`.
 * @param zone IANA time zone, e.g. `"UTC"` or `"Asia/Baghdad"`
 * @param now the moment to read; default: now
 */
export function todayIn(zone: string, now: DateTime = DateTime.now()): string {
  return now.setZone(zone).toISODate() as string;
}

/**
 * The folder of a new post, which is also the last part of its URL: `"2008-03-27"` and
 * `"Basra: what the ceasefire means"` give `"2008-03-27-basra-what-the-ceasefire-means"`. A
 * title without letters or digits gets `post-` and a short hash ({@link slugify}). The whole
 * name, date included, is at most {@link maxSlugLength} characters, cut at a hyphen, so the
 * folder's name is exactly the post's slug.
 * @param date `YYYY-MM-DD`
 */
export function newPostFolder(title: string, date: string): string {
  const folder = `${date}-${slugify(title, "post")}`;
  // Already a slug: slugify only cuts it to the longest a slug may be.
  return [...folder].length <= maxSlugLength ? folder : slugify(folder);
}

/**
 * Quotes a text for YAML: a JSON string is a valid YAML 1.2 double-quoted scalar, so `:`, `#`,
 * `"`, a leading `[` and numbers-looking titles (`1984`) all stay the text as written.
 */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}

/**
 * The example map in every new post, commented out: a valid block the author can uncomment. The
 * note is a comment of its own and the line that opens the map's comment says what to remove, so
 * removing exactly "this line and the last one" leaves no stray text on the page.
 */
const exampleMap = [
  "<!-- A map: positions are [longitude, latitude]; see the README, section Maps. -->",
  "<!-- To show the map below, remove this line and the last one, and edit the block.",
  "",
  "```geojson",
  "{",
  '  "type": "FeatureCollection",',
  '  "caption": "What the map shows, in one sentence.",',
  '  "features": [',
  "    {",
  '      "type": "Feature",',
  '      "properties": { "title": "Basra", "description": "What happened here." },',
  '      "geometry": { "type": "Point", "coordinates": [47.81, 30.515] }',
  "    }",
  "  ]",
  "}",
  "```",
  "",
  "-->",
];

/**
 * The text of a new post's `index.md`: front matter with the quoted `title`, `date`, the feed
 * `id` when one is given (with a comment saying to keep it) and `draft: true`, a first paragraph
 * to replace and the commented-out example map.
 * @param title the headline as the author typed it (any characters)
 * @param date `YYYY-MM-DD`
 * @param id the post's feed id, a tag URI minted now (`src/feeds/feed-id.ts`), so that no later
 *   change of its date, slug or folder changes it
 */
export function newPostSource(title: string, date: string, id?: string): string {
  return [
    "---",
    `title: ${yamlString(title)}`,
    `date: ${date}`,
    ...(id === undefined
      ? []
      : ["# Feed readers know the post by its id: keep it as it is.", `id: ${yamlString(id)}`]),
    "draft: true",
    "# summary: One sentence under the headline, also the page's description.",
    "# tags: [Iraq, Basra]",
    "---",
    "",
    "Write the post here, in Markdown. Remove `draft: true` above to publish it.",
    "",
    ...exampleMap,
    "",
  ].join("\n");
}
