/**
 * What togeojson leaves out of a KML or GPX file, put back or said: GPX track segments and routes
 * of a single point (which togeojson drops, as a GeoJSON LineString needs two positions) become
 * Point features; KML `TimeStamp`/`TimeSpan` and GPX times become the feature's `when`; and
 * everything else the file holds that the map does not draw (KML overlays, network links, 3D
 * models, tours, `ExtendedData`; GPX `<extensions>`, `<sym>`, `<link>`, empty tracks) is listed
 * as a warning with its line. Element names are those of the GPX 1.1 schema
 * (https://www.topografix.com/GPX/1/1/) and of OGC KML 2.2 (https://www.ogc.org/standard/kml/)
 * with Google's `gx:` extensions.
 */
import type { Feature, FeatureCollection, Point } from "geojson";
import { readWhen } from "./when.ts";
import { mapTimeline, maxSteps } from "./timeline.ts";

/** A warning about a map file, at a 1-based line of that file. */
export interface XmlMapWarning {
  line: number;
  message: string;
  fix?: string;
}

/** Features converted from a file, each with the 1-based line of its element, and the warnings. */
export interface XmlFeatures {
  features: Feature[];
  /** For each feature, the line of the element it comes from (`<trk>`, `<Placemark>` …). */
  lines: number[];
  warnings: XmlMapWarning[];
}

/** The 1-based line of a node's start, as xmldom records it. */
function lineOf(node: Node): number {
  return (node as unknown as { lineNumber?: number }).lineNumber ?? 1;
}

/** The elements named `name` (qualified, as written) under `node`, in document order. */
function elements(node: Document | Element, name: string): Element[] {
  return Array.from(node.getElementsByTagName(name));
}

/** The elements with local name `name` in any namespace (KML's `gx:Tour`, `Tour`). */
function elementsAnyPrefix(node: Document | Element, name: string): Element[] {
  return Array.from(node.getElementsByTagNameNS("*", name));
}

/** The trimmed text of the first child element `name` of `node`, or undefined. */
function childText(node: Element, name: string): string | undefined {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 1 && (child as Element).tagName === name) {
      const text = (child.textContent ?? "").trim();
      return text === "" ? undefined : text;
    }
  }
  return undefined;
}

/** The plural of a count: `1 track`, `3 tracks`. */
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** How many there are, when more than one: ` (3 of them, the first on this line)`. */
const several = (n: number) => (n > 1 ? ` (${n} of them, the first on this line)` : "");

/**
 * A `when` from the times written in a file: the first and the last (GPX and KML list them in
 * order; only those two are read, so a track of 10,000 points costs two), as one moment when
 * they are equal, else the span between them; undefined when there are none, or when one cannot
 * be read as ISO 8601 (then `unread` is told its text).
 * @param times ISO 8601 date-times in document order (GPX `<time>` is UTC, `…Z`)
 */
function whenOf(
  times: readonly string[],
  zone: string,
  unread: (text: string) => void,
): string | undefined {
  const start = times[0];
  const end = times[times.length - 1];
  if (start === undefined || end === undefined) return undefined;
  for (const time of new Set([start, end])) {
    if (!readWhen(time, zone).ok) {
      unread(time);
      return undefined;
    }
  }
  if (start === end) return start;
  // A span that ends before it starts (points out of order) is kept the right way round.
  return readWhen(`${start}/${end}`, zone).ok ? `${start}/${end}` : `${end}/${start}`;
}

/** A GPX point (`wpt`, `trkpt`, `rtept`): its position when both numbers are read, else null. */
function gpxPosition(point: Element): [number, number] | null {
  const lon = Number.parseFloat(point.getAttribute("lon") ?? "");
  const lat = Number.parseFloat(point.getAttribute("lat") ?? "");
  return Number.isNaN(lon) || Number.isNaN(lat) ? null : [lon, lat];
}

/** The valid points of a track segment or route, as togeojson reads them. */
function validPoints(parent: Element, name: "trkpt" | "rtept"): Element[] {
  return elements(parent, name).filter((point) => gpxPosition(point) !== null);
}

/** The `<time>` texts of points, in document order. */
const timesOf = (points: readonly Element[]) =>
  points.map((point) => childText(point, "time")).filter((time): time is string => !!time);

/**
 * Adds a `when` from `times` to a feature's properties, and drops togeojson's `time` (the first
 * point's) that it replaces.
 */
function dated(
  feature: Feature,
  times: readonly string[],
  zone: string,
  unread: (text: string) => void,
): Feature {
  const properties = { ...(feature.properties ?? {}) } as Record<string, unknown>;
  delete properties.time;
  const when = whenOf(times, zone, unread);
  return { ...feature, properties: { ...properties, ...(when ? { when } : {}) } };
}

