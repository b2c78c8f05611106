import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from "markdown-it";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bodyImageOptions,
  bodyImagesPlugin,
  placeholderMark,
  type BodyImage,
} from "../../../src/images/body-images.ts";

// Post images are found relative to the working directory, as Eleventy names them.
const previous = process.cwd();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dispatch-body-images-"));
  mkdirSync(path.join(dir, "posts/basra"), { recursive: true });
  writeFileSync(path.join(dir, "posts/basra/photo.jpg"), "");
  writeFileSync(path.join(dir, "posts/basra/map.png"), "");
  process.chdir(dir);
});
afterAll(() => {
  process.chdir(previous);
  rmSync(dir, { recursive: true, force: true });
});

/** A markdown-it whose images become `[made N: src]`, and the images it was asked for. */
function markdown(): { md: MarkdownItInstance; asked: BodyImage[] } {
  const md = new MarkdownIt({ html: true });
  const asked: BodyImage[] = [];
  bodyImagesPlugin(md, async (image) => {
    asked.push(image);
    return `[made ${asked.length}: ${image.src}]`;
  });
  return { md, asked };
}

const post = { page: { inputPath: "./posts/basra/index.md" } };

describe("bodyImagesPlugin", () => {
  it.each([
    [
      "a Markdown image of the post's folder",
      "![The *port*](photo.jpg)",
      "<p>[made 1: photo.jpg]</p>\n",
    ],
    [
      "an <img> of raw HTML",
      'Before <img src="map.png" alt="Map"> after',
      "<p>Before [made 1: map.png] after</p>\n",
    ],
    [
      "an <img> in an HTML block",
      '<div>\n<img src="photo.jpg" alt="">\n</div>',
      "<div>\n[made 1: photo.jpg]\n</div>",
    ],
  ])("makes responsive %s", async (_, body, html) => {
    const { md } = markdown();
    expect(await md.render(body, post)).toBe(html);
  });

  it.each([
    [
      "a gallery",
      '<figure class="gallery">\n<figure><img src="photo.jpg" alt=""></figure>\n</figure>',
      3,
    ],
    [
      "a two-column gallery",
      '<figure class=\'gallery gallery-columns-2\'>\n<figure><img src="photo.jpg" alt=""></figure>\n</figure>',
      2,
    ],
    [
      "a gallery around a Markdown image",
      '<figure class="gallery">\n\n![Port](photo.jpg)\n\n</figure>',
      3,
    ],
    ["a figure that is no gallery", '<figure>\n<img src="photo.jpg" alt="">\n</figure>', undefined],
    [
      "after a gallery has closed",
      '<figure class="gallery">\n<figure>x</figure>\n</figure>\n\n![Port](photo.jpg)',
      undefined,
    ],
  ])("tells the columns of %s an image is in", async (_, body, columns) => {
    const { md, asked } = markdown();
    await md.render(body, post);
    expect(asked.map((image) => image.galleryColumns)).toEqual([columns]);
  });

  it.each([
    ["a remote image", "![Port](https://example.org/photo.jpg)"],
    ["an image that is not there", "![Port](missing.jpg)"],
    ["an <img> with its own srcset", '<img src="photo.jpg" srcset="photo.jpg 1x" alt="">'],
    [
      "an <img> inside the author's <picture>",
      '<picture><source srcset="a.webp"><img src="photo.jpg" alt=""></picture>',
    ],
    ["an <img> in an HTML comment", '<!-- <img src="photo.jpg" alt=""> -->'],
  ])("leaves %s as markdown-it writes it", (_, body) => {
    const { md, asked } = markdown();
    expect(md.render(body, post)).toBe(new MarkdownIt({ html: true }).render(body, post));
    expect(asked).toEqual([]);
  });

  it.each([
    ["a page that is not a post", { page: { inputPath: "./pages/about.md" } }],
    ["a render without a page", {}],
  ])("leaves the images of %s alone", (_, env) => {
    const { md, asked } = markdown();
    expect(md.render("![Port](photo.jpg)", env)).toBe('<p><img src="photo.jpg" alt="Port"></p>\n');
    expect(asked).toEqual([]);
  });

  it("hands the renderer each image's file, src, attributes and place among those of one src", async () => {
    const { md, asked } = markdown();
    await md.render(
      '![The *port*](photo.jpg "At dawn")\n\n<img src="photo.jpg" alt="Again" class="wide">\n\n![Map](map.png)',
      post,
    );
    expect(asked).toEqual([
      {
        file: "posts/basra/photo.jpg",
        src: "photo.jpg",
        attributes: [
          ["src", "photo.jpg"],
          ["alt", "The port"],
          ["title", "At dawn"],
        ],
        sameSrcBefore: 0,
      },
      {
        file: "posts/basra/photo.jpg",
        src: "photo.jpg",
        attributes: [
          ["src", "photo.jpg"],
          ["alt", "Again"],
          ["class", "wide"],
        ],
        sameSrcBefore: 1,
      },
      {
        file: "posts/basra/map.png",
        src: "map.png",
        attributes: [
          ["src", "map.png"],
          ["alt", "Map"],
        ],
        sameSrcBefore: 0,
      },
    ]);
  });

  it("keeps a placeholder a body writes itself as text", async () => {
    const { md } = markdown();
    const forged = "<!--dispatch-image 0000000000000000 0-->";
    expect(await md.render(`${forged}\n\n![Port](photo.jpg)`, post)).toBe(
      `${forged}\n<p>[made 1: photo.jpg]</p>\n`,
    );
  });

  it("makes the images of HTML returned without a render (a body read from the build cache)", async () => {
    const body = '![Quay](photo.jpg)\n\n<img src="map.png" alt="Map">';
    const rendered = new MarkdownIt({ html: true });
    let stored = "";
    const inner = rendered.render.bind(rendered);
    rendered.render = (text, env) => (stored = inner(text, env));
    bodyImagesPlugin(rendered, async (image) => `[made: ${image.src}]`);
    const html = await rendered.render(body, post);

    const cached = new MarkdownIt({ html: true });
    cached.render = () => stored;
    const asked: BodyImage[] = [];
    bodyImagesPlugin(cached, async (image) => {
      asked.push(image);
      return `[made: ${image.src}]`;
    });
    expect(await cached.render(body, post)).toBe(html);
    expect(html).toBe("<p>[made: photo.jpg]</p>\n[made: map.png]");
    expect(asked.map(({ file, sameSrcBefore }) => [file, sameSrcBefore])).toEqual([
      ["posts/basra/photo.jpg", 0],
      ["posts/basra/map.png", 0],
    ]);
  });
});

describe("placeholderMark", () => {
  it("is the same for the same body in every build, and another for another body", () => {
    expect(placeholderMark("![Quay](photo.jpg)")).toBe(placeholderMark("![Quay](photo.jpg)"));
    expect(placeholderMark("![Quay](photo.jpg)")).toMatch(/^[0-9a-f]{32}$/);
    expect(placeholderMark("![Quay](photo.jpg) ")).not.toBe(placeholderMark("![Quay](photo.jpg)"));
  });
});

describe("bodyImageOptions", () => {
  const options = { sizes: (width: number | undefined, columns?: number) => `${width}/${columns}` };
  const image: BodyImage = {
    file: "posts/basra/photo.jpg",
    src: "photo.jpg",
    attributes: [],
    sameSrcBefore: 0,
  };

  it("sizes an image in a gallery for a cell of its grid, and leaves others' options as they are", () => {
    expect(bodyImageOptions({ ...image, galleryColumns: 2 }, options).sizes(800)).toBe("800/2");
    expect(bodyImageOptions(image, options)).toBe(options);
  });
});
