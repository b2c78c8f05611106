/**
 * markdown-it plugin: the `{% map "file" %}` tag, on a line of its own, draws a map from a file
 * in the post's folder (GeoJSON, KML or GPX) with options as attributes:
 * `{% map "route.gpx" caption="The road to Basra" height=480 center="47.81,30.515" zoom=11 %}`.
 * Posts are not run through a template language; Dispatch reads this one tag itself.
 */
import { existsSync } from "node:fs";
import { linkOnTheWay } from "../security/symbolic-links.ts";
import path from "node:path";
import type { FeatureCollection } from "geojson";
import type { MarkdownIt, StateBlock } from "markdown-it";
import { MapDataError, type ContentProblem, type SourceLocation } from "../errors.ts";
import { convertXmlMapFile, mapFileFormat, XmlSyntaxError } from "../maps/map-files.ts";
import { featureLineInJson } from "../maps/feature-lines.ts";
import { keepTimesWithinSteps, publishedAsIs } from "../maps/xml-conversion.ts";
import { closest } from "fastest-levenshtein";
import { mapOptionNames, outsideBounds, readMapOptions, type MapOptions } from "../maps/options.ts";
import { readMapBlock } from "../maps/read-block.ts";
import { mapTimeline } from "../maps/timeline.ts";
import { controlCharacterFix, findControlCharacters } from "../text/control-characters.ts";
import { readMapFile } from "../maps/read-file.ts";
import { fitMapSize } from "../maps/simplify.ts";
import { validateMapData } from "../maps/validate.ts";
import type { MapProblem } from "../maps/map-problem.ts";
import { site, type TileProvider } from "../site.ts";
import { inputFile, type EleventyEnv } from "./env.ts";
import { fileLineOfBlock } from "./geojson-fence.ts";
import { renderMap } from "../maps/render-map.ts";
import { createMapFiles, type MapFiles } from "../maps/files.ts";
import { keyMapToken } from "./map-keys.ts";

/** A `{% map %}` tag as written: the file and the attributes, all as text. */
export interface MapTag {
  file: string;
  attributes: Record<string, string>;
}

const tagPattern = /^\{%\s*map\s+"([^"]+)"((?:\s+[\w-]+=(?:"[^"]*"|[^\s"%]+))*)\s*%\}\s*$/;

/** Reads a line holding a map tag, or returns undefined for any other line. */
export function parseMapTag(line: string): MapTag | undefined {
  const match = tagPattern.exec(line.trim());
  if (!match?.[1]) return undefined;
  const attributes: Record<string, string> = {};
  for (const [, name, quoted, bare] of (match[2] ?? "").matchAll(
    /([\w-]+)=(?:"([^"]*)"|([^\s"%]+))/g,
  )) {
    attributes[name as string] = quoted ?? bare ?? "";
  }
  return { file: match[1], attributes };
}

/**
 * Turns tag attributes into the values map options take: numbers, and lists of numbers. Text
 * that is not a number stays text, so the problem shows what the author wrote.
 */
function attributeValues(attributes: Record<string, string>): Record<string, unknown> {
  const number = (text: string) =>
    text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : undefined;
  const values: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(attributes)) {
    if (name === "height" || name === "zoom") {
      values[name] = number(text) ?? text;
    } else if (name === "center" || name === "bounds") {
      const numbers = text.split(",").map(number);
      values[name] = numbers.every((n) => n !== undefined) ? numbers : text;
    } else if (name === "steps" && text.trim() !== "days") {
      // A tag cannot hold JSON: its list of steps is dates or intervals separated by commas.
      values[name] = text.split(",").map((step) => step.trim());
    } else {
      values[name] = text;
    }
  }
  return values;
}

/** The outcome of reading a tag: a drawable map, or every problem with its file and line. */
export type MapTagResult =
  | ({
      ok: true;
      collection: FeatureCollection;
      options: MapOptions;
      /** The warning to print when the map was simplified (`src/maps/simplify.ts`). */
      simplified?: { message: string; fix: string };
    } & MapFileFacts)
  | { ok: false; problems: ContentProblem[] };

/** What reading a map file learnt beside its features: warnings, and where each feature is. */
interface MapFileFacts {
  /** What a KML or GPX file holds that the map does not draw, at lines of the file. */
  warnings?: ContentProblem[];
  /** Where feature `index` (0-based) is written: the map file and its line. */
  featureAt?: (index: number) => SourceLocation;
  /** True for KML and GPX, whose positions software wrote. */
  converted?: boolean;
  /**
   * True when a KML or GPX file holds something the map does not show (each thing a warning):
   * the file is still published beside the page, but the figure does not link it.
   */
  hidesData?: boolean;
}

