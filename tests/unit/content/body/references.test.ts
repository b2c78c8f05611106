import { describe, expect, it } from "vitest";
import {
  bodyFileReferences,
  fileUrlReferences,
  mayNameAFile,
} from "../../../../src/content/body/references.ts";

describe("bodyFileReferences", () => {
  it("finds Markdown images, reference images, <img> in raw HTML and links, each on its line", () => {
    const body = [
      "Intro.", // 0
      "", // 1
      "A paragraph over two lines", // 2
      "with ![a photo](photo.png) in it.", // 3
      "", // 4
      "<figure><img alt=\"x\" src='map.svg'></figure>", // 5
      "", // 6
      "See ![ref][r] and [the report](report.pdf) and <img src=inline.png>.", // 7
      "", // 8
      "[r]: <ref image.jpg>", // 9
      "", // 10
      "```", // 11
      "![in code](code.png)", // 12
      "```", // 13
    ].join("\n");
    expect(bodyFileReferences(body)).toEqual([
      { target: "photo.png", kind: "image", bodyLine: 3 },
      { target: "map.svg", kind: "image", bodyLine: 5 },
      // A reference image's line is its definition's, where the path is written.
      { target: "ref%20image.jpg", kind: "image", bodyLine: 9 },
      { target: "report.pdf", kind: "link", bodyLine: 7 },
      { target: "inline.png", kind: "image", bodyLine: 7 },
    ]);
  });

  it("leaves out an <img> in an HTML comment, which no reader sees", () => {
    const body = 'Text.\n\n<!-- <img src="old.png"> -->\n\nMore <!-- <img src="x.png"> --> text.\n';
    expect(bodyFileReferences(body)).toEqual([]);
  });

  it("finds nothing in a body with no image and no link, and every link of one with links", () => {
    expect(bodyFileReferences("Plain text, [not a link].\n\n- a list\n")).toEqual([]);
    // Every link is listed, whatever its path: the rules tell pages and files apart.
    expect(
      bodyFileReferences("See [the archive](/archive/) and [Reuters](https://r.com/x)."),
    ).toEqual([
      { target: "/archive/", kind: "link", bodyLine: 0 },
      { target: "https://r.com/x", kind: "link", bodyLine: 0 },
    ]);
    expect(
      bodyFileReferences("The [report](<my report.PDF>), [notes][n].\n\n[n]: notes.csv"),
    ).toEqual([
      { target: "my%20report.PDF", kind: "link", bodyLine: 0 },
      { target: "notes.csv", kind: "link", bodyLine: 2 },
    ]);
  });
});

describe("bodyFileReferences in raw HTML", () => {
  const image = (target: string) => ({ target, kind: "image", bodyLine: 0 });
  const link = (target: string) => ({ target, kind: "link", bodyLine: 0 });
  it.each([
    [
      '<img src="a.png" srcset="b.png 2x, c.png 3x">',
      [image("a.png"), image("b.png"), image("c.png")],
    ],
    [
      '<picture><source srcset="w.webp"><img src="p.png"></picture>',
      [image("w.webp"), image("p.png")],
    ],
    ['<video src="clip.mp4" poster="p.jpg"></video>', [link("clip.mp4"), image("p.jpg")]],
    ['<audio src="talk.mp3"></audio> <track src="subs.vtt">', [link("talk.mp3"), link("subs.vtt")]],
    ['<a href=" report.pdf ">r</a>', [link("report.pdf")]],
  ])("reads %s", (html, expected) => {
    expect(bodyFileReferences(html)).toEqual(expected);
  });

  it("lists elements in the order they stand, whatever attribute names the file", () => {
    expect(
      bodyFileReferences(
        '<a href="x.pdf">x</a>\n<img src="y.png">\n<video poster="z.jpg"></video>',
      ),
    ).toEqual([
      { target: "x.pdf", kind: "link", bodyLine: 0 },
      { target: "y.png", kind: "image", bodyLine: 1 },
      { target: "z.jpg", kind: "image", bodyLine: 2 },
    ]);
  });
});

describe("fileUrlReferences", () => {
  it.each([
    ["![A](file:///Users/me/map.png)", [{ written: "file:///Users/me/map.png", bodyLine: 0 }]],
    ["Text.\n\n[B](<FILE:C:/x.pdf>)", [{ written: "FILE:C:/x.pdf", bodyLine: 2 }]],
    ["![A](photo.png) and file: in prose", []],
  ])("finds the file: URLs of %j", (body, expected) => {
    expect(fileUrlReferences(body)).toEqual(expected);
  });
});

describe("mayNameAFile", () => {
  it.each([
    ["plain prose", "The offensive stalled.", false],
    ["a footnote reference", "Stalled.[^1]\n\n[^1]: Reuters.", true],
    ["brackets in prose", "The [sic] text (and more).", false],
    ["an image", "![Photo](photo.png)", true],
    ["a link to a published kind", "[d](d.pdf)", true],
    ["a link to a kind not published", "[refs](refs.bib)", true],
    ["a link without an extension", "[data](README)", true],
    ["a link to a page", "[Tags](/tags/iraq/)", true],
    ["a reference definition", "[r]: notes.txt", true],
    ["raw HTML that can name a file", '<a href="notes.txt">n</a>', true],
    ["raw HTML that cannot", "<b>bold</b>", false],
  ])("%s: %s", (_case, body, expected) => {
    expect(mayNameAFile(body)).toBe(expected);
  });
});
