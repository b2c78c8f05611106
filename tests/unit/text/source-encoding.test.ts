import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  firstInvalidUtf8,
  foreignEncoding,
  readSourceText,
} from "../../../src/text/source-encoding.ts";

const bytes = (...values: number[]) => Uint8Array.from(values);

describe("foreignEncoding", () => {
  it.each<[string, Uint8Array, string | undefined]>([
    ["UTF-8", Buffer.from("---\ntitle: Café\n"), undefined],
    ["UTF-8 with its byte-order mark", Buffer.from("\uFEFF---\n"), undefined],
    ["empty", bytes(), undefined],
    ["UTF-16 LE by its mark", bytes(0xff, 0xfe, 0x2d, 0x00), "UTF-16"],
    ["UTF-16 BE by its mark", bytes(0xfe, 0xff, 0x00, 0x2d), "UTF-16"],
    ["UTF-32 LE by its mark", bytes(0xff, 0xfe, 0x00, 0x00, 0x2d, 0x00, 0x00, 0x00), "UTF-32"],
    ["UTF-32 BE by its mark", bytes(0x00, 0x00, 0xfe, 0xff), "UTF-32"],
    ["UTF-16 LE without a mark", Buffer.from("---\ntitle: x\n", "utf16le"), "UTF-16"],
    ["one NUL in text", Buffer.from("---\ntitle: x\u0000y and more text\n"), undefined],
  ])("%s", (_, input, encoding) => {
    expect(foreignEncoding(input)).toBe(encoding);
  });
});

describe("firstInvalidUtf8", () => {
  it.each<[string, Uint8Array, number | undefined]>([
    ["ASCII", Buffer.from("abc"), undefined],
    ["two-, three- and four-byte characters", Buffer.from("é€😀"), undefined],
    ["Latin-1 é", bytes(0x43, 0x61, 0x66, 0xe9, 0x20), 3],
    ["a lone continuation byte", bytes(0x61, 0x80), 1],
    ["a character cut off at the end", bytes(0x61, 0xe2, 0x82), 1],
    ["an overlong /", bytes(0xc0, 0xaf), 0],
    ["an overlong three-byte form", bytes(0xe0, 0x80, 0xaf), 0],
    ["a surrogate (CESU-8)", bytes(0xed, 0xa0, 0x80), 0],
    ["above U+10FFFF", bytes(0xf4, 0x90, 0x80, 0x80), 0],
  ])("%s", (_, input, offset) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
  });
});

describe("readSourceText", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "dispatch-encoding-"));
  const read = (content: string | Uint8Array, maxBytes = 1024) => {
    const file = path.join(folder, "index.md");
    writeFileSync(file, content);
    return readSourceText(file, "posts/a/index.md", maxBytes, "a post", "make it smaller");
  };
  const fix = "save it as UTF-8 (in most editors: Save As, then Encoding: UTF-8)";

  it("reads UTF-8, dropping a byte-order mark", () => {
    expect(read("\uFEFF---\ntitle: Café\n")).toEqual({ ok: true, text: "---\ntitle: Café\n" });
    expect(read("é")).toEqual({ ok: true, text: "é" });
  });

  it.each([
    ["two", "\uFEFF\uFEFF"],
    ["three", "\uFEFF\uFEFF\uFEFF"],
  ])(
    "refuses a file that starts with %s byte-order marks, of which Eleventy drops only one",
    (_, marks) => {
      expect(read(`${marks}---\ntitle: T\n---\n`)).toEqual({
        ok: false,
        problem: {
          file: "posts/a/index.md",
          line: 1,
          message:
            "the file starts with more than one byte-order mark (invisible U+FEFF characters); the build drops only one",
          fix: "save it again as UTF-8 without a byte-order mark (in most editors: Save As, then Encoding: UTF-8)",
        },
      });
    },
  );

  it("refuses a file over the limit before reading it, in the units a file manager shows", () => {
    expect(read("x".repeat(1025))).toEqual({
      ok: false,
      problem: {
        file: "posts/a/index.md",
        line: 1,
        message: "the file is 2 KB, more than the 1 KB a post may be",
        fix: "make it smaller",
      },
    });
    expect(read("x".repeat(8 * 1024 * 1024 + 1), 8 * 1024 * 1024)).toMatchObject({
      problem: { message: "the file is 8.1 MB, more than the 8.0 MB a post may be" },
    });
  });

  it("says a UTF-16 file is one, on line 1", () => {
    expect(read(Buffer.from("\uFEFF---\ntitle: x\n---\n", "utf16le"))).toEqual({
      ok: false,
      problem: {
        file: "posts/a/index.md",
        line: 1,
        message: "the file is saved as UTF-16, not UTF-8",
        fix,
      },
    });
  });

  it("names the line of the first byte that is not UTF-8", () => {
    const latin1 = Buffer.concat([Buffer.from("---\ntitle: x\n---\n\nCaf"), bytes(0xe9)]);
    expect(read(latin1)).toEqual({
      ok: false,
      problem: {
        file: "posts/a/index.md",
        line: 5,
        message:
          "the file is not UTF-8: byte 0xE9 on this line is not UTF-8 text (it was probably saved as Windows-1252 or Latin-1)",
        fix,
      },
    });
  });
});
