import { describe, expect, it } from "vitest";
import { postsNewestFirst } from "../../../src/content/collections.ts";
import { archiveByMonth } from "../../../src/taxonomy/archive.ts";
import { post, slugs } from "./posts.ts";

const posts = postsNewestFirst([
  post("b-same-day", "2008-03-27"),
  post("a-same-day", "2008-03-27"),
  post("april", "2008-04-01"),
  post("last-year", "2007-12-31"),
]);

describe("archiveByMonth", () => {
  it("groups by year then month, newest first, keeping the collection's order within a month", () => {
    const years = archiveByMonth(posts, "UTC");
    expect(
      years.map((year) => [
        year.year,
        year.count,
        year.months.map((month) => [month.key, month.name, slugs(month.posts)]),
      ]),
    ).toEqual([
      [
        2008,
        3,
        [
          ["2008-04", "April", ["april"]],
          ["2008-03", "March", ["a-same-day", "b-same-day"]],
        ],
      ],
      [2007, 1, [["2007-12", "December", ["last-year"]]]],
    ]);
  });

  it("reads the month in the site's time zone and names it in the site's language", () => {
    // 31 December 2007 22:00 UTC is already 1 January 2008 in Baghdad (UTC+3).
    const late = { ...post("late", "2007-12-31"), date: new Date("2007-12-31T22:00:00Z") };
    expect(archiveByMonth([late], "Asia/Baghdad", "fr")[0]?.months[0]).toMatchObject({
      key: "2008-01",
      name: "janvier",
    });
    expect(archiveByMonth([late], "UTC", "en")[0]?.months[0]?.key).toBe("2007-12");
  });
});
