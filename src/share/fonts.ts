/**
 * The typefaces share images are set in. librsvg draws SVG text with the fonts fontconfig knows,
 * which differ from machine to machine; so that a card looks the same on every build machine, the
 * site's own faces (Source Serif 4, and Noto Naskh Arabic for Arabic, from the `@fontsource`
 * packages) are unpacked from WOFF into `.cache/share/fonts/` and offered to fontconfig under the
 * family name {@link shareFontFamily}, before the system's fonts. The FreeType inside sharp
 * reads no WOFF, and Pango would read the `4` of "Source Serif 4" as a size, hence both steps.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { escapeXml } from "./share-card.ts";

/** The family share-image SVG asks for first; fontconfig maps it to the faces below. */
export const shareFontFamily = "Dispatch Serif";

/** The `@fontsource` files unpacked, by package: Latin, Latin Extended and Arabic, 400 and 700. */
const fontFiles: Readonly<Record<string, readonly string[]>> = {
  "@fontsource/source-serif-4": [
    "source-serif-4-latin-400-normal.woff",
    "source-serif-4-latin-700-normal.woff",
    "source-serif-4-latin-ext-400-normal.woff",
    "source-serif-4-latin-ext-700-normal.woff",
  ],
  "@fontsource/noto-naskh-arabic": [
    "noto-naskh-arabic-arabic-400-normal.woff",
    "noto-naskh-arabic-arabic-700-normal.woff",
  ],
};

/**
 * Unpacks a WOFF 1.0 font (https://www.w3.org/TR/WOFF/) into the OpenType (sfnt) file it wraps:
 * each table inflated when compressed, 4-byte aligned, with the offset table's search fields.
 * @throws Error when `woff` does not start with the `wOFF` signature
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF 1.0 font");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.subarray(entry, entry + 4),
      checksum: woff.readUInt32BE(entry + 16),
      data: compLength < origLength ? inflateSync(raw) : raw,
    };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    table.tag.copy(header, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4);
    table.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

/**
 * The fontconfig file: the configuration fontconfig would read anyway (`FONTCONFIG_FILE` as it
 * was, else `/etc/fonts/fonts.conf`), the unpacked fonts, and {@link shareFontFamily} preferring
 * them, so that text still falls back to the system's serif where they have no glyph.
 */
export function fontconfigFile(fontsDir: string, cacheDir: string, base: string): string {
  return [
    `<?xml version="1.0"?>`,
    `<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">`,
    `<fontconfig>`,
    `  <include ignore_missing="yes">${escapeXml(base)}</include>`,
    `  <dir>${escapeXml(fontsDir)}</dir>`,
    `  <cachedir>${escapeXml(cacheDir)}</cachedir>`,
    `  <alias binding="strong"><family>${shareFontFamily}</family>`,
    `    <prefer><family>Source Serif 4</family><family>Noto Naskh Arabic</family></prefer>`,
    `  </alias>`,
    `</fontconfig>`,
    ``,
  ].join("\n");
}

/**
 * Unpacks the fonts into `<cacheDir>/fonts/` (only files not there yet) and points fontconfig at
 * them through `FONTCONFIG_FILE`, which it reads when sharp first draws text. A font package that
 * is missing is skipped: the text falls back to the system's serif. The share plugin calls it once
 * and keeps the promise.
 * @param cacheDir absolute path of the share-image cache, e.g. `<project>/.cache/share`
 * @throws Error from the file system when the cache folder cannot be written
 */
export async function prepareShareFonts(cacheDir: string): Promise<void> {
  const fontsDir = path.join(cacheDir, "fonts");
  await mkdir(fontsDir, { recursive: true });
  const require = createRequire(import.meta.url);
  for (const [pkg, files] of Object.entries(fontFiles)) {
    let manifest: string;
    try {
      manifest = require.resolve(`${pkg}/package.json`);
    } catch {
      continue;
    }
    const folder = path.join(path.dirname(manifest), "files");
    // The version in the name: a new release of the package is unpacked afresh.
    const { version } = JSON.parse(await readFile(manifest, "utf8")) as { version: string };
    for (const file of files) {
      const target = path.join(fontsDir, `${version}-${file.replace(/\.woff$/, ".otf")}`);
      const source = path.join(folder, file);
      if (existsSync(target) || !existsSync(source)) continue;
      await writeFile(target, woffToSfnt(await readFile(source)));
    }
  }
  const config = path.join(cacheDir, "fonts.conf");
  // A share plugin registered before in this process (Eleventy loads its config again) has
  // pointed fontconfig here already: never include our own file.
  const own = process.env.FONTCONFIG_FILE === config;
  const base = (!own && process.env.FONTCONFIG_FILE) || "/etc/fonts/fonts.conf";
  await writeFile(config, fontconfigFile(fontsDir, path.join(cacheDir, "fontconfig"), base));
  process.env.FONTCONFIG_FILE = config;
}
