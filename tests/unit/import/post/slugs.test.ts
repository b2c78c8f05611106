import { describe, expect, it } from "vitest";
import { decodePostName } from "../../../../src/import/post/slugs.ts";

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
