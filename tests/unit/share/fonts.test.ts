import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fontconfigFile, woffToSfnt } from "../../../src/share/fonts.ts";

const require = createRequire(import.meta.url);
const woffFile = path.join(
  path.dirname(require.resolve("@fontsource/source-serif-4/package.json")),
  "files/source-serif-4-latin-700-normal.woff",
);

describe("woffToSfnt", () => {
  const woff = readFileSync(woffFile);
  const sfnt = woffToSfnt(woff);

  it("unpacks to the OpenType file the WOFF header announces: flavour, tables, total size", () => {
    expect({
      flavor: sfnt.readUInt32BE(0),
      tables: sfnt.readUInt16BE(4),
      size: sfnt.length,
    }).toEqual({
      flavor: woff.readUInt32BE(4),
      tables: woff.readUInt16BE(12),
      size: woff.readUInt32BE(16),
    });
  });

  it("keeps every table's tag and length, each at a 4-byte boundary", () => {
    const count = sfnt.readUInt16BE(4);
    for (let index = 0; index < count; index += 1) {
      const record = 12 + index * 16;
      const entry = 44 + index * 20;
      expect(sfnt.toString("latin1", record, record + 4)).toBe(
        woff.toString("latin1", entry, entry + 4),
      );
      expect(sfnt.readUInt32BE(record + 12)).toBe(woff.readUInt32BE(entry + 12));
      expect(sfnt.readUInt32BE(record + 8) % 4).toBe(0);
    }
  });

  it("refuses a file that is not WOFF", () => {
    expect(() => woffToSfnt(Buffer.from("OTTO and more"))).toThrow("not a WOFF 1.0 font");
  });
});

describe("fontconfigFile", () => {
  it("includes the base configuration, the fonts and the family alias, escaped", () => {
    expect(fontconfigFile("/p/a&b/fonts", "/p/cache", "/etc/fonts/fonts.conf")).toBe(
      [
        `<?xml version="1.0"?>`,
        `<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">`,
        `<fontconfig>`,
        `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>`,
        `  <dir>/p/a&amp;b/fonts</dir>`,
        `  <cachedir>/p/cache</cachedir>`,
        `  <alias binding="strong"><family>Dispatch Serif</family>`,
        `    <prefer><family>Source Serif 4</family><family>Noto Naskh Arabic</family></prefer>`,
        `  </alias>`,
        `</fontconfig>`,
        ``,
      ].join("\n"),
    );
  });
});
