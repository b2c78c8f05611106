import { describe, expect, it } from "vitest";
import { telephoneLinks } from "../../../../src/import/body/telephone-links.ts";

describe("telephone links", () => {
  it.each([
    ['<a href="tel:+4420">+44 20 7946</a>', '<a href="tel:+4420">+44\u00a020\u00a07946</a>'],
    ['<a href="https://x.org/">a b</a>', '<a href="https://x.org/">a b</a>'],
  ])("%s keeps its text together", (html, kept) => {
    expect(telephoneLinks(html)).toBe(kept);
  });
});