/** A failed step of reading a tag: every problem, each with its file and line. */
type Failure = { ok: false; problems: ContentProblem[] };

/** One problem at `file:line` as a failed step. */
const failure = (file: string, line: number, message: string, fix?: string): Failure => ({
  ok: false,
  problems: [{ file, line, message, ...(fix ? { fix } : {}) }],
});

/** Where a tag is: the post, the tag's line, the project root the post path is relative to. */
interface TagPlace {
  postFile: string;
  line: number;
  root: string;
}

/** A tag that cannot be read, as a problem at its line. */
function invalidTag(invalid: string, { postFile, line }: TagPlace): Failure {
  return failure(
    postFile,
    line,
    `this {% map %} tag cannot be read: ${invalid}`,
    'write it on a line of its own as {% map "file.kml" caption="…" height=480 %}, with attribute values in double quotes (no " inside them)',
  );
}

/**
 * Finds the file a tag names: in the post's folder (no `../`), of a format Dispatch reads, there,
 * and not reached through a symbolic link. Returns its project-relative path and format.
 */
function locateMapFile(
  tag: MapTag,
  { postFile, line, root }: TagPlace,
): { ok: true; mapFile: string; format: "geojson" | "kml" | "gpx" } | Failure {
  const fail = (message: string, fix: string) => failure(postFile, line, message, fix);
  const folder = path.posix.dirname(postFile);
  const mapFile = path.posix.join(folder, tag.file);
  if (!mapFile.startsWith(`${folder}/`))
    return fail(
      `map file "${tag.file}" is outside the post's folder`,
      "put the file in the post's folder and name it without ../",
    );
  const format = mapFileFormat(mapFile);
  if (!format)
    return fail(
      `map file "${tag.file}" is not GeoJSON, KML or GPX`,
      "use a .geojson, .json, .kml or .gpx file",
    );
  if (!existsSync(path.join(root, mapFile)))
    return fail(
      `map file "${tag.file}" does not exist in ${folder}/`,
      "check the file name, or add the file to the post's folder",
    );
  const link = linkOnTheWay(root, folder, mapFile);
  if (link)
    return fail(
      `map file "${tag.file}" is reached through the symbolic link ${link}, which the build does not follow`,
      "put a copy of the file itself in the post's folder instead of the link",
    );
  return { ok: true, mapFile, format };
}

/** Reads a map file's text within its size limit, refusing a control character at its line. */
function readMapText(
  mapFile: string,
  format: "geojson" | "kml" | "gpx",
  root: string,
): { ok: true; text: string } | Failure {
  const read = readMapFile(path.join(root, mapFile), mapFile, format);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const [character] = findControlCharacters(read.text);
  if (character) {
    const where = `${character.kind} (${character.name}) at column ${character.column}`;
    return failure(
      mapFile,
      character.line,
      `map file holds ${where}`,
      controlCharacterFix(character),
    );
  }
  return { ok: true, text: read.text };
}

/** A map file's data, read and brought within the size limits, before the tag's options. */
type MapFileData =
  | ({
      ok: true;
      collection: FeatureCollection;
      options: MapOptions;
      simplified?: { message: string; fix: string } | undefined;
    } & MapFileFacts)
  | Failure;

/** Problems without a line of their own, reported at the tag, prefixed with what they are in. */
function atTag(problems: readonly MapProblem[], prefix: string, place: TagPlace): Failure {
  return {
    ok: false,
    problems: problems.map(({ message, fix }) => ({
      file: place.postFile,
      line: place.line,
      message: `${prefix}: ${message}`,
      fix,
    })),
  };
}

/** A GeoJSON file, read as a ` ```geojson ` block is, its options included. */
function readGeoJsonFile(text: string, tag: MapTag, mapFile: string): MapFileData {
  const block = readMapBlock(text, `map file "${tag.file}"`);
  if (block.ok)
    return {
      ...block,
      featureAt: (index) => ({ file: mapFile, line: featureLineInJson(text, index) }),
    };
  return {
    ok: false,
    problems: block.problems.map(({ line, message, fix }) => ({
      file: mapFile,
      line,
      message,
      fix,
    })),
  };
}