/**
 * A one-point track segment or route as a Point feature titled from its track or route
 * (`Convoy (segment 3 of 3)` for a track of several segments), described as one.
 */
function onePoint(
  point: Element,
  name: string | undefined,
  what: string,
  zone: string,
  unread: (text: string) => void,
): Feature<Point> {
  const time = childText(point, "time");
  const when = time ? whenOf([time], zone, unread) : undefined;
  return {
    type: "Feature",
    properties: {
      ...(name ? { name } : {}),
      description: `A one-point ${what}: a single position, drawn as a place.`,
      ...(when ? { when } : {}),
    },
    geometry: { type: "Point", coordinates: gpxPosition(point) as [number, number] },
  };
}

/** Warnings for GPX elements the map does not draw, one per kind, at the first one's line. */
function gpxLosses(document: Document): XmlMapWarning[] {
  const warnings: XmlMapWarning[] = [];
  const extensions = elements(document, "extensions");
  if (extensions.length > 0)
    warnings.push({
      line: lineOf(extensions[0] as Element),
      message: `GPX <extensions>${several(extensions.length)} are not shown on the map: device data such as heart rate or speed, colours of other applications`,
      fix: "put what readers need in the <name> or <desc> of the waypoint or track",
    });
  const symbols = elements(document, "sym");
  if (symbols.length > 0)
    warnings.push({
      line: lineOf(symbols[0] as Element),
      message: `GPX <sym>${several(symbols.length)} is not drawn: waypoints are drawn as pins`,
      fix: "to choose a pin, convert the file to GeoJSON and give the feature marker-symbol",
    });
  const links = elements(document, "link").filter(
    (link) => (link.parentNode as Element | null)?.tagName !== "metadata",
  );
  if (links.length > 0)
    warnings.push({
      line: lineOf(links[0] as Element),
      message: `GPX <link>${several(links.length)} is not shown: a feature's link comes from its url property`,
      fix: "convert the file to GeoJSON and give the feature a url, or write the link in the post",
    });
  return warnings;
}

/**
 * The features of a GPX file: togeojson's, in its order (tracks, routes, waypoints), with every
 * one-point track segment (after its track) and one-point route as a Point, times as `when`,
 * each with the line of its element; and the warnings for what is not drawn.
 * @param document the parsed GPX 1.1 document
 * @param converted what togeojson's `gpx()` made of it
 * @param zone IANA time zone `when` is read in (GPX times carry `Z`, UTC, so it only checks them)
 */
export function gpxFeatures(
  document: Document,
  converted: FeatureCollection,
  zone: string,
): XmlFeatures {
  const features: Feature[] = [];
  const lines: number[] = [];
  const warnings = gpxLosses(document);
  let unreadTime: string | undefined;
  const unread = (text: string) => (unreadTime ??= text);
  // togeojson copies elements of the namespaces the file declares (<gpxx:DisplayColor> as
  // gpxx_DisplayColor): device data, not the map's; the warning about <extensions> names them.
  const root = document.documentElement;
  const prefixes = ["gpxx"];
  for (const attribute of Array.from(root?.attributes ?? []))
    if (attribute.name.startsWith("xmlns:")) prefixes.push(attribute.name.slice(6));
  const namespaced = (key: string) => prefixes.some((prefix) => key.startsWith(`${prefix}_`));
  const queue = converted.features.map((feature) => {
    const properties = { ...(feature.properties ?? {}) } as Record<string, unknown>;
    for (const key of Object.keys(properties)) if (namespaced(key)) delete properties[key];
    return { ...feature, properties };
  });
  const add = (feature: Feature, line: number) => {
    features.push(feature);
    lines.push(line);
  };
  for (const track of elements(document, "trk")) {
    const name = childText(track, "name");
    const segments = elements(track, "trkseg").map((segment) => validPoints(segment, "trkpt"));
    const drawn = segments.filter((points) => points.length >= 2);
    if (drawn.length > 0 && queue[0]) {
      add(dated(queue.shift() as Feature, timesOf(drawn.flat()), zone, unread), lineOf(track));
    }
    segments.forEach((points, index) => {
      if (points.length !== 1) return;
      // Several segments: the title says which, so the list never shows one title twice.
      const title =
        name && segments.length > 1 ? `${name} (segment ${index + 1} of ${segments.length})` : name;
      add(
        onePoint(points[0] as Element, title, "track segment", zone, unread),
        lineOf(points[0] as Element),
      );
    });
    if (segments.every((points) => points.length === 0))
      warnings.push({
        line: lineOf(track),
        message: `GPX track${name ? ` "${name}"` : ""} has no points with lat and lon and is not drawn`,
        fix: "remove the empty <trk>, or add its <trkpt> points",
      });
  }
  for (const route of elements(document, "rte")) {
    const name = childText(route, "name");
    const points = validPoints(route, "rtept");
    if (points.length >= 2 && queue[0]) {
      add(dated(queue.shift() as Feature, timesOf(points), zone, unread), lineOf(route));
    } else if (points.length === 1) {
      add(onePoint(points[0] as Element, name, "route", zone, unread), lineOf(route));
    } else if (points.length === 0)
      warnings.push({
        line: lineOf(route),
        message: `GPX route${name ? ` "${name}"` : ""} has no points with lat and lon and is not drawn`,
        fix: "remove the empty <rte>, or add its <rtept> points",
      });
  }
  for (const waypoint of elements(document, "wpt")) {
    if (gpxPosition(waypoint) === null || !queue[0]) continue;
    add(dated(queue.shift() as Feature, timesOf([waypoint]), zone, unread), lineOf(waypoint));
  }
  if (unreadTime !== undefined)
    warnings.push({
      line: 1,
      message: `GPX <time> ${JSON.stringify(unreadTime)} is not an ISO 8601 date and time; times that cannot be read are not kept as the features' "when"`,
      fix: 'write times as GPX 1.1 does, in UTC: "2008-03-27T05:00:00Z"',
    });
  return { features, lines, warnings };
}

