import { describe, expect, it } from "vitest";
import { postsNewestFirst } from "../../../src/content/collections.ts";
import { authorUrl, collectAuthors, findAuthor } from "../../../src/taxonomy/authors.ts";
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