/** A KML or GPX file, converted to GeoJSON, validated and brought within the size limits. */
function readXmlFile(
  text: string,
  format: "kml" | "gpx",
  tag: MapTag,
  mapFile: string,
  place: TagPlace,
): MapFileData {
  let converted: ReturnType<typeof convertXmlMapFile>;
  try {
    converted = convertXmlMapFile(text, format, mapFile);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { ok: false, problems: [...error.problems] };
    return failure(
      mapFile,
      1,
      `${format.toUpperCase()} file is not well-formed XML: ${(error as Error).message.split("\n")[0]}`,
    );
  }
  const { lines } = converted;
  const xmlWarnings = [...converted.warnings];
  let collection = converted.collection;
  if (tag.attributes.steps === undefined) {
    // Times the author did not ask to step through are kept only when they make a timeline.
    const kept = keepTimesWithinSteps(collection, site.timeZone);
    collection = kept.collection;
    if (kept.warning) xmlWarnings.push(kept.warning);
  }
  // What the map leaves out is still in the published file: each warning says so.
  const warnings = xmlWarnings.map((warning) => ({
    file: mapFile,
    ...publishedAsIs(warning, tag.file),
  }));
  const problems = validateMapData(collection);
  if (problems.length > 0) return atTag(problems, `in ${tag.file}`, place);
  const fit = fitMapSize(collection, `map file "${tag.file}"`);
  if (!fit.ok) return failure(mapFile, 1, fit.message, fit.fix);
  return {
    ok: true,
    collection: fit.collection,
    options: {},
    simplified: fit.simplified,
    warnings,
    featureAt: (index) => ({ file: mapFile, line: lines[index] ?? 1 }),
    converted: true,
    ...(warnings.length > 0 ? { hidesData: true } : {}),
  };
}

/** How to write a tag's steps: a tag holds no JSON, so no labels (those need a GeoJSON file). */
export const tagStepsFix =
  'write steps="days" (one step a day, at most 31), or the steps as dates or intervals separated by commas, steps="2008-03-01/2008-03-31,2008-04-01/2008-04-30"; for steps with labels, convert the file to GeoJSON and write "steps" in it';

/** The fix when a tag's `steps="days"` gives more days than a map may step through. */
export const tagIntervalsFix =
  'write the steps as dates or intervals separated by commas, at most 31, e.g. steps="2008-03-01/2008-03-31,2008-04-01/2008-04-30", or leave steps out to draw the map undated; for steps with labels, convert the file to GeoJSON and write "steps" in it';

/**
 * The problems of the timeline a tag's `steps` asks for (the file's own `steps` were checked
 * with the file): each at its feature's line, or the tag's for the steps, with the tag's fix.
 */
function tagTimelineProblems(
  tag: MapTag,
  collection: FeatureCollection,
  options: MapOptions,
  featureAt: ((index: number) => SourceLocation) | undefined,
  place: TagPlace,
): ContentProblem[] {
  if (tag.attributes.steps === undefined) return [];
  const { problems } = mapTimeline(
    collection.features,
    options.steps,
    site.timeZone,
    "en",
    (index) => ["features", index],
  );
  // Steps of one a day were what failed: the fix offers what else a tag can hold.
  const stepsFix = tag.attributes.steps === "days" ? tagIntervalsFix : tagStepsFix;
  return problems.map(({ path, message, fix }) => {
    const index = path[0] === "features" ? path[1] : undefined;
    if (typeof index === "number" && featureAt)
      return { ...featureAt(index), message, ...(fix ? { fix } : {}) };
    return {
      file: place.postFile,
      line: place.line,
      message: `{% map "${tag.file}" steps="${tag.attributes.steps}" %}: ${message}`,
      fix: path[0] === "steps" ? stepsFix : (fix ?? stepsFix),
    };
  });
}

/**
 * The tag's attributes as map options over the file's own, with a problem for each unknown
 * attribute (with the nearest name) and each feature outside the bounds.
 */
