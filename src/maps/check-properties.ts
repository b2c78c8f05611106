/**
 * Checks a feature's `properties`: Dispatch's own (`title`, `description`, `source`, `category`,
 * `url`, `approximate`, `uncertainty`) and simplestyle-spec 1.1.0's styling
 * (https://github.com/mapbox/simplestyle-spec/tree/master/1.1.0): colours as `#rgb`/`#rrggbb`,
 * widths and opacities within their ranges, `marker-size` one of its three values, `marker-symbol`
 * text (whether it names a Maki icon is a warning: style-keys.ts).
 */
import { markerSizes } from "./draw/marker.ts";
import { colorKeys, numberKeys } from "./draw/style.ts";
import { formatValue, isRecord, type JsonPath, type ReportProblem } from "./map-problem.ts";
import { classifyLink, httpOrSitePathProblem, leavesSite, leavesSiteFix } from "../shared/urls.ts";

/** The properties of one feature and where they are, for the checks below. */
interface Properties {
  value: Record<string, unknown>;
  at: (key: string) => JsonPath;
  report: ReportProblem;
}

/** `title` is there and not blank; `title`, `description`, `source`, `category` are text. */
function checkText({ value, at, report }: Properties): void {
  if (!("title" in value) || (typeof value.title === "string" && value.title.trim() === "")) {
    report(
      at("title"),
      'has no "title"',
      'add a "title" property: it names the feature on the map and in its list',
    );
  }
  for (const key of ["title", "description", "source", "category"]) {
    if (key in value && typeof value[key] !== "string") {
      report(
        at(key),
        `"${key}" must be text, found ${formatValue(value[key])}`,
        `put it in quotes: "${key}": "${String(value[key])}"`,
      );
    }
  }
}

/**
 * `url` is an http(s) URL or a path of this site starting with `/`; one a browser would read as
 * another site's (`//host`, `/\host`) or with a space at an end is named as such.
 */
function checkUrl({ value, at, report }: Properties): void {
  const url = typeof value.url === "string" ? classifyLink(value.url) : undefined;
  if (url?.kind === "elsewhere") {
    report(
      at("url"),
      `"url" ${formatValue(value.url)} ${leavesSite(url.host)}`,
      leavesSiteFix(url.host),
    );
  } else if (typeof value.url === "string" && value.url.trim() !== value.url) {
    const trimmed = value.url.trim();
    report(
      at("url"),
      `"url" ${formatValue(value.url)} has a space or line break at its start or end`,
      httpOrSitePathProblem(trimmed)
        ? 'remove it, e.g. "url": "/posts/basra/"'
        : `remove it: "url": ${JSON.stringify(trimmed)}`,
    );
  } else if (
    "url" in value &&
    !(typeof value.url === "string" && !httpOrSitePathProblem(value.url))
  ) {
    report(
      at("url"),
      `"url" must be an http(s) URL or a path of this site starting with /, found ${formatValue(value.url)}`,
      'write e.g. "url": "/posts/basra/"',
    );
  }
}

/** `approximate` is a boolean; `uncertainty` a radius in metres up to 1,000 km, on a Point. */
function checkPrecision({ value, at, report }: Properties, geometryType: unknown): void {
  if ("approximate" in value && typeof value.approximate !== "boolean") {
    report(
      at("approximate"),
      `"approximate" must be true or false, found ${formatValue(value.approximate)}`,
      "write true or false without quotes",
    );
  }
  if (!("uncertainty" in value)) return;
  const radius = value.uncertainty;
  if (typeof radius !== "number" || !(radius > 0) || radius > 1_000_000) {
    report(
      at("uncertainty"),
      `"uncertainty" must be a radius in metres from 0 to 1,000,000 (1,000 km), found ${formatValue(radius)}`,
      'write a number of metres, e.g. "uncertainty": 10000 for 10 km',
    );
  } else if (geometryType !== "Point") {
    report(
      at("uncertainty"),
      '"uncertainty" applies only to a Point',
      "remove it, or make the feature a Point",
    );
  }
}

/** simplestyle colours are `#rgb` or `#rrggbb` (`#` optional); widths and opacities in range. */
function checkStyle({ value, at, report }: Properties): void {
  for (const key of colorKeys) {
    if (
      key in value &&
      !(typeof value[key] === "string" && /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value[key]))
    ) {
      report(
        at(key),
        `"${key}" must be a colour like "#b22222", found ${formatValue(value[key])}`,
        'write a colour as "#rrggbb" or "#rgb"',
      );
    }
  }
  for (const [key, [min, max]] of Object.entries(numberKeys)) {
    const n = value[key];
    if (key in value && !(typeof n === "number" && n >= min && n <= max)) {
      report(
        at(key),
        `"${key}" must be a number from ${min} to ${max}, found ${formatValue(n)}`,
        `write a number from ${min} to ${max}, without quotes`,
      );
    }
  }
}

/** The fix for a `marker-size` that is not one of simplestyle's three values. */
function markerSizeFix(value: unknown): string {
  const written = typeof value === "string" ? value.trim().toLowerCase() : "";
  const meant = markerSizes.find((size) => size === written || size[0] === written);
  return meant
    ? `write "marker-size": "${meant}"`
    : 'write "small", "medium" (the default) or "large", in quotes';
}

/**
 * `marker-size` is `small`, `medium` or `large`; `marker-symbol` is text (a Maki icon name or
 * one letter or digit; an unknown name is warned of, not refused).
 */
function checkMarker({ value, at, report }: Properties): void {
  const size = value["marker-size"];
  if ("marker-size" in value && !(markerSizes as readonly unknown[]).includes(size)) {
    report(
      at("marker-size"),
      `"marker-size" must be "small", "medium" or "large", found ${formatValue(size)}`,
      markerSizeFix(size),
    );
  }
  const symbol = value["marker-symbol"];
  if ("marker-symbol" in value && typeof symbol !== "string") {
    report(
      at("marker-symbol"),
      `"marker-symbol" must be text: a Maki icon name or one letter or digit, found ${formatValue(symbol)}`,
      typeof symbol === "number" && Number.isInteger(symbol) && symbol >= 0 && symbol <= 9
        ? `put it in quotes: "marker-symbol": "${symbol}"`
        : 'write a Maki icon name in quotes, e.g. "marker-symbol": "fuel", or remove it',
    );
  }
}

/**
 * Checks a feature's `properties` (at `path`), reporting every problem.
 * @param geometryType the feature's geometry type: `uncertainty` applies only to a Point
 */
export function checkProperties(
  value: unknown,
  path: JsonPath,
  geometryType: unknown,
  report: ReportProblem,
): void {
  if (!isRecord(value)) {
    report(path, 'has no "properties"', 'add "properties": {"title": "..."}');
    return;
  }
  const properties: Properties = { value, at: (key) => [...path, key], report };
  checkText(properties);
  checkUrl(properties);
  checkPrecision(properties, geometryType);
  checkStyle(properties);
  checkMarker(properties);
}
