import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../../../src/content/front-matter/read.ts";
import {
  nearestField,
  nearestName,
  nestedFields,
  unknownFieldWarnings,
} from "../../../../src/content/front-matter/fields.ts";
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
      'did you mean "title"?',
    ],
    ["Tags: [Iraq]", 'front matter field "Tags" is not one Dispatch reads', 'did you mean "tags"?'],
    [
      "summmary: S",
      'front matter field "summmary" is not one Dispatch reads',
      'did you mean "summary"?',
    ],
    [
      "alias: /old/",
      'front matter field "alias" is not one Dispatch reads',
      'did you mean "aliases"?',
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

  it.each<[string, string[], [number, string, string][]]>([
    [
      "misspelt citation fields, each on its line, counted from 1",
      [
        "citations:",
        "  - title: A",
        "    publisher: B",
        "    url: https://example.org/a",
        "  - title: C",
        "    publisher: D",
        "    archive: https://archive.ph/AbCdE",
        "    Archived: https://archive.ph/FgHiJ",
        "    urll: https://example.org/c",
        "    pages: 12-14",
      ],
      [
        [10, "citations.2.archive", 'did you mean "archived"?'],
        [11, "citations.2.Archived", 'did you mean "archived"?'],
        [12, "citations.2.urll", 'did you mean "url"?'],
        [
          13,
          "citations.2.pages",
          "Dispatch ignores it; remove it: each citation has only title, publisher, author, date, url, note, archived",
        ],
      ],
    ],
    [
      "a correction, the lead image and the location",
      [
        "corrections:",
        "  - date: 2008-03-28",
        "    txt: Fixed a name.",
        "image:",
        "  src: lead.jpg",
        "  alt: Smoke",
        "  captoin: Smoke over Basra",
        "location:",
        "  name: Basra",
        "  coordinate: [47.81, 30.515]",
      ],
      [
        [6, "corrections.1.txt", 'did you mean "text"?'],
        [10, "image.captoin", 'did you mean "caption"?'],
        [13, "location.coordinate", 'did you mean "coordinates"?'],
      ],
    ],
    [
      "nothing for known fields, or for items that are not mappings (the schema's errors)",
      [
        "citations: [x, {title: A, publisher: B, note: N}]",
        "corrections: {date: 2008-03-28}",
        "image: lead.jpg",
      ],
      [],
    ],
  ])("warns about %s", (_case, lines, expected) => {
    expect(warnings("title: T", "date: 2008-03-27", ...lines)).toEqual(
      expected.map(([line, field, fix]) => ({
        file,
        line,
        message: `front matter field "${field}" is not one Dispatch reads`,
        fix,
      })),
    );
  });

  it("knows the fields of each mapping from the schema", () => {
    expect(nestedFields).toEqual({
      citations: {
        fields: ["title", "publisher", "author", "date", "url", "note", "archived"],
        list: true,
      },
      corrections: { fields: ["date", "text", "kind"], list: true },
      image: { fields: ["src", "alt", "caption", "credit"], list: false },
      location: { fields: ["name", "coordinates"], list: false },
    });
  });

  it.each([
    ["archive", ["url", "archived"], "archived"],
    ["ARCHIVED", ["url", "archived"], "archived"],
    ["urll", ["url", "archived"], "url"],
    ["publisher", ["title"], undefined],
  ] as const)("nearestName(%j) among %j is %j", (name, known, expected) => {
    expect(nearestName(name, known)).toBe(expected);
  });

  it("finds the nearest field only when it is close", () => {
    expect(nearestField("dat")).toBe("date");
    expect(nearestField("citation")).toBe("citations");
    expect(nearestField("wordpress_id")).toBeUndefined();
  });
});
