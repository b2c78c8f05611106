import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readMapFile } from "../../../src/maps/read-file.ts";
import { mapLimits } from "../../../src/maps/simplify.ts";

const folder = mkdtempSync(path.join(tmpdir(), "dispatch-read-map-file-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes `content` as a file of the temporary folder and returns its path. */
function file(name: string, content: string | Buffer): string {
  const absolute = path.join(folder, name);
  writeFileSync(absolute, content);
  return absolute;
}

describe("readMapFile", () => {
  it("returns the text of a UTF-8 file without its byte-order mark", () => {
    const absolute = file("places.kml", "\ufeff<kml/>");
    expect(readMapFile(absolute, "posts/a/places.kml", "kml")).toEqual({
      ok: true,
      text: "<kml/>",
    });
  });

  it.each<["kml" | "gpx" | "geojson", number, string]>([
    [
      "kml",
      mapLimits.maxXmlBytes + 1,
      "simplify it to at most 20,000 positions before adding it (mapshaper's -simplify, or your GPS software's track filter)",
    ],
    [
      "gpx",
      mapLimits.maxXmlBytes + 1,
      "simplify it to at most 20,000 positions before adding it (mapshaper's -simplify, or your GPS software's track filter), and leave out times and elevations the map does not show",
    ],
  ])("refuses a %s file over its limit with the fix for its format", (format, size, fix) => {
    const absolute = file(`big.${format}`, Buffer.alloc(size, 0x20));
    const read = readMapFile(absolute, `posts/a/big.${format}`, format);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem).toMatchObject({ file: `posts/a/big.${format}`, line: 1, fix });
    expect(!read.ok && read.problem.message).toBe(
      "the file is 3.1 MB, more than the 3.0 MB a map file may be",
    );
  });

  it("reads a GeoJSON file larger than a KML may be, up to its own limit", () => {
    const absolute = file("big.geojson", Buffer.alloc(mapLimits.maxXmlBytes + 1, 0x20));
    expect(readMapFile(absolute, "posts/a/big.geojson", "geojson").ok).toBe(true);
  });

  it("refuses a file that is not UTF-8, on the line of the first bad byte", () => {
    const absolute = file("latin1.gpx", Buffer.from("<gpx>\n<name>Bas\xe9ra</name>", "latin1"));
    const read = readMapFile(absolute, "posts/a/latin1.gpx", "gpx");
    expect(!read.ok && read.problem.line).toBe(2);
  });
});
