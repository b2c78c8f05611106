import { describe, expect, it } from "vitest";
import { decodeExport } from "../../../../src/import/export/encoding.ts";
import { importErrorOf } from "../../../helpers/import-error.ts";

describe("decoding an export's bytes", () => {
  it.each([
    ["ISO-8859-1", [0x43, 0x61, 0x66, 0xe9], "Café"],
    ["windows-1252", [0x93, 0x43, 0x61, 0x66, 0xe9, 0x94], "“Café”"],
    ["windows-1256", [0xc7, 0xe1, 0xc8, 0xd5, 0xd1, 0xc9], "البصرة"],
  ])("decodes an export declared in %s", (encoding, bytes, text) => {
    const head = `<?xml version="1.0" encoding="${encoding}" ?>\n<t>`;
    const file = Uint8Array.from([...Buffer.from(head, "latin1"), ...bytes]);
    expect(decodeExport(file, "export.xml")).toBe(`${head}${text}`);
  });

  it("decodes UTF-16 by its byte-order mark, and UTF-8 with or without one", () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><t>البصرة</t>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, "utf16le")]);
    expect(decodeExport(le, "export.xml")).toBe(xml);
    const utf8 = '<?xml version="1.0"?><t>البصرة</t>';
    expect(decodeExport(Buffer.from(`\uFEFF${utf8}`), "export.xml")).toBe(utf8);
    expect(decodeExport(Buffer.from(utf8), "export.xml")).toBe(utf8);
  });

  it("refuses an encoding it cannot read, with the fix", () => {
    expect(
      importErrorOf(() =>
        decodeExport(Buffer.from('<?xml version="1.0" encoding="x-mac-klingon"?>'), "export.xml"),
      ).message,
    ).toBe(
      'export.xml:1: the export says its encoding is "x-mac-klingon", which the import cannot read. Fix: save the file as UTF-8 (and write encoding="UTF-8" in its first line), or export it again from WordPress',
    );
  });

  it("refuses a file declared UTF-8 that is Latin-1, naming the line, and a gzip file", () => {
    const bytes = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<t>Caf'),
      Buffer.from([0xe9]),
      Buffer.from("</t>"),
    ]);
    expect(importErrorOf(() => decodeExport(bytes, "export.xml")).message).toBe(
      'export.xml:2: the export says its encoding is UTF-8, but this line has bytes that are not UTF-8, so its accented letters would come out as "\uFFFD"; the file was probably saved in Latin-1 (ISO-8859-1 or windows-1252). Fix: write the encoding it has in its first line, such as <?xml version="1.0" encoding="windows-1252"?>, or save it as UTF-8',
    );
    expect(
      importErrorOf(() => decodeExport(Uint8Array.from([0x1f, 0x8b, 8, 0]), "e.xml.gz")).message,
    ).toBe(
      "e.xml.gz is compressed (gzip), not the .xml file itself. Fix: unzip it first (gunzip e.xml.gz, or double-click it), and give the .xml file inside",
    );
  });
});
