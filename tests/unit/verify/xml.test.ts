import { describe, expect, it } from "vitest";
import { checkXml } from "../../../src/verify/xml.ts";

/** The problems of `xml` as `line: message`. */
const problemsOf = (xml: string): string[] =>
  checkXml(xml, "feed.xml").map(({ line, message, check, file }) => {
    expect({ check, file }).toEqual({ check: "xml", file: "feed.xml" });
    return `${line}: ${message}`;
  });

describe("checkXml", () => {
  it("passes well-formed XML with declared entities and namespaces", () => {
    expect(
      problemsOf(
        '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><t>a &amp; b &#160;</t></feed>',
      ),
    ).toEqual([]);
  });

  it.each([
    ["an undeclared entity", "<a>\n&nbsp;\n</a>", ["2: not well-formed XML: undefined entity."]],
    [
      "an unbound prefix",
      "<a>\n<x:b/>\n</a>",
      ['2: not well-formed XML: unbound namespace prefix: "x".'],
    ],
    [
      "an unclosed element",
      "<a>\n<b>\n</a>",
      [
        "3: not well-formed XML: Expected closing tag 'b' (opened in line 2, col 1) instead of closing tag 'a'.",
      ],
    ],
  ])("reports %s at its line, once per line", (_, xml, expected) => {
    expect(problemsOf(xml)).toEqual(expected);
  });

  it("reports the first error of each parser, each on its line", () => {
    expect(problemsOf("<a>\n<b>x & y</b>\n</a>\n<c/>")).toEqual([
      "2: not well-formed XML: char '&' is not expected.",
      "4: not well-formed XML: unclosed tag: b",
    ]);
  });
});
