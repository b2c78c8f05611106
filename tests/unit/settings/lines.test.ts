import { describe, expect, it } from "vitest";
import { settingLine } from "../../../src/settings/lines.ts";

const source = [
  "/** Settings. */", // 1
  "export function siteOrigin(url: string): string {", // 2
  "  url: no,", // 3
  "}", // 4
  "export const site: SiteSettings = {", // 5
  '  url: siteOrigin("https://example.org"),', // 6
  "  get pathPrefix(): string {", // 7
  "    return '/';", // 8
  "  },", // 9
  "  license: {", // 10
  '    name: "CC BY 4.0",', // 11
  '    url: "https://creativecommons.org/licenses/by/4.0/",', // 12
  "  },", // 13
  "  lists: { postsPerPage: 10, feedItems: 20 },", // 14
  "};", // 15
  "site.lists = { postsPerPage: 2 } as never;", // 16
].join("\n");

describe("settingLine", () => {
  it.each<[PropertyKey[], number | undefined]>([
    [["url"], 6],
    [["pathPrefix"], 7],
    [["license"], 10],
    [["license", "name"], 11],
    [["license", "url"], 12],
    [["lists"], 16],
    [["lists", "postsPerPage"], 16],
    [["authors", 0, "name"], undefined],
    [[], undefined],
  ])("finds %j on line %s", (path, line) => {
    expect(settingLine(source, path)).toBe(line);
  });

  it("finds nothing in a file without the site object", () => {
    expect(settingLine("const x = { url: 1 };", ["url"])).toBeUndefined();
  });
});
