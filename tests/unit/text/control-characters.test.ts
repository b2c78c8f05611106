import { describe, expect, it } from "vitest";
import {
  assertXmlCharacters,
  controlCharactersIn,
  findControlCharacters,
  formatPath,
} from "../../../src/text/control-characters.ts";

describe("findControlCharacters", () => {
  it.each([
    ["Basra", []],
    ["tab\there,\nnew line,\r\nCRLF and \rCR", []],
    ["U+FFFD � and U+FDD0 \uFDD0 and an emoji 🇮🇶", []],
    ["Bas\u0008ra", [{ name: "U+0008", kind: "a control character", line: 1, column: 4 }]],
    ["\u0000", [{ name: "U+0000", kind: "a control character", line: 1, column: 1 }]],
    ["a\u000Bb", [{ name: "U+000B", kind: "a control character", line: 1, column: 2 }]],
    ["a\u000C", [{ name: "U+000C", kind: "a control character", line: 1, column: 2 }]],
    ["\u001F", [{ name: "U+001F", kind: "a control character", line: 1, column: 1 }]],
    ["DEL\u007F", [{ name: "U+007F", kind: "a control character", line: 1, column: 4 }]],
    ["NEL\u0085", [{ name: "U+0085", kind: "a control character", line: 1, column: 4 }]],
    ["\u009F", [{ name: "U+009F", kind: "a control character", line: 1, column: 1 }]],
    ["x\uFFFE", [{ name: "U+FFFE", kind: "a noncharacter", line: 1, column: 2 }]],
    ["\uFFFF", [{ name: "U+FFFF", kind: "a noncharacter", line: 1, column: 1 }]],
    ["lone \uD800 high", [{ name: "U+D800", kind: "a lone surrogate", line: 1, column: 6 }]],
    ["lone \uDC00 low", [{ name: "U+DC00", kind: "a lone surrogate", line: 1, column: 6 }]],
    // Columns count characters: the flag before is two of them (four code units).
    ["🇮🇶\u0007", [{ name: "U+0007", kind: "a control character", line: 1, column: 3 }]],
    [
      "one\ntwo \u0008\r\nthree\rfour\u001B",
      [
        { name: "U+0008", kind: "a control character", line: 2, column: 5 },
        { name: "U+001B", kind: "a control character", line: 4, column: 5 },
      ],
    ],
  ])("%j", (text, expected) => {
    expect(
      findControlCharacters(text).map(({ name, kind, line, column }) => ({
        name,
        kind,
        line,
        column,
      })),
    ).toEqual(expected);
  });
});

describe("controlCharactersIn", () => {
  it("names every string holding one by its path, with its first one's place", () => {
    expect(
      controlCharactersIn({
        title: "Basra's por\u0008t",
        tags: ["Iraq", "Bas\u0007ra\u0007"],
        clean: { text: "fine", list: [1, true, null] },
        location: { name: "Ba\u0085sra" },
        ["ta\u0008g"]: "x",
      }),
    ).toEqual([
      {
        path: ["title"],
        field: "title",
        key: false,
        what: "holds a control character (U+0008) at character 12",
        fix: "delete it; it is invisible, and feeds and maps cannot carry it",
      },
      {
        path: ["tags", 1],
        field: "tags.1",
        key: false,
        what: "holds a control character (U+0007) at character 4",
        fix: "delete it; it is invisible, and feeds and maps cannot carry it",
      },
      {
        path: ["location", "name"],
        field: "location.name",
        key: false,
        what: "holds a control character (U+0085) at character 3",
        fix: "delete it; it is invisible, and feeds and maps cannot carry it",
      },
      {
        path: ["ta\u0008g"],
        field: "ta<U+0008>g",
        key: true,
        what: "holds a control character (U+0008) at character 3",
        fix: "delete it; it is invisible, and feeds and maps cannot carry it",
      },
    ]);
  });

  it("says a noncharacter is not text", () => {
    expect(controlCharactersIn(["\uFFFF"])).toEqual([
      {
        path: [0],
        field: "0",
        key: false,
        what: "holds a noncharacter (U+FFFF) at character 1",
        fix: "delete it; it is not text, and feeds and maps cannot carry it",
      },
    ]);
  });
});

describe("formatPath", () => {
  it.each([
    [["title"], "title"],
    [["citations", 1, "title"], "citations.1.title"],
    [["features", 0, "properties", "caption"], "features.0.properties.caption"],
    [["ta\u0008g"], "ta<U+0008>g"],
  ])("%j → %s", (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe("assertXmlCharacters", () => {
  it("returns clean XML as it is and refuses XML that would not be well-formed", () => {
    expect(assertXmlCharacters("<a>\t\n</a>", "the sitemap")).toBe("<a>\t\n</a>");
    expect(() => assertXmlCharacters("<a>\n<b>x\u0008</b></a>", "the sitemap")).toThrow(
      "the sitemap would hold a control character (U+0008) at line 2, column 5, which XML cannot carry; a check let it through (a bug in Dispatch)",
    );
  });
});