function tagOptions(
  tag: MapTag,
  collection: FeatureCollection,
  fileOptions: MapOptions,
): { options: MapOptions; problems: MapProblem[] } {
  const { options, problems: read } = readMapOptions(attributeValues(tag.attributes));
  // An attribute is written steps="…" or id="…", not as the block's JSON member.
  const problems = read.map((problem) =>
    problem.path[0] === "steps"
      ? { ...problem, fix: tagStepsFix }
      : problem.path[0] === "id" && problem.fix
        ? { ...problem, fix: problem.fix.replace(/"id": ("[^"]*")$/, "id=$1") }
        : problem,
  );
  for (const name of Object.keys(tag.attributes)) {
    if ((mapOptionNames as readonly string[]).includes(name)) continue;
    problems.push({
      path: [name],
      message: `unknown attribute ${name}=`,
      fix: `the attributes are ${mapOptionNames.join(", ")}; did you mean ${closest(name, [...mapOptionNames])}=?`,
    });
  }
  const merged = { ...fileOptions, ...options };
  if (merged.bounds)
    problems.push(
      ...outsideBounds(collection.features, merged.bounds, (index) => ["features", index]),
    );
  return { options: merged, problems };
}

/**
 * Reads the map a tag names: finds the file, reads it, converts KML and GPX, validates it,
 * brings it within the size limits and reads the tag's options.
 * @param postFile the post's path relative to the project root (`posts/basra/index.md`)
 * @param line the tag's 1-based line in the post
 * @param root the project root the post path is relative to
 * @returns the map, or every problem with its file and line (the map file's own line when the
 *   problem has one, else the tag's)
 */
export function readMapTag(
  tag: MapTag | { invalid: string },
  postFile: string,
  line: number,
  root = ".",
): MapTagResult {
  const place: TagPlace = { postFile, line, root };
  if ("invalid" in tag) return invalidTag(tag.invalid, place);
  const located = locateMapFile(tag, place);
  if (!located.ok) return located;
  const { mapFile, format } = located;
  const read = readMapText(mapFile, format, root);
  if (!read.ok) return read;
  const data =
    format === "geojson"
      ? readGeoJsonFile(read.text, tag, mapFile)
      : readXmlFile(read.text, format, tag, mapFile, place);
  if (!data.ok) return data;
  const { options, problems } = tagOptions(tag, data.collection, data.options);
  if (problems.length > 0) return atTag(problems, `{% map "${tag.file}" %}`, place);
  // Steps the author asked for that make no timeline stop the build, as a block's do.
  const timeline = tagTimelineProblems(tag, data.collection, options, data.featureAt, place);
  if (timeline.length > 0) return { ok: false, problems: timeline };
  return {
    ok: true,
    collection: data.collection,
    options,
    simplified: data.simplified,
    ...(data.warnings ? { warnings: data.warnings } : {}),
    ...(data.featureAt ? { featureAt: data.featureAt } : {}),
    ...(data.converted ? { converted: true } : {}),
    ...(data.hidesData ? { hidesData: true } : {}),
  };
}

/** The block rule alone: a line holding a map tag becomes a `dispatch_map` token. */
export function mapTagRule(md: MarkdownIt): void {
  md.block.ruler.before(
    "fence",
    "dispatch_map",
    (state: StateBlock, startLine: number, _endLine: number, silent: boolean) => {
      const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
      const end = state.eMarks[startLine] ?? start;
      if (state.src.charCodeAt(start) !== 0x7b /* { */) return false;
      const text = state.src.slice(start, end);
      const tag = parseMapTag(text);
      // A line that starts like a map tag but cannot be read is reported, never published raw.
      if (!tag && !/^\{%\s*map\b/.test(text)) return false;
      if (silent) return true;
      const token = state.push("dispatch_map", "", 0);
      token.meta = tag ? { ...tag } : { invalid: text.trim() };
      token.map = [startLine, startLine + 1];
      token.block = true;
      state.line = startLine + 1;
      return true;
    },
  );
}

/** Registers the map tag: its block rule and its renderer. */
export function mapTag(
  md: MarkdownIt,
  options: { tiles: TileProvider; mapFiles?: MapFiles | undefined },
): void {
  mapTagRule(md);
  const build = { tiles: options.tiles, files: options.mapFiles ?? createMapFiles() };
  md.renderer.rules.dispatch_map = (tokens, index, _options, rawEnv) => {
    const env = (rawEnv ?? {}) as EleventyEnv;
    const token = tokens[index];
    const line = fileLineOfBlock(env, token?.map?.[0] ?? 0);
    const result = readMapTag(token?.meta as unknown as MapTag, inputFile(env), line);
    if (!result.ok) throw new MapDataError(result.problems);
    // A file that holds what the map does not show is published, but not offered as a download.
    const original = result.hidesData ? undefined : (token?.meta as unknown as MapTag).file;
    const key = keyMapToken(tokens, index, result.options.id, line, env);
    return renderMap(result.collection, result.options, build, env, key, { original });
  };
}
