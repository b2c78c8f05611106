/**
 * Problems in a post's map data: each names the value it is about by its JSON path and the
 * feature by its 1-based number and title, says what is wrong and how to fix it.
 */

/** A path into the map's JSON: property names and 0-based array indices. */
export type JsonPath = (string | number)[];

/** One thing wrong with map data: what, where (as a JSON path), and how to fix it. */
export interface MapProblem {
  /** Path of the value the problem is about, e.g. `["features", 2, "geometry", "coordinates"]`. */
  path: JsonPath;
  /** What is wrong, naming the feature by 1-based number and title. */
  message: string;
  /** What the author should do. */
  fix?: string;
}

/** Records one problem of a feature: `message` is said of the feature, without its name. */
export type ReportProblem = (path: JsonPath, message: string, fix?: string) => void;

/** True for a JSON object (not `null`, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A position as written in JSON: `[47.81, 30.515]`. */
export const formatPosition = (position: readonly number[]) => `[${position.join(", ")}]`;

/** The most characters of a value a message shows before cutting it short. */
export const maxShownValue = 60;

/** A JSON value as JSON, keeping numbers JSON cannot print (`Infinity` for 1e400). */
function fullValue(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return `[${value.map(fullValue).join(", ")}]`;
  return JSON.stringify(value) ?? String(value);
}

/**
 * Formats a JSON value for a message, keeping numbers JSON cannot print (`Infinity` for 1e400):
 * `42`, `"yes"`, `[Infinity, 30.5]`. A value longer than {@link maxShownValue} characters is cut
 * there (never inside a character) and says its length, so a 50 KB value makes a line, not a
 * page: `"2008-03-272008-03-27…" (50,000 characters)`.
 */
export function formatValue(value: unknown): string {
  const text = fullValue(value);
  const characters = Array.from(text);
  if (characters.length <= maxShownValue) return text;
  const length = typeof value === "string" ? Array.from(value).length : characters.length;
  const quote = typeof value === "string" ? '"' : "";
  return `${characters.slice(0, maxShownValue - 2).join("")}…${quote} (${length.toLocaleString("en")} characters)`;
}

/** Names a feature for messages: `map feature 3 ("Hayyaniyah")`, numbered from 1. */
export function featureLabel(index: number, feature: unknown): string {
  const title =
    isRecord(feature) && isRecord(feature.properties) ? feature.properties.title : undefined;
  return typeof title === "string" && title.trim() !== ""
    ? `map feature ${index + 1} (${JSON.stringify(title)})`
    : `map feature ${index + 1}`;
}

/**
 * A list of problems and the {@link ReportProblem} that adds to it, each message starting with
 * `label` (`map feature 1 ("Basra"): …`).
 */
export function problemList(label: string): { problems: MapProblem[]; report: ReportProblem } {
  const problems: MapProblem[] = [];
  return {
    problems,
    report: (path, message, fix) => problems.push({ path, message: `${label}: ${message}`, fix }),
  };
}