/** KML elements the map does not draw, with what they are, for warnings. */
const undrawnKml: [name: string, what: string][] = [
  ["GroundOverlay", "an image laid over the ground"],
  ["PhotoOverlay", "a photo placed in the view"],
  ["ScreenOverlay", "an image fixed on the screen"],
  ["NetworkLink", "a link to more KML elsewhere, which the build does not fetch"],
  ["Model", "a 3D model"],
  ["Tour", "a tour of the globe"],
];

/** A KML placemark's `when` from its TimeStamp, TimeSpan, or gx:Track times. */
function kmlTimes(placemark: Element): string[] | undefined {
  const stamp = elements(placemark, "TimeStamp")[0];
  if (stamp) {
    const when = childText(stamp, "when");
    return when ? [when] : undefined;
  }
  const span = elements(placemark, "TimeSpan")[0];
  if (span) {
    const begin = childText(span, "begin");
    const end = childText(span, "end");
    return begin && end ? [begin, end] : undefined;
  }
  const times = elementsAnyPrefix(placemark, "when").map((when) => (when.textContent ?? "").trim());
  return times.length > 0 ? times : undefined;
}

/**
 * The features of a KML file: one per `Placemark` with a point, line or polygon (togeojson's,
 * in document order), with `TimeStamp`, `TimeSpan` (both `begin` and `end`) or `gx:Track` times
 * as `when`, each with the line of its Placemark; and the warnings for what is not drawn:
 * overlays, network links, models, tours (each kind once, at its first line), placemarks
 * without geometry, `ExtendedData` values, times that cannot be read.
 * @param document the parsed KML 2.2 document
 * @param converted what togeojson's `kml()` made of it: one feature per Placemark first
 * @param zone IANA time zone a KML time without an offset is read in
 */
