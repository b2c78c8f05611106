import { describe, expect, it } from "vitest";
import { itemTags } from "../../../../src/import/post/terms.ts";
import { itemSeries, tagName, tagSpellings } from "../../../../src/import/post/terms.ts";
import { wxrItem } from "../../../helpers/wxr-item.ts";

describe("a post's tags", () => {
  it("takes categories then tags, without Uncategorized, each once", () => {
    const terms = [
      { domain: "post_tag", nicename: "basra", name: "Basra" },
      { domain: "category", nicename: "uncategorized", name: "Uncategorized" },
      { domain: "category", nicename: "iraq", name: "Iraq" },
      { domain: "post_tag", nicename: "iraq-2", name: "iraq" },
    ];
    expect(itemTags({ terms } as Parameters<typeof itemTags>[0])).toEqual(["Iraq", "Basra"]);
  });

  it("reads a WordPress 2.x export's tags (domain tag) and skips its categories repeated without a domain", () => {
    // WXR 1.0 writes each category twice and each tag twice (wp-admin/includes/export.php, 2.7).
    const terms = [
      { domain: "", nicename: "", name: "Politics" },
      { domain: "category", nicename: "politics", name: "Politics" },
      { domain: "tag", nicename: "", name: "Kirkuk" },
      { domain: "tag", nicename: "kirkuk", name: "Kirkuk" },
      { domain: "", nicename: "", name: "Uncategorized" },
    ];
    expect(itemTags(wxrItem({ terms }))).toEqual(["Politics", "Kirkuk"]);
  });

  it("unescapes tag names and keeps one of two names with one tag page, the first", () => {
    const terms = [
      { domain: "post_tag", nicename: "iraq", name: "Iraq" },
      { domain: "post_tag", nicename: "iraq-2", name: "Iraq!" },
      { domain: "post_tag", nicename: "war-peace", name: "War &amp; Peace" },
    ];
    expect(itemTags({ terms } as Parameters<typeof itemTags>[0])).toEqual(["Iraq", "War & Peace"]);
  });
});

describe("tag names, series and one spelling per tag page", () => {
  it.each([
    ["War &amp; Peace", "War & Peace"],
    ["  Basra\n  police ", "Basra police"],
  ])("the tag %j is shown as %j", (name, shown) => {
    expect(tagName(name)).toBe(shown);
  });

  it("takes a series plugin's terms, unescaped, each once", () => {
    const terms = [
      { domain: "series", nicename: "a", name: "Siege &amp; Oil" },
      { domain: "category", nicename: "b", name: "Iraq" },
      { domain: "series", nicename: "a-2", name: "Siege & Oil" },
      { domain: "series", nicename: "c", name: " " },
    ];
    expect(itemSeries(wxrItem({ terms }))).toEqual(["Siege & Oil"]);
  });

  it("spells each tag page as the first post that has it", () => {
    const tag = (name: string) => ({ domain: "post_tag", nicename: name, name });
    const spellings = tagSpellings([
      wxrItem({ terms: [tag("Iraq")] }),
      wxrItem({ terms: [tag("IRAQ"), tag("Basra")] }),
    ]);
    expect([...spellings]).toEqual([
      ["iraq", "Iraq"],
      ["basra", "Basra"],
    ]);
  });
});
