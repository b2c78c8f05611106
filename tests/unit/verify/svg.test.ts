import { describe, expect, it } from "vitest";
import { checkSvg } from "../../../src/verify/svg.ts";

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg">\n${body}\n</svg>\n`;

describe("checkSvg", () => {
  it("passes a plain drawing", () => {
    expect(checkSvg(svg('<rect width="1" height="1" fill="url(#g)"/>'), "map.svg")).toEqual([]);
  });

  it("reports what runs or loads as [svg] problems with their lines", () => {
    expect(
      checkSvg(
        svg('<script>x</script>\n<image href="https://t.example/p.png"/>'),
        "posts/a/chart.svg",
      ),
    ).toEqual([
      {
        file: "posts/a/chart.svg",
        line: 2,
        message: "a <script> element: it would run on the site whenever the file is opened",
        check: "svg",
      },
      {
        file: "posts/a/chart.svg",
        line: 3,
        message:
          "an external reference to https://t.example/p.png, loaded from elsewhere whenever the drawing is shown, in href= on <image>",
        check: "svg",
      },
    ]);
  });

  it("reports XML that is not well-formed as [xml] only, without reading it as a drawing", () => {
    expect(
      checkSvg('<svg xmlns="http://www.w3.org/2000/svg">\n<script>x</svg>', "bad.svg"),
    ).toEqual([
      {
        file: "bad.svg",
        line: 2,
        message:
          "not well-formed XML: Expected closing tag 'script' (opened in line 2, col 1) instead of closing tag 'svg'.",
        check: "xml",
      },
    ]);
  });
});