export function kmlFeatures(
  document: Document,
  converted: FeatureCollection,
  zone: string,
): XmlFeatures {
  const features: Feature[] = [];
  const lines: number[] = [];
  const warnings: XmlMapWarning[] = [];
  for (const [name, what] of undrawnKml) {
    const found = elementsAnyPrefix(document, name);
    if (found.length === 0) continue;
    warnings.push({
      line: lineOf(found[0] as Element),
      message: `KML ${name === "Tour" ? "gx:Tour" : name}${several(found.length)}, ${what}, is not drawn: the map shows placemarks' points, lines and polygons`,
      fix: "draw what readers need as a Placemark, or leave it out of the file",
    });
  }
  const placemarks = elements(document, "Placemark");
  const withoutGeometry: Element[] = [];
  const extended: Element[] = [];
  const extendedNames = new Set<string>();
  let unreadTime: { line: number; text: string } | undefined;
  let halfSpan: Element | undefined;
  placemarks.forEach((placemark, index) => {
    const feature = converted.features[index];
    const ownNames: string[] = [];
    for (const data of elements(placemark, "ExtendedData")) {
      extended.push(data);
      for (const item of [...elements(data, "Data"), ...elements(data, "SimpleData")])
        ownNames.push(item.getAttribute("name") ?? "");
    }
    for (const name of ownNames) extendedNames.add(name);
    if (!feature?.geometry) {
      withoutGeometry.push(placemark);
      return;
    }
    const span = elements(placemark, "TimeSpan")[0];
    if (span && !(childText(span, "begin") && childText(span, "end"))) halfSpan ??= span;
    const properties = { ...(feature.properties ?? {}) } as Record<string, unknown>;
    delete properties.timestamp;
    delete properties.timespan;
    // ExtendedData values are not shown, even one named like a property the map reads ("source").
    for (const name of ownNames) delete properties[name];
    const times = kmlTimes(placemark);
    const when = times
      ? whenOf(times, zone, (text) => (unreadTime ??= { line: lineOf(placemark), text }))
      : undefined;
    features.push({ ...feature, properties: { ...properties, ...(when ? { when } : {}) } });
    lines.push(lineOf(placemark));
  });
  if (withoutGeometry.length > 0) {
    const first = withoutGeometry[0] as Element;
    const name = childText(first, "name");
    warnings.push({
      line: lineOf(first),
      message: `KML Placemark${name ? ` "${name}"` : ""} has no Point, LineString or Polygon and is not drawn${withoutGeometry.length > 1 ? ` (nor ${count(withoutGeometry.length - 1, "other placemark")} without one)` : ""}`,
      fix: "give it a Point with <coordinates>longitude,latitude</coordinates>, or remove it",
    });
  }
  if (extended.length > 0) {
    const names = [...extendedNames].filter((name) => name !== "").slice(0, 5);
    warnings.push({
      line: lineOf(extended[0] as Element),
      message: `KML ExtendedData values${names.length > 0 ? ` (${names.map((name) => JSON.stringify(name)).join(", ")}${extendedNames.size > names.length ? ", …" : ""})` : ""} of ${count(extended.length, "placemark")} are not shown: the map shows each placemark's name and description`,
      fix: "put what readers need in the placemark's <description>",
    });
  }
  if (halfSpan)
    warnings.push({
      line: lineOf(halfSpan),
      message: `KML TimeSpan with only a <begin> or an <end> is not kept as the feature's "when": a span needs both`,
      fix: "give the TimeSpan both <begin> and <end>, or use a TimeStamp",
    });
  if (unreadTime)
    warnings.push({
      line: unreadTime.line,
      message: `KML time ${JSON.stringify(unreadTime.text)} is not a full ISO 8601 date and is not kept as the feature's "when"`,
      fix: 'write a day "2008-03-27" or a moment "2008-03-27T05:00:00Z" (KML\'s year or month alone is not a step of the map)',
    });
  return { features, lines, warnings };
}

/**
 * The times of a KML or GPX file, kept as `when` only when they make a timeline of days
 * (`mapTimeline` with the default `steps`, at most {@link maxSteps} days): a GPS log of two months
 * would otherwise be refused for a timeline its author never asked for. When they do not, every
 * `when` is dropped and one warning says so; the map is then drawn undated.
 * @param zone IANA time zone the days are counted in
 */
export function keepTimesWithinSteps(
  collection: FeatureCollection,
  zone: string,
): { collection: FeatureCollection; warning?: XmlMapWarning } {
  const { problems } = mapTimeline(collection.features, undefined, zone, "en", (index) => [
    "features",
    index,
  ]);
  if (problems.length === 0) return { collection };
  const features = collection.features.map((feature) => {
    const properties = { ...(feature.properties ?? {}) };
    delete properties.when;
    return { ...feature, properties };
  });
  return {
    collection: { ...collection, features },
    warning: {
      line: 1,
      message: `the times in this file are not kept as the features' "when" (${problems[0]?.message ?? "they make no timeline"}), so the map is not dated`,
      fix: `give the map tag the steps to show, as dates or intervals separated by commas (steps="2008-03-01/2008-03-31,2008-04-01/2008-04-30"), or convert the file to GeoJSON and write "steps" with labels there, or shorten the log to at most ${maxSteps} days`,
    },
  };
}

/**
 * A warning about something a KML or GPX file holds that the map does not show, told that the
 * file itself is published unchanged beside the page (a post's folder is copied as it is, see
 * `src/content/post-assets.ts`), with how to keep it off the site: a GPS log's device data or a
 * KML's ExtendedData and network links are in the published file even though the map leaves them
 * out.
 * @param warning a warning of {@link gpxFeatures}, {@link kmlFeatures} or
 *   {@link keepTimesWithinSteps}
 * @param file the file's name as the tag gives it, relative to the page (`convoy.gpx`)
 * @returns the warning, its message ending `…; the file itself is published unchanged beside the
 *   page as convoy.gpx, this included` and its fix saying how to strip it
 */
export function publishedAsIs(warning: XmlMapWarning, file: string): XmlMapWarning {
  const strip =
    "to keep it off the site, export the file again without it or convert the file to GeoJSON";
  return {
    ...warning,
    message: `${warning.message}; the file itself is published unchanged beside the page as ${file}, this included`,
    fix: warning.fix ? `${warning.fix}; ${strip}` : strip,
  };
}
