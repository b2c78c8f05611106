import { describe, expect, it } from "vitest";
import { itemTags } from "../../../../src/import/post/terms.ts";

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

  it("unescapes tag names and keeps one of two names with one tag page, the first", () => {
    const terms = [
      { domain: "post_tag", nicename: "iraq", name: "Iraq" },
      { domain: "post_tag", nicename: "iraq-2", name: "Iraq!" },
      { domain: "post_tag", nicename: "war-peace", name: "War &amp; Peace" },
    ];
    expect(itemTags({ terms } as Parameters<typeof itemTags>[0])).toEqual(["Iraq", "War & Peace"]);
  });
});
