import { describe, expect, it } from "vitest";
import { checkBudgets, type PageWeight } from "../../../bench/page-weight.ts";

const weight = (html: number, css: number, js: number): PageWeight => ({
  name: "page",
  url: "/",
  html: { raw: html * 3, gzip: html, files: ["/"] },
  css: { raw: css * 3, gzip: css, files: ["/assets/css/site.css"] },
  js: { raw: js * 3, gzip: js, files: js ? ["/assets/js/map.js"] : [] },
  images: { raw: 0, gzip: 0, files: [] },
});

describe("checkBudgets", () => {
  it.each([
    { kind: "post" as const, page: weight(6_000, 8_336, 0), passes: [true, true] },
    { kind: "post" as const, page: weight(6_000, 8_337, 0), passes: [true, false] },
    { kind: "post" as const, page: weight(6_000, 2_000, 1), passes: [false, true] },
    { kind: "map" as const, page: weight(9_000, 9_000, 2_048), passes: [true] },
    { kind: "map" as const, page: weight(9_000, 9_000, 2_049), passes: [false] },
  ])("a $kind page: $passes", ({ kind, page, passes }) => {
    expect(checkBudgets(page, kind).map((check) => check.pass)).toEqual(passes);
  });
});
