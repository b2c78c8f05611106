import { describe, expect, it } from "vitest";
import { readTypeface } from "../../../src/fonts/plugin.ts";

describe("readTypeface", () => {
  it("reads the faces asked for and names their files", () => {
    const { css, files } = readTypeface({
      faces: [{ package: "@fontsource/noto-naskh-arabic", styles: ["400"], subsets: ["arabic"] }],
      preload: "noto-naskh-arabic-arabic-400-normal.woff2",
    });
    expect(files.map((file) => file.name)).toEqual(["noto-naskh-arabic-arabic-400-normal.woff2"]);
    expect(css).toContain("src: url(../fonts/noto-naskh-arabic-arabic-400-normal.woff2)");
  });

  it.each([
    [
      { package: "@fontsource/noto-naskh-arabic", styles: ["400", "bold"], subsets: ["arabic"] },
      'src/site.ts: typeface: @fontsource/noto-naskh-arabic has no style "bold"; name one of "400", "500", "600", "700"',
    ],
    [
      { package: "@fontsource/not-installed", styles: ["400"], subsets: ["latin"] },
      "src/site.ts: typeface: the package @fontsource/not-installed is not installed; install it (npm i -E @fontsource/not-installed) or name a Fontsource package that is",
    ],
    [
      { package: "@fontsource/noto-naskh-arabic", styles: [], subsets: ["arabic"] },
      "src/site.ts: typeface @fontsource/noto-naskh-arabic names no styles; name at least one, or remove the face",
    ],
    [
      { package: "@fontsource/noto-naskh-arabic", styles: ["400"], subsets: ["cyrillic"] },
      "src/site.ts: typeface @fontsource/noto-naskh-arabic 400: no @font-face for the subset(s) cyrillic; the file has noto-naskh-arabic-arabic-400-normal.woff2, noto-naskh-arabic-math-400-normal.woff2, noto-naskh-arabic-symbols-400-normal.woff2, noto-naskh-arabic-latin-ext-400-normal.woff2, noto-naskh-arabic-latin-400-normal.woff2",
    ],
  ])("refuses %j", (face, message) => {
    expect(() => readTypeface({ faces: [face], preload: "x.woff2" })).toThrow(message);
  });
});
