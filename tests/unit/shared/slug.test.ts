import { describe, expect, it } from "vitest";
import { foldKey, maxSlugLength, slugify } from "../../../src/shared/slug.ts";

describe("slugify", () => {
  it.each([
    ["Mahdi Army", "mahdi-army"],
    ["  Mahdi   Army  ", "mahdi-army"],
    ["MAHDI ARMY", "mahdi-army"],
    ["Sadr's forces", "sadrs-forces"],
    ["Sadr’s forces", "sadrs-forces"],
    ["Iraq: the long war", "iraq-the-long-war"],
    ["Café Noir", "café-noir"],
    ["البصرة", "البصرة"],
    ["الْبَصْرَة", "البصرة"],
    ["جيش المهدي", "جيش-المهدي"],
    ["Basra ٢٠٠٨", "basra-٢٠٠٨"],
    ["ﬁve mile", "five-mile"],
    ["2008", "2008"],
  ])("%s → %s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("gives a text with no letter or digit a stable, non-empty slug from its fallback", () => {
    expect(slugify("🔥", "tag")).toBe("tag-1f7vzt7");
    expect(slugify("🔥", "tag")).toBe(slugify(" 🔥 ", "tag"));
    expect(slugify("!!!", "tag")).toMatch(/^tag-[0-9a-z]+$/);
    expect(slugify("!!!", "tag")).not.toBe(slugify("???", "tag"));
    expect(slugify("")).toMatch(/^item-[0-9a-z]+$/);
  });

  it("cuts a long slug at a hyphen, counting characters, not bytes", () => {
    const slug = slugify("word ".repeat(40));
    expect([...slug].length).toBeLessThanOrEqual(maxSlugLength);
    expect(slug.endsWith("word")).toBe(true);
    expect([...slugify("ب".repeat(100))]).toHaveLength(maxSlugLength);
  });
});

describe("foldKey", () => {
  it("makes spellings that differ by case, spacing or Unicode form one key", () => {
    expect(foldKey("  Mahdi \t Army ")).toBe("mahdi army");
    expect(foldKey("MAHDI ARMY")).toBe("mahdi army");
    expect(foldKey("Cafe\u0301")).toBe(foldKey("Café"));
  });
});
