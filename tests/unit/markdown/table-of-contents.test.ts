import { describe, expect, it } from "vitest";
import { createMarkdown } from "../../../src/markdown/index.ts";
import {
  headingsOf,
  tableOfContents,
  type HeadingStore,
  type TocHeading,
} from "../../../src/markdown/table-of-contents.ts";
import { openStreetMapTiles } from "../../../src/site.ts";

const md = createMarkdown({ tiles: openStreetMapTiles });
const env = () => ({ page: { inputPath: "./posts/basra/index.md", fileSlug: "basra" } });
const headings = (markdown: string) => headingsOf(md.parse(markdown, env()));

describe("headingsOf", () => {
  it.each<[string, string, TocHeading[]]>([
    [
      "two levels, and h1 and h4 left out",
      "# Title\n\n## The port\n\n### Dockworkers\n\n#### Detail\n\n## The city",
      [
        { level: 2, id: "the-port", text: "The port" },
        { level: 3, id: "dockworkers", text: "Dockworkers" },
        { level: 2, id: "the-city", text: "The city" },
      ],
    ],
    [
      "a link, code and emphasis read as plain text",
      "## The [port](https://example.org/) of `Umm Qasr` and *Basra*",
      [{ level: 2, id: "the-port-of-umm-qasr-and-basra", text: "The port of Umm Qasr and Basra" }],
    ],
    [
      "a footnote reference left out",
      "## The port[^1]\n\nText.\n\n[^1]: A note.",
      [{ level: 2, id: "the-port", text: "The port" }],
    ],
    [
      "the body's typography",
      '## Sadr\'s "ceasefire" -- what it means',
      [
        {
          level: 2,
          id: "sadrs-ceasefire-what-it-means",
          text: "Sadr’s “ceasefire” – what it means",
        },
      ],
    ],
    [
      "& and < as text, escaped where written",
      "## Q&amp;A: oil &lt; 100",
      [{ level: 2, id: "q-a-oil-100", text: "Q&A: oil < 100" }],
    ],
    [
      "an author's id, and lang and dir",
      "## The port {#port}\n\n## البصرة {lang=ar}",
      [
        { level: 2, id: "port", text: "The port" },
        { level: 2, id: "البصرة", text: "البصرة", lang: "ar", dir: "rtl" },
      ],
    ],
    [
      "repeated headings keep their unique ids",
      "## The port\n\n## The port",
      [
        { level: 2, id: "the-port", text: "The port" },
        { level: 2, id: "the-port-1", text: "The port" },
      ],
    ],
    [
      "a heading in a block quote left out",
      "> ## Quoted\n\n## Ours",
      [{ level: 2, id: "ours", text: "Ours" }],
    ],
  ])("%s", (_, markdown, expected) => {
    expect(headings(markdown)).toEqual(expected);
  });
});

describe("tableOfContents", () => {
  const h2 = (id: string): TocHeading => ({ level: 2, id, text: id });
  const h3 = (id: string): TocHeading => ({ level: 3, id, text: id });
  it.each([
    ["three sections at the default threshold", [h2("a"), h2("b"), h2("c")], {}, ["a", "b", "c"]],
    ["two sections: none", [h2("a"), h3("a1"), h2("b")], {}, undefined],
    ["two sections at threshold 2", [h2("a"), h2("b")], { minHeadings: 2 }, ["a", "b"]],
    ["toc: false", [h2("a"), h2("b"), h2("c")], { setting: false }, undefined],
    ["toc: true with one section", [h2("a")], { setting: true }, ["a"]],
    ["toc: true without headings", [], { setting: true }, undefined],
    ["### only counts for nothing", [h3("a"), h3("b"), h3("c")], {}, undefined],
  ])("%s", (_, list, options, expected) => {
    expect(tableOfContents(list, options)?.map((entry) => entry.id)).toEqual(expected);
  });

  it("nests each ### under the ## before it; a ### before the first ## stands alone", () => {
    expect(tableOfContents([h3("intro"), h2("a"), h3("a1"), h3("a2"), h2("b"), h2("c")])).toEqual([
      { ...h3("intro"), children: [] },
      { ...h2("a"), children: [h3("a1"), h3("a2")] },
      { ...h2("b"), children: [] },
      { ...h2("c"), children: [] },
    ]);
  });
});

describe("headingsPlugin", () => {
  it("records each rendered page's headings by input path, and nothing without a page", () => {
    const store: HeadingStore = new Map();
    const recording = createMarkdown({ tiles: openStreetMapTiles, headings: store });
    recording.render("## One\n\n## Two", env());
    recording.render("## Other", {});
    expect([...store]).toEqual([
      [
        "./posts/basra/index.md",
        [
          { level: 2, id: "one", text: "One" },
          { level: 2, id: "two", text: "Two" },
        ],
      ],
    ]);
  });
});
