/**
 * The benchmark's synthetic archive: N posts that look like a news-analysis blog's, made from a
 * seed so that two runs with the same seed write byte-identical files. Each post has front matter
 * with tags, an optional series, citations and a location, and a body of 500-1,500 words with
 * headings, lists, links and footnotes; one post in ten carries a ` ```geojson ` map of a point
 * and a polygon around its location.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** One generated post: its folder name (the slug) and the text of its `index.md`. */
export interface GeneratedPost {
  /** Folder name under `posts/`, e.g. `p0042-basra-ceasefire-talks`. */
  slug: string;
  /** The whole `index.md`: front matter and Markdown body. */
  markdown: string;
  /** Whether the body holds a ` ```geojson ` map. */
  hasMap: boolean;
  /** Words in the body's prose (headings, paragraphs, list items), 500-1,500. */
  words: number;
}

/** Options of {@link generateArchive}. */
export interface ArchiveOptions {
  /** Number of posts. */
  count: number;
  /**
   * Seed of the pseudo-random sequence; the same seed and count give the same posts.
   * @default 1
   */
  seed?: number;
}

/**
 * A small seeded pseudo-random generator (mulberry32): returns a function giving numbers in
 * [0, 1), the same sequence for the same 32-bit seed.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const vocabulary = (
  "the government army militia offensive city province port oil pipeline ceasefire talks " +
  "minister council election border refugees aid convoy checkpoint district neighbourhood " +
  "police commander statement reports sources residents officials forces clashes curfew " +
  "negotiations agreement parliament budget exports prices market water electricity supply " +
  "analysts observers coalition rivals faction leader spokesman province capital south north " +
  "east west river bridge road airport hospital school mosque market fighting calm tension " +
  "week month year morning night early late several many few most some every other new old " +
  "said reported confirmed denied announced warned promised claimed expected remained began " +
  "ended moved held took lost gained signed rejected accepted delayed extended opened closed " +
  "in on at by for with from after before during between against among within without near"
).split(" ");

const places: Array<{ name: string; coordinates: [number, number] }> = [
  { name: "Basra", coordinates: [47.81, 30.515] },
  { name: "Baghdad", coordinates: [44.366, 33.315] },
  { name: "Mosul", coordinates: [43.13, 36.34] },
  { name: "Kirkuk", coordinates: [44.392, 35.468] },
  { name: "Najaf", coordinates: [44.336, 32.0] },
  { name: "Beirut", coordinates: [35.5, 33.89] },
  { name: "Aleppo", coordinates: [37.16, 36.2] },
  { name: "Kabul", coordinates: [69.17, 34.53] },
  { name: "Sanaa", coordinates: [44.19, 15.35] },
  { name: "Tripoli", coordinates: [13.18, 32.89] },
  { name: "Khartoum", coordinates: [32.53, 15.5] },
  { name: "Gaza", coordinates: [34.45, 31.5] },
];

const tagPool = [
  "Iraq", "Syria", "Lebanon", "Yemen", "Libya", "Sudan", "Afghanistan", "Oil", "Elections",
  "Militias", "Ceasefires", "Refugees", "Diplomacy", "Security forces", "Economy", "Water",
  "Borders", "Parliament", "Protests", "Reconstruction", "Aid", "Energy", "Courts", "Media",
  "Tribes", "Kurds", "Shia politics", "Sunni politics", "Insurgency", "Sanctions",
]; // prettier-ignore

const seriesPool = [
  "Battle for the South", "The Oil Question", "After the Election", "Borderlands",
  "Reconstruction Watch", "The Long Ceasefire", "Water Wars", "Courts and Power",
]; // prettier-ignore

const publishers = [
  "The New York Times", "Reuters", "Associated Press", "Agence France-Presse", "Al Jazeera English",
  "The Guardian", "BBC News", "McClatchy", "The Washington Post", "Institute for the Study of War",
]; // prettier-ignore

const authors = ["Amira Haddad", "Tom Whitcombe", "Leila Nasser", "Jonas Berg", "Omar Farouk"];

/** `n` zero-padded to `width` digits. */
function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Makes the archive's posts in memory, in slug order. Deterministic for a given seed and count. */
export function generateArchive(options: ArchiveOptions): GeneratedPost[] {
  const random = seededRandom(options.seed ?? 1);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const words = (n: number) => Array.from({ length: n }, () => pick(vocabulary));
  const capitalise = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  const sentence = (n: number) => `${capitalise(words(n).join(" "))}.`;
  const width = String(options.count).length;
  const posts: GeneratedPost[] = [];
  for (let i = 1; i <= options.count; i++) {
    const titleWords = words(int(4, 8));
    const title = capitalise(titleWords.join(" "));
    const slug = `p${pad(i, width)}-${titleWords.slice(0, 3).join("-")}`;
    const hasMap = i % 10 === 0;
    const place = pick(places);
    const day = new Date(Date.UTC(2004, 0, 1) + int(0, 20 * 365) * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const tags = [...new Set(Array.from({ length: int(1, 5) }, () => pick(tagPool)))];
    const front: string[] = [
      "---",
      `title: "${title}"`,
      `date: ${date}`,
      `summary: "${sentence(int(14, 24))}"`,
    ];
    if (random() < 0.8) front.push(`author: ${pick(authors)}`);
    if (random() < 0.3) front.push(`series: ${pick(seriesPool)}`);
    front.push(`tags: [${tags.join(", ")}]`);
    front.push("location:", `  name: ${place.name}`);
    front.push(`  coordinates: [${place.coordinates[0]}, ${place.coordinates[1]}]`);
    front.push("citations:");
    const citationCount = int(1, 4);
    for (let c = 1; c <= citationCount; c++) {
      front.push(`  - title: "${sentence(int(4, 9)).replace(/\.$/, "")}"`);
      front.push(`    publisher: ${pick(publishers)}`);
      front.push(`    date: ${date}`);
      front.push(`    url: https://news.example.org/${date}/${slug}-${c}`);
    }
    front.push("---", "");

    const target = int(500, 1500);
    const body: string[] = [];
    let count = 0;
    let notes = 0;
    let section = 0;
    while (count < target) {
      const kind = random();
      if (count > 0 && kind < 0.12) {
        section += 1;
        const heading = words(int(2, 5));
        count += heading.length;
        body.push(`## Part ${section}: ${heading.join(" ")}`);
      } else if (kind < 0.24) {
        const items = int(3, 5);
        const lines: string[] = [];
        for (let item = 0; item < items; item++) {
          const n = int(5, 12);
          count += n;
          lines.push(`- ${sentence(n)}`);
        }
        body.push(lines.join("\n"));
      } else {
        const sentences: string[] = [];
        for (let s = int(3, 6); s > 0; s--) {
          const n = int(8, 20);
          count += n;
          sentences.push(sentence(n));
        }
        if (random() < 0.4) {
          sentences.push(
            `See [the ${pick(vocabulary)} report](https://news.example.org/${i}/${count}).`,
          );
          count += 3;
        }
        if (random() < 0.3) {
          notes += 1;
          sentences[0] = `${sentences[0]}[^n${notes}]`;
        }
        body.push(sentences.join(" "));
      }
    }
    if (hasMap) body.splice(1, 0, mapBlock(place, random));
    for (let n = 1; n <= notes; n++) body.push(`[^n${n}]: ${sentence(int(6, 14))}`);
    posts.push({
      slug,
      markdown: `${front.join("\n")}${body.join("\n\n")}\n`,
      hasMap,
      words: count,
    });
  }
  return posts;
}

/**
 * A ` ```geojson ` block with a point near `place` and a closed hexagonal polygon around it,
 * positions as `[longitude, latitude]` in degrees.
 */
function mapBlock(place: { name: string; coordinates: [number, number] }, random: () => number) {
  const [lon, lat] = place.coordinates;
  const round = (n: number) => Math.round(n * 10_000) / 10_000;
  const point = [round(lon + (random() - 0.5) * 0.05), round(lat + (random() - 0.5) * 0.05)];
  const ring = Array.from({ length: 7 }, (_, k) => {
    const angle = ((k % 6) * Math.PI) / 3;
    return [round(lon + 0.03 * Math.cos(angle)), round(lat + 0.03 * Math.sin(angle))];
  });
  const collection = {
    type: "FeatureCollection",
    caption: `Where the events in ${place.name} took place; positions are estimates.`,
    features: [
      {
        type: "Feature",
        properties: { title: `Reported incident in ${place.name}`, uncertainty: 1500 },
        geometry: { type: "Point", coordinates: point },
      },
      {
        type: "Feature",
        properties: { title: `${place.name} district`, approximate: true },
        geometry: { type: "Polygon", coordinates: [ring] },
      },
    ],
  };
  return `\`\`\`geojson\n${JSON.stringify(collection, null, 2)}\n\`\`\``;
}

/**
 * Writes `posts` as `<postsDir>/<slug>/index.md`, creating folders as needed.
 * @returns the number of posts written
 */
export function writeArchive(postsDir: string, posts: readonly GeneratedPost[]): number {
  for (const post of posts) {
    mkdirSync(path.join(postsDir, post.slug), { recursive: true });
    writeFileSync(path.join(postsDir, post.slug, "index.md"), post.markdown);
  }
  return posts.length;
}
