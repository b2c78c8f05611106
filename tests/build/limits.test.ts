import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, readPage } from "../helpers/build-site.ts";

/**
 * Posts at and past the limits of issue 12 (README, "Limits"), written here: the bytes matter
 * (a byte-order mark, UTF-16, a byte that is not UTF-8), and large inputs are made, not committed.
 */

const utf8Bom = "\uFEFF";
const frontMatter = (title: string, extra: string[] = []) =>
  ["---", `title: ${title}`, "date: 2008-03-27", ...extra, "---", ""].join("\n");

/** A GPX track of `count` points along a wavy line near Basra. */
function gpxTrack(count: number): string {
  const points: string[] = [];
  for (let i = 0; i < count; i++) {
    const lat = (30 + Math.sin(i / 50) * 0.2 + i * 1e-5).toFixed(6);
    const lon = (47 + Math.cos(i / 70) * 0.2 + i * 1e-5).toFixed(6);
    points.push(`<trkpt lat="${lat}" lon="${lon}"></trkpt>`);
  }
  return `<?xml version="1.0"?>\n<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>Convoy route</name><trkseg>\n${points.join("\n")}\n</trkseg></trk></gpx>\n`;
}

function write(posts: string, file: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(posts, file)), { recursive: true });
  writeFileSync(path.join(posts, file), content);
}

describe("limits an author stays within", () => {
  const posts = mkdtempSync(path.join(tmpdir(), "dispatch-limits-good-"));
  write(
    posts,
    "bom/index.md",
    `${utf8Bom}${frontMatter("Saved with a byte-order mark")}\nText.\n\n{% map "places.geojson" %}\n`,
  );
  write(
    posts,
    "bom/places.geojson",
    `${utf8Bom}${JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", properties: { title: "Basra", url: "/posts/track/" }, geometry: { type: "Point", coordinates: [47.81, 30.515] } }] })}`,
  );
  write(
    posts,
    "track/index.md",
    `${frontMatter("A long track")}\nThe route.\n\n{% map "route.gpx" %}\n`,
  );
  write(posts, "track/route.gpx", gpxTrack(30_000));
  const site = buildSite({ posts });

  it("build, with one warning for the track that is simplified", () => {
    expect(site.exitCode).toBe(0);
    expect(site.stderr).toBe(
      "posts/track/index.md:8: warning: map file \"route.gpx\" has 30,000 positions, more than the 20,000 a map draws: its lines and areas are simplified to 19,947 positions (66%), none moved more than about 3 m. Fix: To choose what is kept, simplify it yourself to at most 20,000 positions (mapshaper's -simplify, or your GPS software's track filter)\n",
    );
  });

  it("read a post and a map file that start with a UTF-8 byte-order mark as if they had none", () => {
    const page = readPage(site.output, "/posts/bom/");
    expect(page.querySelector("h1")?.textContent).toBe("Saved with a byte-order mark");
    expect(page.querySelector(".dispatch-map__feature")?.textContent).toContain("Basra");
  });

  it("give the page the simplified track, not the 30,000 positions", () => {
    const island = readPage(site.output, "/posts/track/").querySelector(
      "script[data-map-features]",
    );
    const data = JSON.parse(island?.textContent ?? "{}") as {
      features: { geometry: { coordinates: unknown[] } }[];
    };
    expect(data.features[0]?.geometry.coordinates).toHaveLength(19_947);
  });
});

describe("past the limits", () => {
  const posts = mkdtempSync(path.join(tmpdir(), "dispatch-limits-bad-"));
  write(posts, "utf16/index.md", Buffer.from(`\uFEFF${frontMatter("UTF-16")}Text.\n`, "utf16le"));
  write(
    posts,
    "latin1/index.md",
    Buffer.concat([
      Buffer.from(`${frontMatter("Latin-1")}\nCaf`),
      Buffer.from([0xe9]),
      Buffer.from(" on the corner.\n"),
    ]),
  );
  write(
    posts,
    "deep/index.md",
    `${frontMatter("Deep")}\n\`\`\`geojson\n${"[".repeat(5000)}${"]".repeat(5000)}\n\`\`\`\n`,
  );
  const bomb = [
    "a: &a [x, x, x, x, x, x, x, x, x]",
    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
    "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
  ];
  write(posts, "bomb/index.md", `${frontMatter("Bomb", bomb)}\nText.\n`);
  write(
    posts,
    "offset/index.md",
    ["---", "title: Offset", "date: 2008-03-27T14:30+25:00", "---", "", "Text.", ""].join("\n"),
  );
  write(posts, "big/index.md", `${frontMatter("Big")}\n{% map "route.gpx" %}\n`);
  write(
    posts,
    "big/route.gpx",
    `<?xml version="1.0"?>\n<gpx>${" ".repeat(4 * 1024 * 1024)}</gpx>\n`,
  );
  write(
    posts,
    "away/index.md",
    `${frontMatter("Away")}\n\`\`\`geojson\n{"type": "Feature", "properties": {"title": "Basra", "url": "/\\\\evil.example/"}, "geometry": {"type": "Point", "coordinates": [47.81, 30.515]}}\n\`\`\`\n`,
  );
  write(posts, "huge/index.md", `${frontMatter("Huge")}\n${"Text. ".repeat(700_000)}\n`);
  const site = buildSite({ posts });

  it("stop the build, each with its file, line and fix", () => {
    expect(site.exitCode).toBe(1);
    const problems = site.stderr.split("\n").filter((line) => line.startsWith("posts/"));
    expect(problems).toEqual([
      'posts/away/index.md:7: map feature 1 ("Basra"): "url" "/\\\\evil.example/" leads to another site, evil.example: browsers read it as //evil.example/ (to them a backslash is a slash, and tabs and line breaks are dropped). Fix: write a path of this site with one / at the start, e.g. "/posts/basra/", or the other site\'s full address, "https://evil.example/…"',
      "posts/big/route.gpx:1: the file is 4.1 MB, more than the 3.0 MB a map file may be. Fix: simplify it to at most 20,000 positions before adding it (mapshaper's -simplify, or your GPS software's track filter), and leave out times and elevations the map does not show",
      "posts/bomb/index.md:5: front matter's YAML aliases (*name) stand for more than 100 values. Fix: write the values out instead of repeating them with &name and *name",
      "posts/deep/index.md:7: map data is nested more than 64 levels deep ([ and { inside one another). Fix: GeoJSON needs at most 9 levels: look for brackets that are opened and never closed, or remove the extra levels",
      'posts/huge/index.md:1: the file is 4.1 MB, more than the 4.0 MB a post may be. Fix: split it into several posts, or move a large map into a file beside it: {% map "route.geojson" %}',
      "posts/latin1/index.md:6: the file is not UTF-8: byte 0xE9 on this line is not UTF-8 text (it was probably saved as Windows-1252 or Latin-1). Fix: save it as UTF-8 (in most editors: Save As, then Encoding: UTF-8)",
      'posts/offset/index.md:3: front matter field "date": "2008-03-27T14:30+25:00" is not a date: write YYYY-MM-DD, or YYYY-MM-DDTHH:MM with an optional offset, on a day that exists. Fix: +25:00 is not a time offset: offsets run from -14:00 to +14:00, minutes under 60 (Baghdad is +03:00); write e.g. date: 2008-03-27T14:30+03:00, or leave the offset out for the site\'s time zone',
      "posts/utf16/index.md:1: the file is saved as UTF-16, not UTF-8. Fix: save it as UTF-8 (in most editors: Save As, then Encoding: UTF-8)",
    ]);
    expect(site.stderr).not.toMatch(/\n\s+at /);
  });
});
