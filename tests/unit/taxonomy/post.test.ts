import { describe, expect, it } from "vitest";
import { oldestFirst } from "../../../src/taxonomy/post.ts";
import { post, slugs } from "./posts.ts";

describe("oldestFirst", () => {
  it.each([
    ["an earlier date first", post("a", "2008-03-20"), post("b", "2008-03-27"), -1],
    ["a later date last", post("a", "2008-03-27"), post("b", "2008-03-20"), 1],
    ["equal dates by input path", post("basra", "2008-03-27"), post("umm-qasr", "2008-03-27"), -1],
    [
      "equal dates, input path after",
      post("umm-qasr", "2008-03-27"),
      post("basra", "2008-03-27"),
      1,
    ],
    ["the same post as equal", post("basra", "2008-03-27"), post("basra", "2008-03-27"), 0],
    // Code points, not a language's collation: "Z" (U+005A) before "a" (U+0061).
    ["input paths by code point", post("Zubair", "2008-03-27"), post("amara", "2008-03-27"), -1],
  ])("puts %s", (_, a, b, sign) => {
    expect(Math.sign(oldestFirst(a, b))).toBe(sign);
  });

  it("orders a list oldest first, one day's posts in input-path order", () => {
    const list = [
      post("c", "2008-04-02"),
      post("b", "2008-03-27"),
      post("oldest", "2008-03-01"),
      post("a", "2008-03-27"),
    ];
    expect(slugs([...list].sort(oldestFirst))).toEqual(["oldest", "a", "b", "c"]);
  });

  it("compares dates to the millisecond", () => {
    const morning = { ...post("b", "2008-03-27"), date: new Date("2008-03-27T09:00:00.001Z") };
    const earlier = { ...post("a", "2008-03-27"), date: new Date("2008-03-27T09:00:00.000Z") };
    expect(oldestFirst(earlier, morning)).toBe(-1);
  });
});
