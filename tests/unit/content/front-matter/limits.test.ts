import { describe, expect, it } from "vitest";
import {
  aliasProblem,
  indentTooDeepAt,
  maxAliasCount,
  nestingProblem,
  offsetFix,
} from "../../../../src/content/front-matter/limits.ts";

const file = "posts/x/index.md";

const tooDeep = {
  file,
  message: "front matter is nested more than 64 levels deep",
  fix: "no field needs more than 3 levels: look for brackets opened and never closed, or indentation that keeps growing, and remove the extra levels",
};

/** YAML `levels` deep by indentation: `k0:`, ` k1:`, `  k2:`, one line and one space per level. */
function indented(levels: number): string {
  return Array.from({ length: levels }, (_, level) => `${" ".repeat(level)}k${level}:`).join("\n");
}

/** `levels` of `[` and `{` on the third line of a JSON object (itself the first level). */
function bracketed(levels: number): string {
  const inner = levels - 1;
  return `{\n"a":\n${"[".repeat(inner)}1${"]".repeat(inner)}\n}`;
}

describe("nestingProblem", () => {
  it.each<[string, string, number, "yaml" | "json", number | undefined]>([
    ["YAML indented 64 levels deep", indented(64), 2, "yaml", undefined],
    ["YAML indented 65 levels deep, on the 65th line", indented(65), 2, "yaml", 66],
    [
      "YAML indented 100 levels deep, on the first line past the limit",
      indented(100),
      2,
      "yaml",
      66,
    ],
    ["YAML `- ` items 64 deep on one line", `list:\n${"- ".repeat(63)}a`, 2, "yaml", undefined],
    ["YAML `- ` items 65 deep on one line", `list:\n${"- ".repeat(64)}a`, 2, "yaml", 3],
    ["YAML flow sequences 65 deep", `title: T\ntags: ${"[".repeat(65)}`, 2, "yaml", 3],
    ["JSON 64 levels deep", bracketed(64), 2, "json", undefined],
    ["JSON 65 levels deep in [", bracketed(65), 2, "json", 4],
    [
      "JSON 65 levels deep in {",
      `{\n"a":\n${'{"b":'.repeat(64)}1${"}".repeat(64)}\n}`,
      2,
      "json",
      4,
    ],
    ["JSON brackets in a string", `{"a": "${"[{".repeat(100)}"}`, 2, "json", undefined],
    ["JSON brackets closed as they go", `{"a": [${"[], ".repeat(100)}[]]}`, 2, "json", undefined],
    ["JSON does not nest by indentation", indented(100), 2, "json", undefined],
    ["JSON on the file's line 10", bracketed(65), 10, "json", 12],
    ["YAML on the file's line 1", indented(65), 1, "yaml", 65],
    ["YAML on the file's line 10", indented(65), 10, "yaml", 74],
    ["empty front matter", "", 2, "yaml", undefined],
  ])("%s", (_, text, firstLine, format, line) => {
    expect(nestingProblem(text, file, firstLine, format)).toEqual(
      line === undefined ? undefined : { ...tooDeep, line },
    );
  });

  it("names the file it is given", () => {
    expect(nestingProblem(indented(65), "posts/basra/index.md", 2, "yaml")).toEqual({
      ...tooDeep,
      file: "posts/basra/index.md",
      line: 66,
    });
  });
});

describe("indentTooDeepAt", () => {
  it.each<[string, string, number | undefined]>([
    ["no nesting", "title: T\ndate: 2008-03-27\ntags: [Iraq]", undefined],
    ["64 levels", indented(64), undefined],
    ["65 levels, on the 65th line", indented(65), 65],
    ["a thousand lines at one column", "k: v\n".repeat(1000), undefined],
    [
      "blank lines and comment lines close no level",
      indented(65)
        .split("\n")
        .map((line) => `${line}\n\n# note\n   \n`)
        .join(""),
      257,
    ],
    [
      "a line at a shallower column closes the levels below it",
      `${indented(64)}\n${indented(64)}`,
      undefined,
    ],
    [
      "a line at column 33 closes the levels from column 33",
      `${indented(64)}\n${" ".repeat(33)}a:\n${indented(65).split("\n").slice(34).join("\n")}`,
      96,
    ],
    ["63 `- ` items and their content on one line", `${"- ".repeat(63)}a`, undefined],
    ["64 `- ` items and their content on one line", `${"- ".repeat(64)}a`, 1],
    ["a `-` not followed by a space opens no item", `${"-".repeat(100)}a`, undefined],
  ])("%s", (_, text, line) => {
    expect(indentTooDeepAt(text)).toBe(line);
  });
});

describe("aliasProblem", () => {
  const message = "front matter's YAML aliases (*name) stand for more than 100 values";
  const fix = "write the values out instead of repeating them with &name and *name";

  it("allows 100 values behind aliases", () => {
    expect(maxAliasCount).toBe(100);
  });

  it.each<[string, string, number, number]>([
    ["a flow list of aliases", "a: &a [1, 2]\nb: [*a, *a, *a]", 2, 3],
    ["aliases after commas with no space", "a: &a [1, 2]\nb: [1,*a,*a]", 2, 3],
    ["a block list of aliases", "title: T\na: &a [1, 2]\n\nb:\n  - *a\n  - *a", 2, 6],
    ["an alias as a mapping's value", "a: &a [1]\nb:\n  c: *a", 5, 7],
    ["an alias on the first line", "b: *a", 2, 2],
    ["on the file's line 1", "a: &a [1]\nb: *a", 1, 2],
    ["no alias found: the first line of the front matter", "a: &a [1]", 7, 7],
    ["an anchor is not an alias", "a: &a [1]\nb: &b [2]\nc: *b", 2, 4],
  ])("names the line of the first alias: %s", (_, text, firstLine, line) => {
    expect(aliasProblem(text, file, firstLine)).toEqual({ file, line, message, fix });
  });
});

describe("offsetFix", () => {
  it.each<[string, "yaml" | "json" | "none", string, string]>([
    ["+25:00", "yaml", "date", "date: 2008-03-27T14:30+03:00"],
    ["-14:30", "json", "updated", '"updated": "2008-03-27T14:30+03:00"'],
    ["+03:60", "none", "date", "date: 2008-03-27T14:30+03:00"],
    ["+1500", "yaml", "updated", "updated: 2008-03-27T14:30+03:00"],
  ])("explains %s (%s front matter, %s)", (offset, format, field, example) => {
    expect(offsetFix(offset, format, field)).toBe(
      `${offset} is not a time offset: offsets run from -14:00 to +14:00, minutes under 60 (Baghdad is +03:00); write e.g. ${example}, or leave the offset out for the site's time zone`,
    );
  });
});
