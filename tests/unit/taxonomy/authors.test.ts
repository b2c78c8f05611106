import { describe, expect, it } from "vitest";
import { postsNewestFirst } from "../../../src/content/collections.ts";
import {
  authorUrl,
  bylineLinks,
  collectAuthors,
  findAuthor,
} from "../../../src/taxonomy/authors.ts";
import { post, slugs } from "./posts.ts";

const posts = postsNewestFirst([
  post("new", "2008-04-01", { author: "JANE ROE" }),
  post("old", "2008-03-01", { author: "jane  roe" }),
  post("glanz", "2008-03-15", { author: "James Glanz" }),
  post("anonymous", "2008-03-16"),
]);

describe("collectAuthors", () => {
  it("folds bylines, prefers site.authors' spelling and details, and adds listed authors without posts", () => {
    const { authors, problems } = collectAuthors(
      posts,
      [
        { name: "Jane Roe", bio: "Covers southern Iraq.", url: "https://example.org/jane" },
        { name: "Sam Listed" },
      ],
      "en",
    );
    expect(problems).toEqual([]);
    expect(
      authors.map((author) => [author.name, author.slug, slugs(author.posts), author.bio]),
    ).toEqual([
      ["James Glanz", "james-glanz", ["glanz"], undefined],
      ["Jane Roe", "jane-roe", ["new", "old"], "Covers southern Iraq."],
      ["Sam Listed", "sam-listed", [], undefined],
    ]);
  });

  it("spells an author not in site.authors as their oldest byline", () => {
    expect(collectAuthors(posts, [], "en").authors[1]?.name).toBe("jane roe");
  });

  it("reports a site.authors entry whose slug another author has", () => {
    const { problems } = collectAuthors(posts, [{ name: "James-Glanz!" }], "en");
    expect(problems).toEqual([
      {
        file: "src/site.ts",
        message:
          'author "James-Glanz!" in site.authors has the URL /authors/james-glanz/, the same as author "James Glanz"; two authors cannot share a page',
        fix: "spell both the same way, or make them differ in letters or digits, not only in punctuation",
      },
    ]);
  });
});

describe("collectAuthors with co-written posts", () => {
  const coWritten = postsNewestFirst([
    post("pair", "2008-04-02", { author: "James Glanz and Michael Kamber" }),
    post("trio", "2008-04-01", { author: ["Michael Kamber", "علي حسن", "Reuters and AFP staff"] }),
    post("solo", "2008-03-30", { author: "James Glanz" }),
    post("twice", "2008-03-29", { author: "James Glanz and JAMES  GLANZ" }),
  ]);

  it.each([
    ["James Glanz", "james-glanz", ["pair", "solo", "twice"]],
    ["Michael Kamber", "michael-kamber", ["pair", "trio"]],
    ["Reuters and AFP staff", "reuters-and-afp-staff", ["trio"]],
    ["علي حسن", "علي-حسن", ["trio"]],
  ])("gives %s (/authors/%s/) every post whose byline names them: %j", (name, slug, list) => {
    const { authors, problems } = collectAuthors(coWritten, [], "en");
    expect(problems).toEqual([]);
    expect(authors).toHaveLength(4);
    const author = authors.find((entry) => entry.slug === slug);
    expect([author?.name, slugs(author?.posts ?? [])]).toEqual([name, list]);
  });

  it("makes no page for a byline of several names as a whole", () => {
    const { authors } = collectAuthors(coWritten, [], "en");
    expect(authors.map((author) => author.slug)).not.toContain("james-glanz-and-michael-kamber");
  });

  it("locates a clash of slugs at the item of a list that makes it", () => {
    const { problems } = collectAuthors(
      postsNewestFirst([
        post("one", "2008-03-01", { author: "James Glanz" }),
        post("two", "2008-03-02", { author: ["Ali Hassan", "James-Glanz!"] }),
      ]),
      [],
      "en",
      (item, where) => ({ file: item.inputPath, line: where.length }),
    );
    expect(problems.map((problem) => [problem.file, problem.line])).toEqual([
      ["./posts/two/index.md", 2],
    ]);
  });
});

describe("bylineLinks", () => {
  const { authors } = collectAuthors(
    postsNewestFirst([post("a", "2008-03-01", { author: "James Glanz and michael kamber" })]),
    [{ name: "Michael Kamber" }],
    "en",
  );
  const page = (name: string) => authors.find((author) => author.name === name);

  it.each([
    [
      "JAMES GLANZ and Michael Kamber",
      "en",
      [
        { name: "James Glanz", author: page("James Glanz") },
        { text: " and " },
        { name: "Michael Kamber", author: page("Michael Kamber") },
      ],
    ],
    [
      ["Michael Kamber", "Nobody Listed"],
      "ar",
      [
        { name: "Michael Kamber", author: page("Michael Kamber") },
        { text: " و" },
        { name: "Nobody Listed" },
      ],
    ],
    [undefined, "en", []],
  ])(
    "links each name of %j (%s) to its author page, as the page spells it",
    (byline, lang, expected) => {
      expect(bylineLinks(byline, authors, lang)).toEqual(expected);
    },
  );
});

describe("findAuthor and authorUrl", () => {
  it("find a byline's author by folded name and name their page", () => {
    const { authors } = collectAuthors(posts, [], "en");
    expect(findAuthor(" James  GLANZ", authors)?.slug).toBe("james-glanz");
    expect(findAuthor("Nobody", authors)).toBeUndefined();
    expect(findAuthor(undefined, authors)).toBeUndefined();
    expect(authorUrl("James Glanz")).toBe("/authors/james-glanz/");
  });

  it("answers from the list it is given, a list made after an edit included", () => {
    const { authors } = collectAuthors(posts, [], "en");
    const edited = collectAuthors(posts, [{ name: "Jane Roe", bio: "Covers Basra." }], "en");
    expect(findAuthor("jane roe", authors)?.bio).toBeUndefined();
    expect(findAuthor("jane roe", edited.authors)?.bio).toBe("Covers Basra.");
    expect(findAuthor("Sam Listed", authors)).toBeUndefined();
  });
});
