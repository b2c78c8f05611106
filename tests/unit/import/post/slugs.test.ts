import { describe, expect, it } from "vitest";
import { decodePostName } from "../../../../src/import/post/slugs.ts";
import { assignSlugs, baseSlug } from "../../../../src/import/post/slugs.ts";
import { wxrItem } from "../../../helpers/wxr-item.ts";

describe("a post's slug", () => {
  it.each([
    ["%d8%a7%d9%84%d8%a8%d8%b5%d8%b1%d8%a9", "البصرة"],
    ["%d8%a7%d9%84%d8%a8%d8%b5%d8%b1%d8", "البصر"],
    ["%d8%a7%d9%84%d8%a8%d8%b5%d8%b1%d", "البصر"],
    ["plain-slug", "plain-slug"],
  ])("wp:post_name %s decodes to %s", (name, decoded) => {
    expect(decodePostName(name)).toBe(decoded);
  });
});

describe("slugs across the export", () => {
  it.each([
    [{ postName: "basra" }, "Other", "basra"],
    [{ postName: "%d8%a7" }, "Other", "ا"],
    [{ postName: "" }, "Smoke over Zubair", "smoke-over-zubair"],
    [{ postName: "---" }, "Title", "title"],
  ])("the slug of %j titled %s is %s", (fields, title, slug) => {
    expect(baseSlug(wxrItem(fields), title)).toBe(slug);
  });

  it("keeps earlier slugs, gives WordPress's slugs before titles' and avoids reserved ones", () => {
    const chosen = [
      { item: wxrItem({ id: "1", postName: "" }), title: "Same" },
      { item: wxrItem({ id: "2", postName: "same" }), title: "Other" },
      { item: wxrItem({ id: "3", postName: "kept" }), title: "Kept" },
      { item: wxrItem({ id: "4", postName: "mine" }), title: "Mine" },
    ];
    const slugs = assignSlugs(chosen, new Map([["3", "kept-earlier"]]), new Set(["mine"]));
    expect([...slugs]).toEqual([
      ["3", "kept-earlier"],
      ["2", "same"],
      ["4", "mine-2"],
      ["1", "same-2"],
    ]);
  });
});
