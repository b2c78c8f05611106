import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../../src/content/front-matter/read.ts";
import { nearestField, unknownFieldWarnings } from "../../../../src/content/front-matter/fields.ts";
import { warn, type ContentProblem } from "../../../../src/errors.ts";

const file = "posts/x/index.md";

describe("unknownFieldWarnings", () => {
  /** Warnings of a post whose front matter is `lines` (file line 2 onwards). */
  function warnings(...lines: string[]): ContentProblem[] {
    const source = ["---", ...lines, "---", "Body", ""].join("\n");
    return unknownFieldWarnings(readFrontMatter(source, file), file);
  }

  it.each([
    [
      "titel: Basra",
      'front matter field "titel" is not one Dispatch reads',
      'Fix: did you mean "title"?',
    ],
    [
      "Tags: [Iraq]",
      'front matter field "Tags" is not one Dispatch reads',
      'Fix: did you mean "tags"?',
    ],
    [
      "summmary: S",
      'front matter field "summmary" is not one Dispatch reads',
      'Fix: did you mean "summary"?',
    ],
    [
      "alias: /old/",
      'front matter field "alias" is not one Dispatch reads',
      'Fix: did you mean "aliases"?',
    ],
    [
      "categories: [Iraq]",
      'front matter field "categories" is not one Dispatch reads',
      "Dispatch ignores it; remove it, or see the README's front-matter table for the fields there are",
    ],
  ])(
    "warns about %s on its line, with the nearest known name when one is close",
    (line, message, fix) => {
      expect(warnings("title: T", "date: 2008-03-27", line)).toEqual([
        { file, line: 4, message, fix },
      ]);
    },
  );

  it("prints as file:line: warning: … Fix: did you mean …", () => {
    const printed: string[] = [];
    const original = console.warn;
    console.warn = (text: string) => printed.push(text);
    try {
      for (const problem of warnings("titel: Basra", "date: 2008-03-27")) warn(problem);
    } finally {
      console.warn = original;
    }
    expect(printed).toEqual([
      'posts/x/index.md:2: warning: front matter field "titel" is not one Dispatch reads. Fix: did you mean "title"?',
    ]);
  });

  it("says nothing about Dispatch's fields, Eleventy's fields, or names Eleventy keeps (an error elsewhere)", () => {
    expect(
      warnings(
        "title: T",
        "date: 2008-03-27",
        "slug: t",
        "aliases: [/old/]",
        "layout: post.njk",
        "permalink: /somewhere/",
        "eleventyExcludeFromCollections: true",
        "eleventyComputed: {}",
        "page: 3",
      ),
    ).toEqual([]);
  });

  it("finds the nearest field only when it is close", () => {
    expect(nearestField("dat")).toBe("date");
    expect(nearestField("citation")).toBe("citations");
    expect(nearestField("wordpress_id")).toBeUndefined();
  });
});
