import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { jsonSyntaxMessages } from "../../../src/shared/json-syntax.ts";

/** The message of the first syntax error jsonc-parser finds in `text`, strict as JSON. */
function firstMessage(text: string): string | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  return first && jsonSyntaxMessages[printParseErrorCode(first.error)];
}

describe("jsonSyntaxMessages", () => {
  it("has a message for every error jsonc-parser reports (codes 1 to 16)", () => {
    const names = Array.from({ length: 16 }, (_, index) => printParseErrorCode(index + 1));
    expect(names.filter((name) => jsonSyntaxMessages[name] === undefined)).toEqual([]);
    expect(Object.keys(jsonSyntaxMessages).sort()).toEqual([...names].sort());
  });

  it.each([
    ['{"a": 1,}', "expected a property name in double quotes (no comma after the last property)"],
    ["[1, 2,]", "expected a value (no comma after the last item)"],
    ['{"a" 1}', "expected a colon after the property name"],
    ["[1 2]", "expected a comma between items"],
    ['{"a": 1', "a { is not closed with }"],
    ["[1", "a [ is not closed with ]"],
    ['{"a": 1} 2', "unexpected text after the end of the JSON value"],
    ['{"a": 1} // note', "JSON has no comments"],
    ['{"a": "b', "a string is not closed with a double quote"],
    ['["\\x"]', "invalid escape in a string"],
    ["{'a': 1}", "unexpected character"],
  ])("words the error of %j as %j", (text, message) => {
    expect(firstMessage(text)).toBe(message);
  });
});
