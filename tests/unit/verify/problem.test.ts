import { describe, expect, it } from "vitest";
import { byPlace, formatSiteProblem, type SiteProblem } from "../../../src/verify/problem.ts";

const problem = (file: string, line: number, message: string): SiteProblem => ({
  file,
  line,
  message,
  check: "link",
});

describe("formatSiteProblem", () => {
  it("prints the output folder, file, line, check and message", () => {
    expect(formatSiteProblem(problem("posts/basra/index.html", 12, "x is gone"), "_site")).toBe(
      "_site/posts/basra/index.html:12: [link] x is gone",
    );
  });
});

describe("byPlace", () => {
  it("orders by file, then line as a number, then message", () => {
    const sorted = [
      problem("b.html", 1, "a"),
      problem("a.html", 10, "a"),
      problem("a.html", 9, "z"),
      problem("a.html", 9, "b"),
    ].sort(byPlace);
    expect(sorted.map(({ file, line, message }) => `${file}:${line}:${message}`)).toEqual([
      "a.html:9:b",
      "a.html:9:z",
      "a.html:10:a",
      "b.html:1:a",
    ]);
  });
});
