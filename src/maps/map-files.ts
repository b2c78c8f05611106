/**
 * Map data from a file beside a post, for the `{% map "file" %}` tag: GeoJSON (`.geojson`,
 * `.json`), KML (`.kml`, as Google My Maps exports it) and GPX (`.gpx`), the last two converted
 * with `@tmcw/togeojson`. Converted text is made plain: KML descriptions often carry HTML, which
 * is stripped with sanitize-html's allow-list of no tags at all.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { Feature, FeatureCollection } from "geojson";
import { ContentError } from "../errors.ts";
import { plainText } from "../shared/plain-text.ts";
import { featureKind } from "./draw/feature-list.ts";
import { site } from "../site.ts";
import { knownProperties } from "./style-keys.ts";
import { gpxFeatures, kmlFeatures, type XmlMapWarning } from "./xml-conversion.ts";

// Packages loaded on first use: start-up loads only what the first template needs.
const require = createRequire(import.meta.url);

/** Extensions the map tag reads, by format. */
export const mapFileFormats = { geojson: ["geojson", "json"], kml: ["kml"], gpx: ["gpx"] } as const;

/** Returns the format of a map file by its extension, or undefined for one Dispatch cannot read. */
export function mapFileFormat(file: string): keyof typeof mapFileFormats | undefined {
  const extension = path.extname(file).slice(1).toLowerCase();
  for (const [format, extensions] of Object.entries(mapFileFormats)) {
    if ((extensions as readonly string[]).includes(extension))
      return format as keyof typeof mapFileFormats;
  }
  return undefined;
}

/**
 * Properties togeojson adds that readers never see: KML style references and visibility, and
 * GPX's per-point times and elevations (`coordinateProperties`), which would swell the page.
 */
export const convertedBookkeeping = [
  "styleUrl",
  "styleHash",
  "styleMapHash",
  "visibility",
  "coordinateProperties",
  "_gpxType",
];

const kindNames = { place: "Place", line: "Route", area: "Area" } as const;

/** The properties of a converted feature the map shows (`title` and `description` are made). */
const shownProperties: readonly string[] = [...knownProperties, "when"];

/**
 * Gives converted features Dispatch's properties: `title` from `name` (or "Place 3" when it has
 * none), `description` (KML, plain or HTML) and `desc` (GPX) as plain text, KML's `icon-color` as
 * `marker-color`; keeps only the properties the map shows (`knownProperties` of `style-keys.ts`
 * and `when`), so what the warnings call "not shown" (GPX `sym`, `links`, KML `ExtendedData`
 * values, togeojson's bookkeeping, {@link convertedBookkeeping}) is in neither the page nor the
 * data download.
 */
export function normalizeConverted(collection: FeatureCollection): FeatureCollection {
  const features = collection.features
    .filter((feature): feature is Feature => feature.geometry !== null)
    .map((feature, index) => {
      const { name, description, desc, ...rest } = (feature.properties ?? {}) as Record<
        string,
        unknown
      >;
      for (const key of convertedBookkeeping) delete rest[key];
      // togeojson gives an HTML description as {"@type": "html", value}.
      const rich = (description as { value?: unknown } | undefined)?.value;
      const text = [description, rich, desc].find(
        (value): value is string => typeof value === "string",
      );
      // KML's icon colour is the pin's colour.
      const iconColor = rest["icon-color"];
      if (typeof iconColor === "string" && rest["marker-color"] === undefined) {
        rest["marker-color"] = iconColor;
      }
      // Only what the map shows is kept: GPX <sym>, <link>, <type>, KML ExtendedData values and
      // icon or label styles would otherwise reach the page's data and the download, though the
      // warnings say they are not shown.
      for (const key of Object.keys(rest)) if (!shownProperties.includes(key)) delete rest[key];
      const title =
        typeof name === "string" && name.trim() !== ""
          ? plainText(name)
          : `${kindNames[featureKind(feature.geometry)]} ${index + 1}`;
      return {
        ...feature,
        properties: { title, ...(text ? { description: plainText(text) } : {}), ...rest },
      };
    });
  return { type: "FeatureCollection", features };
}

/**
 * An author's KML or GPX file that is not well-formed XML: one problem at the 1-based line the
 * parser stopped on, `KML file is not well-formed XML: <the parser's message>`.
 */
export class XmlSyntaxError extends ContentError {
  override name = "XmlSyntaxError";
  /** The 1-based line the parser stopped on. */
  readonly line: number;

  /**
   * @param reason the parser's message, e.g. `Opening and ending tag mismatch: "name" != "nme"`
   * @param file the map file's project-relative path
   */
  constructor(reason: string, format: "kml" | "gpx", file: string, line: number) {
    super([
      { file, line, message: `${format.toUpperCase()} file is not well-formed XML: ${reason}` },
    ]);
    this.line = line;
  }
}

/**
 * Converts KML or GPX text to a FeatureCollection with Dispatch's properties.
 * @param file the map file's project-relative path (`posts/basra/route.kml`), for the error
 * @throws XmlSyntaxError with the parser's message and line when the text is not well-formed XML
 */
export function convertXmlMap(
  text: string,
  format: "kml" | "gpx",
  file: string,
): FeatureCollection {
  return convertXmlMapFile(text, format, file).collection;
}

/**
 * Converts KML or GPX text as {@link convertXmlMap} does, and says what the map does not draw:
 * one-point GPX segments and routes become Points, KML and GPX times become `when`, and every
 * element left out is a warning at its line of the file (`src/maps/xml-conversion.ts`).
 * @param file the map file's project-relative path, for the error
 * @param zone IANA time zone a time without an offset is read in. @default the site's
 * @returns the collection, the 1-based line in the file of each feature's element, and the
 *   warnings (each at a line of the file)
 * @throws XmlSyntaxError with the parser's message and line when the text is not well-formed XML
 */
export function convertXmlMapFile(
  text: string,
  format: "kml" | "gpx",
  file: string,
  zone = site.timeZone,
): { collection: FeatureCollection; lines: number[]; warnings: XmlMapWarning[] } {
  let first: XmlSyntaxError | undefined;
  let document;
  const { DOMParser } = require("@xmldom/xmldom") as typeof import("@xmldom/xmldom");
  try {
    document = new DOMParser({
      onError: (level, message, context) => {
        if (level === "warning" || first) return;
        const line = (context as { locator?: { lineNumber?: number } } | undefined)?.locator
          ?.lineNumber;
        first = new XmlSyntaxError(message, format, file, line ?? 1);
      },
    }).parseFromString(text, "text/xml");
  } catch (error) {
    // xmldom throws after a fatal error, wrapping what onError saw: report that.
    throw first ?? error;
  }
  if (first) throw first;
  const { kml, gpx } = require("@tmcw/togeojson") as typeof import("@tmcw/togeojson");
  const converted = (
    format === "kml" ? kml(document as never) : gpx(document as never)
  ) as FeatureCollection;
  const read = (format === "kml" ? kmlFeatures : gpxFeatures)(
    document as unknown as Document,
    converted,
    zone,
  );
  const collection = normalizeConverted({ type: "FeatureCollection", features: read.features });
  const warnings = [...read.warnings].sort((a, b) => a.line - b.line);
  return { collection, lines: read.lines, warnings };
}
