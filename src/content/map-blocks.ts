/**
 * The map blocks of a post's body checked before the build: every ` ```geojson ` block and
 * `{% map %}` tag read as the build will draw it, each problem on its file line; and, when the
 * post has a `location`, its maps' features checked against it (`src/maps/location-check.ts`).
 */
import { warn, type ContentProblem, type SourceLocation } from "../errors.ts";
import type { Feature } from "geojson";
import { featureLineInJson } from "../maps/feature-lines.ts";
import { checkAgainstLocation, type PostLocation } from "../maps/location-check.ts";
import { pathLines, readMapBlock } from "../maps/read-block.ts";
import { styleWarnings } from "../maps/style-keys.ts";
import { isGeojsonFence } from "../markdown/map-keys.ts";
import { mapKey, mapKeyConflict, type KeyedMap } from "../maps/map-key.ts";
import { readMapTag, type MapTag } from "../markdown/map-tag.ts";
import { sourceParser } from "../markdown/source-parser.ts";

/** A post's `location` from its front matter, with the line of its `coordinates`. */
export interface LocationField extends PostLocation {
  line?: number;
}

/**
 * Checks one map's features against the post's location: a swapped feature at its own line, a
 * swapped location once (at its front matter line), with the fix.
 * @param fromFile true for KML and GPX, whose positions software wrote
 */
function locationProblems(
  location: LocationField | undefined,
  features: readonly Feature[],
  featureAt: (index: number) => SourceLocation,
  fromFile: boolean,
  file: string,
): ContentProblem[] {
  if (!location) return [];
  const found = checkAgainstLocation(location, features, fromFile);
  const problems: ContentProblem[] = found.features.map(({ path, message, fix }) => ({
    ...featureAt(path[1] as number),
    message,
    ...(fix ? { fix } : {}),
  }));
  if (found.location)
    problems.push({
      file,
      ...(location.line !== undefined ? { line: location.line } : {}),
      message: `front matter field "location.coordinates": ${found.location.message}`,
      fix: found.location.fix,
    });
  return problems;
}

/**
 * Checks the map blocks of a post's body.
 * @param body the text after the front matter
 * @param bodyOffset lines before the body in the file
 * @param root the project root `file` is relative to, where `{% map %}` files are read
 * @param onWarning told each warning (a simplified map, an unknown style key, what a KML or GPX
 *   file holds that is not drawn); prints it by default
 * @param location the post's `location`, when it has one: each map's features are checked
 *   against it ({@link checkAgainstLocation}); a swapped location is reported once
 * @returns the problems of every ` ```geojson ` block and `{% map %}` tag, with file lines
 */
export function checkMapBlocks(
  body: string,
  bodyOffset: number,
  file: string,
  root = ".",
  onWarning: (warning: ContentProblem) => void = warn,
  location?: LocationField,
): ContentProblem[] {
  // Most posts have no map: only a body that names one is parsed.
  if (!/geojson/i.test(body) && !/\{%\s*map\b/.test(body)) return [];
  const problems: ContentProblem[] = [];
  const located: ContentProblem[] = [];
  const lines = body.split(/\r?\n/);
  // Each map's key (its id, else its ordinal), checked as the render will give them.
  const keyed: KeyedMap[] = [];
  const keyOf = (id: string | undefined, line: number) => {
    const key = mapKey(id, keyed.length + 1);
    const conflict = mapKeyConflict(key, keyed);
    if (conflict) problems.push({ file, line, ...conflict });
    keyed.push({ key, line });
  };
  for (const token of sourceParser.parse(body, {})) {
    if (token.type === "dispatch_map") {
      const result = readMapTag(
        token.meta as unknown as MapTag,
        file,
        bodyOffset + (token.map?.[0] ?? 0) + 1,
        root,
      );
      const line = bodyOffset + (token.map?.[0] ?? 0) + 1;
      keyOf(result.ok ? result.options.id : undefined, line);
      if (!result.ok) problems.push(...result.problems);
      else {
        if (result.simplified) onWarning({ file, line, ...result.simplified });
        for (const warning of result.warnings ?? []) onWarning(warning);
        for (const { message, fix } of styleWarnings(result.collection))
          onWarning({ file, line, message, ...(fix ? { fix } : {}) });
        located.push(
          ...locationProblems(
            location,
            result.collection.features,
            result.featureAt ?? (() => ({ file, line })),
            result.converted === true,
            file,
          ),
        );
      }
      continue;
    }
    if (token.type !== "fence" || !isGeojsonFence(token.info)) continue;
    const [start, end] = token.map ?? [0, 0];
    const fenceLine = bodyOffset + start + 1;
    // An unclosed block is still a map token: it counts among the ordinals.
    const block = readMapBlock(token.content);
    keyOf(block.ok ? block.options.id : undefined, fenceLine);
    // The closing fence, without the blockquote markers or list indentation around the block.
    const closing = (lines[end - 1] ?? "").replace(/^[\s>]*/, "").trim();
    if (
      end - 1 === start ||
      !closing.startsWith(token.markup) ||
      closing.replace(/[`~]/g, "") !== ""
    ) {
      problems.push({
        file,
        line: fenceLine,
        message: `the ${token.markup}geojson block opened on this line is never closed`,
        fix: `end it with a line holding only ${token.markup}`,
      });
      continue;
    }
    if (block.ok) {
      if (block.simplified) onWarning({ file, line: fenceLine, ...block.simplified });
      // Warnings, not errors: an unknown style key or Maki name is ignored, the map still draws.
      // Each at the line of the property it is about.
      const warnings = styleWarnings(block.collection);
      if (warnings.length > 0) {
        const lineOf = pathLines(token.content);
        for (const { path, message, fix } of warnings)
          onWarning({ file, line: fenceLine + lineOf(path), message, ...(fix ? { fix } : {}) });
      }
      const content = token.content;
      located.push(
        ...locationProblems(
          location,
          block.collection.features,
          (index) => ({ file, line: fenceLine + featureLineInJson(content, index) }),
          false,
          file,
        ),
      );
    }
    if (!block.ok) {
      for (const { line, message, fix } of block.problems)
        problems.push({ file, line: fenceLine + line, message, fix });
    }
  }
  // The location is one field: said once, however many maps disagree with it.
  const saidOfLocation = located.filter((problem) =>
    problem.message.startsWith('front matter field "location'),
  );
  return [
    ...problems,
    ...located.filter((problem) => !saidOfLocation.includes(problem)),
    ...saidOfLocation.slice(0, 1),
  ];
}
