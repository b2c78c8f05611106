import { describe, expect, it } from "vitest";
import { pickFontFaces } from "../../../src/fonts/font-faces.ts";

/** Two rules as Fontsource writes them in `400.css`. */
const css = `/* source-serif-4-cyrillic-400-normal */
@font-face {
  font-family: 'Source Serif 4';
  font-style: normal;
  font-display: swap;
  font-weight: 400;
  src: url(./files/source-serif-4-cyrillic-400-normal.woff2) format('woff2'), url(./files/source-serif-4-cyrillic-400-normal.woff) format('woff');
  unicode-range: U+0301,U+0400-045F;
}

/* source-serif-4-latin-400-normal */
@font-face {
  font-family: 'Source Serif 4';
  font-style: normal;
  font-display: swap;
  font-weight: 400;
  src: url(./files/source-serif-4-latin-400-normal.woff2) format('woff2'), url(./files/source-serif-4-latin-400-normal.woff) format('woff');
  unicode-range: U+0000-00FF,U+0131;
}

/* source-serif-4-latin-ext-400-normal */
@font-face {
  font-family: 'Source Serif 4';
  font-style: normal;
  font-display: swap;
  font-weight: 400;
  src: url(./files/source-serif-4-latin-ext-400-normal.woff2) format('woff2'), url(./files/source-serif-4-latin-ext-400-normal.woff) format('woff');
  unicode-range: U+0100-02BA;
}
`;

describe("pickFontFaces", () => {
  it.each([
    [["latin"], ["source-serif-4-latin-400-normal.woff2"]],
    [
      ["latin", "latin-ext"],
      ["source-serif-4-latin-400-normal.woff2", "source-serif-4-latin-ext-400-normal.woff2"],
    ],
    [["cyrillic"], ["source-serif-4-cyrillic-400-normal.woff2"]],
  ])("keeps the subsets %j", (subsets, files) => {
    expect(pickFontFaces(css, { subsets, urlBase: "../fonts/" }).map((face) => face.file)).toEqual(
      files,
    );
  });

  it("serves WOFF2 only, from the site's folder, and keeps swap and the unicode-range", () => {
    const [face] = pickFontFaces(css, { subsets: ["latin"], urlBase: "../fonts/" });
    expect(face).toEqual({
      file: "source-serif-4-latin-400-normal.woff2",
      subset: "latin",
      css: `@font-face {
  font-family: 'Source Serif 4';
  font-style: normal;
  font-display: swap;
  font-weight: 400;
  src: url(../fonts/source-serif-4-latin-400-normal.woff2) format("woff2");
  unicode-range: U+0000-00FF,U+0131;
}`,
    });
  });

  it("refuses a subset the file does not have, naming those it has", () => {
    expect(() => pickFontFaces(css, { subsets: ["latin", "greek"], urlBase: "../fonts/" })).toThrow(
      "no @font-face for the subset(s) greek; the file has source-serif-4-cyrillic-400-normal.woff2, source-serif-4-latin-400-normal.woff2, source-serif-4-latin-ext-400-normal.woff2",
    );
  });

  it("declares the faces under another family when asked, to join two packages in one", () => {
    const [face] = pickFontFaces(css, {
      subsets: ["latin"],
      urlBase: "/fonts/",
      family: "Source Serif 4",
    });
    expect(face?.css).toContain('font-family: "Source Serif 4";');
    expect(face?.css).toContain(
      'src: url(/fonts/source-serif-4-latin-400-normal.woff2) format("woff2");',
    );
  });
});
