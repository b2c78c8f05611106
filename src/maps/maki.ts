/**
 * Maki, Mapbox's point-of-interest icons (https://labs.mapbox.com/maki-icons/, CC0-1.0), from the
 * `@mapbox/maki` package's `icons/<name>.svg`: the names a `marker-symbol` may take, and the path
 * data of each icon a map uses, read at build time only. An icon file is input like any other
 * SVG: it must pass the checks a post's SVG passes (src/security/active-xml.ts), hold one
 * `<path>` in a 15 × 15 `viewBox`, and its `d` must be path data alone; only that `d` is kept.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { FeatureCollection } from "geojson";
import { closest, distance } from "fastest-levenshtein";
import { isLetterSymbol, markerIconsMember, type MarkerIcons } from "./draw/marker.ts";
import { activeXmlProblems } from "../security/active-xml.ts";
import { rememberer } from "../shared/memo.ts";

const require = createRequire(import.meta.url);

/** The names, read once per process, and each icon's path data, read once when first used. */
const rememberNames = rememberer<readonly string[]>(1);
const rememberPaths = rememberer<string>(500);

/** The package's `icons/` folder. */
function iconFolder(): string {
  return path.join(path.dirname(require.resolve("@mapbox/maki/package.json")), "icons");
}

/** Every Maki icon name (`"fuel"`, `"rail-metro"`, `"bank-JP"`), sorted; 215 in Maki 8.2.0. */
export function makiNames(): readonly string[] {
  return rememberNames("names", () =>
    readdirSync(iconFolder())
      .filter((file) => file.endsWith(".svg"))
      .map((file) => file.slice(0, -".svg".length))
      .sort(),
  );
}

/** True when `name` is a Maki icon's name, exactly as Maki spells it. */
export function isMakiName(name: string): boolean {
  return makiNames().includes(name);
}

/** SVG path data: commands, numbers, separators, and nothing else. */
const pathData = /^[MmLlHhVvCcSsQqTtAaZz0-9eE.,+\-\s]+$/;

/**
 * Takes the path data out of a Maki icon file's text.
 * @param file the file's name, for messages
 * @throws Error when the file holds anything that would run or load (as src/security checks a
 *   post's SVG), is not one `<path>` in a 15 × 15 `viewBox`, or its `d` is not path data alone:
 *   a broken or tampered package, not the author's mistake
 */
export function makiPathData(text: string, file: string): string {
  const active = activeXmlProblems(text, "svg")[0];
  if (active) throw new Error(`${file}:${active.line}: ${active.message}`);
  const { DOMParser } = require("@xmldom/xmldom") as typeof import("@xmldom/xmldom");
  const svg = new DOMParser().parseFromString(text, "image/svg+xml").documentElement;
  const children = svg ? [...(svg.childNodes as unknown as Iterable<Node>)] : [];
  const elements = children.filter((node) => node.nodeType === 1) as unknown as Element[];
  const [only] = elements;
  if (
    svg?.localName !== "svg" ||
    svg.getAttribute("viewBox") !== "0 0 15 15" ||
    elements.length !== 1 ||
    only?.localName !== "path"
  ) {
    throw new Error(`${file}: a Maki icon must be one <path> in a 15 × 15 viewBox`);
  }
  const d = (only.getAttribute("d") ?? "").replace(/\s+/g, " ").trim();
  if (!pathData.test(d)) throw new Error(`${file}: the icon's "d" is not SVG path data`);
  return d;
}

/**
 * The path data (SVG `d`, in a 15 × 15 box) of the Maki icon `name`, or undefined when Maki has
 * no icon of that name. Read once per process.
 * @throws Error of {@link makiPathData} for an icon file that is not plain path data
 */
export function makiPath(name: string): string | undefined {
  if (!isMakiName(name)) return undefined;
  return rememberPaths(name, () => {
    const file = path.join(iconFolder(), `${name}.svg`);
    return makiPathData(readFileSync(file, "utf8"), `@mapbox/maki/icons/${name}.svg`);
  });
}

/**
 * The Maki name nearest to `name`: written as Maki does (lower case, words joined by `-`), the
 * name it then is, else the first of its words that is a name (`"Police station"` → `"police"`),
 * else the nearest by edit distance (fastest-levenshtein; `"fual"` → `"fuel"`) when it is near
 * enough to be a misspelling (at most 2 edits, or 45% of the name's letters); else `undefined`
 * (`"petrol"` is no misspelling of any Maki name).
 */
export function nearestMakiName(name: string): string | undefined {
  const written = name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  const names = makiNames();
  const named = (word: string) => names.find((known) => known.toLowerCase() === word);
  const word = written.split("-").find((part) => named(part));
  const exact = named(written) ?? (word ? named(word) : undefined);
  if (exact) return exact;
  const nearest = closest(written, [...names]);
  return distance(written, nearest.toLowerCase()) <= Math.max(2, Math.ceil(written.length * 0.45))
    ? nearest
    : undefined;
}

/**
 * The icons the points of `collection` use, by name: the path data of each `marker-symbol` that
 * is a Maki name, and nothing of the icons it does not use (a map's page carries only these).
 */
export function markerIcons(collection: FeatureCollection): MarkerIcons {
  const icons: Record<string, string> = {};
  for (const feature of collection.features) {
    const symbol = feature.properties?.["marker-symbol"];
    if (typeof symbol !== "string" || isLetterSymbol(symbol) || Object.hasOwn(icons, symbol)) {
      continue;
    }
    const d = makiPath(symbol);
    if (d) icons[symbol] = d;
  }
  return icons;
}

/**
 * `collection` as the browser's map reads it: with the icons its points use ({@link markerIcons})
 * as the member {@link markerIconsMember} when there are any, and never a member of that name
 * the author wrote.
 */
export function withMarkerIcons(collection: FeatureCollection): FeatureCollection {
  const island: Record<string, unknown> = { ...collection };
  delete island[markerIconsMember];
  const icons = markerIcons(collection);
  if (Object.keys(icons).length > 0) island[markerIconsMember] = icons;
  return island as unknown as FeatureCollection;
}
