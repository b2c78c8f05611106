import { describe, expect, it } from "vitest";
import { postsNewestFirst } from "../../../src/content/collections.ts";
import { collectSeries, seriesPosition, seriesUrl } from "../../../src/taxonomy/series.ts";
import { post, slugs } from "./posts.ts";

const posts = postsNewestFirst([
  post("b-same-day", "2008-03-27", { series: "battle for the south" }),
  post("a-same-day", "2008-03-27", { series: "Battle for the  South" }),
  post("first", "2008-03-20", { series: "Battle for the South" }),
  post("other", "2008-03-25", { series: "Oil" }),
  post("alone", "2008-03-26"),
]);
const { series, problems } = collectSeries(posts, "en");

describe("collectSeries", () => {
  it("numbers parts oldest first, same-date parts by input path, under the first part's name", () => {
    expect(problems).toEqual([]);
    expect(series.map((entry) => [entry.name, entry.slug, slugs(entry.parts)])).toEqual([
      ["Battle for the South", "battle-for-the-south", ["first", "a-same-day", "b-same-day"]],
      ["Oil", "oil", ["other"]],
    ]);
  });
});

describe("seriesPosition", () => {
  it("gives part N of M with the previous and next parts", () => {
    const middle = seriesPosition("./posts/a-same-day/index.md", series);
    expect(
      middle && {
        ...middle,
        previous: middle.previous?.url,
        next: middle.next?.url,
      },
    ).toEqual({
      series: {
        name: "Battle for the South",
        slug: "battle-for-the-south",
        url: "/series/battle-for-the-south/",
      },
      partNumber: 2,
      partCount: 3,
      previous: "/posts/first/",
      next: "/posts/b-same-day/",
    });
  });

  it("has no previous part for part 1 and no next part for the last", () => {
    const first = seriesPosition("./posts/first/index.md", series);
    const last = seriesPosition("./posts/b-same-day/index.md", series);
    expect([first?.partNumber, first?.previous, first?.next?.url]).toEqual([
      1,
      undefined,
      "/posts/a-same-day/",
    ]);
    expect([last?.partNumber, last?.previous?.url, last?.next]).toEqual([
      3,
      "/posts/a-same-day/",
      undefined,
    ]);
  });

  it("is undefined for a post in no series", () => {
    expect(seriesPosition("./posts/alone/index.md", series)).toBeUndefined();
  });

  it("answers from the list it is given, a list made after an edit included", () => {
    const edited = collectSeries(
      postsNewestFirst([...posts, post("zero", "2008-03-01", { series: "Battle for the South" })]),
      "en",
    ).series;
    expect(seriesPosition("./posts/first/index.md", series)?.partNumber).toBe(1);
    expect(seriesPosition("./posts/first/index.md", edited)?.partNumber).toBe(2);
    expect(seriesPosition("./posts/zero/index.md", series)).toBeUndefined();
  });

  it("names a series' page by its slug", () => {
    expect(seriesUrl("Battle for the South")).toBe("/series/battle-for-the-south/");
  });
});
