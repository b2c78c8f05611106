/**
 * Reads the text of a ` ```geojson ` block: parses it as strict JSON, validates it, and puts a
 * line number on every problem so the author can go straight to it.
 */
import type { FeatureCollection } from "geojson";
import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
  type ParseErrorCode,
} from "jsonc-parser";
import { lineAtOffset } from "../shared/lines.ts";
import { jsonSyntaxMessages } from "../shared/json-syntax.ts";
import { outsideBounds, readMapOptions, type MapOptions } from "./options.ts";
import { asFeatureCollection, validateMapData } from "./validate.ts";
import type { JsonPath, MapProblem } from "./map-problem.ts";
import { fitMapSize, mapLimits } from "./simplify.ts";
import { formatBytes } from "../shared/bytes.ts";
import { jsonTooDeepAt, maxJsonDepth } from "../shared/json-depth.ts";
import { mapTimeline } from "./timeline.ts";
import { site } from "../site.ts";

/** A map problem with the 1-based line of the block text it is on. */
export interface LocatedMapProblem extends MapProblem {
  line: number;
}

/** The outcome of reading a block: a drawable collection, or the problems that stop the build. */
export type MapBlock =
  | {
      ok: true;
      collection: FeatureCollection;
      options: MapOptions;
      /** The warning to print when the map was simplified ({@link fitMapSize}). */
      simplified?: { message: string; fix: string };
    }
  | { ok: false; problems: LocatedMapProblem[] };

function syntaxProblem(text: string, error: ParseError): LocatedMapProblem {
  return {
    path: [],
    line: lineAtOffset(text, error.offset),
    message: `map data is not valid JSON: ${jsonSyntaxMessages[printParseErrorCode(error.error)] ?? "syntax error"}`,
    fix: "GeoJSON is strict JSON: property names and strings in double quotes, commas between items and none after the last",
  };
}

/**
 * The problem with map data too large to read ({@link mapLimits}`.maxGeoJsonBytes`) or nested too
 * deep to parse ({@link maxJsonDepth}), or `undefined` when it may be parsed.
 */
function mapDataTooLarge(text: string, what: string): LocatedMapProblem | undefined {
  const bytes = Buffer.byteLength(text);
  if (bytes > mapLimits.maxGeoJsonBytes) {
    return {
      path: [],
      line: 1,
      message: `${what} is ${formatBytes(bytes)}, more than the ${formatBytes(mapLimits.maxGeoJsonBytes)} a map may be`,
      fix: `simplify it to at most ${mapLimits.simplifyAbove.toLocaleString("en-US")} positions before adding it (mapshaper's -simplify, or your GPS software's track filter), and write numbers with at most 6 decimals`,
    };
  }
  const deep = jsonTooDeepAt(text);
  if (deep === undefined) return undefined;
  return {
    path: [],
    line: lineAtOffset(text, deep),
    message: `map data is nested more than ${maxJsonDepth} levels deep ([ and { inside one another)`,
    fix: "GeoJSON needs at most 9 levels: look for brackets that are opened and never closed, or remove the extra levels",
  };
}

/** Finds the node at `path`, or the deepest ancestor of it that exists. */
function nearestNode(root: Node, path: JsonPath): Node {
  for (let length = path.length; length > 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length));
    if (node) return node.parent?.type === "property" ? node.parent : node;
  }
  return root;
}

/**
 * The lines of values in `text` (a block's valid GeoJSON), parsed once: the returned function
 * gives the 1-based line of the value at `path` (a {@link MapProblem}'s, e.g. `["features", 2,
 * "properties", "marker-symbol"]`), or of its nearest ancestor that is written; for a lone
 * Feature, a path into `features[0]` is read from the Feature itself. For warnings, which name
 * the line of the property they are about.
 */
export function pathLines(text: string): (path: JsonPath) => number {
  const root = parseTree(text, [], { disallowComments: true });
  const lone = root ? findNodeAtLocation(root, ["type"])?.value === "Feature" : false;
  return (path) => {
    if (!root) return 1;
    const inFeature = lone && path[0] === "features" && path[1] === 0 ? path.slice(2) : path;
    return lineAtOffset(text, nearestNode(root, inFeature).offset);
  };
}

/**
 * Reads a geojson block, or a GeoJSON map file. Text over {@link mapLimits}`.maxGeoJsonBytes` or
 * JSON nested deeper than {@link maxJsonDepth} is refused before it is parsed; a valid map with
 * more positions than {@link mapLimits}`.simplifyAbove` is simplified ({@link fitMapSize}).
 * @param text the block's content, without its fences
 * @param what the map in messages: `"the map block"`, `'map file "route.geojson"'`
 * @param zone IANA time zone in which features' `when` and the `steps` are read (timeline.ts)
 * @returns the FeatureCollection (a single Feature is wrapped in one) and its map options (foreign
 *   members, see `options.ts`), or every problem with its line (1-based, counted within `text`)
 */
export function readMapBlock(text: string, what = "the map block", zone = site.timeZone): MapBlock {
  const tooLarge = mapDataTooLarge(text, what);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  if (text.trim() === "") {
    const fix = "write a GeoJSON FeatureCollection in it, or remove the block";
    return { ok: false, problems: [{ path: [], line: 1, message: "the map block is empty", fix }] };
  }
  // The tree of jsonc-parser knows the offset of every value, but takes several times the memory
  // of the value: it is made only when a problem needs its line (here, or by pathLines).
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true });
    const first = errors[0];
    const error: ParseError = first ?? { error: 0 as ParseErrorCode, offset: 0, length: 0 };
    return { ok: false, problems: [syntaxProblem(text, error)] };
  }
  const problems = validateMapData(value);
  const record = (value ?? {}) as Record<string, unknown>;
  const { options, problems: optionProblems } = readMapOptions(record);
  problems.push(...optionProblems);
  const pathOf = (index: number): JsonPath =>
    record.type === "Feature" ? [] : ["features", index];
  if (problems.length === 0 && options.bounds) {
    problems.push(...outsideBounds(asFeatureCollection(value).features, options.bounds, pathOf));
  }
  if (problems.length === 0) {
    const features = asFeatureCollection(value).features;
    problems.push(...mapTimeline(features, options.steps, zone, "en", pathOf).problems);
  }
  if (problems.length > 0) {
    const lineOf = pathLines(text);
    return {
      ok: false,
      problems: problems.map((problem) => ({ ...problem, line: lineOf(problem.path) })),
    };
  }
  const fit = fitMapSize(asFeatureCollection(value), what);
  if (!fit.ok) return { ok: false, problems: [{ path: [], line: 1, ...fit }] };
  return { ok: true, collection: fit.collection, options, simplified: fit.simplified };
}
