import { describe, expect, it } from "vitest";
import { fontBytes } from "../../../bench/lighthouse.ts";

const report = (items: Array<Record<string, unknown>>) => ({
  categories: {},
  audits: { "network-requests": { details: { items } } },
});

describe("fontBytes", () => {
  it.each([
    {
      case: "adds the transfer sizes of the font requests only",
      items: [
        { url: "/assets/fonts/a.woff2", resourceType: "Font", transferSize: 20_388 },
        { url: "/assets/fonts/b.woff2", resourceType: "Font", transferSize: 21_832 },
        { url: "/assets/css/site.css", resourceType: "Stylesheet", transferSize: 9_000 },
      ],
      expected: 42_220,
    },
    { case: "is 0 for a page that loads no font", items: [], expected: 0 },
  ])("$case", ({ items, expected }) => {
    expect(fontBytes(report(items))).toBe(expected);
  });
});
