/**
 * Responsive images on small fixture projects whose images are made with sharp at test time:
 * `<picture>` with AVIF and WebP sources, `sizes`, `width`/`height`, lazy loading except the lead
 * image, files of the widths the markup names, a second build (under a path prefix) that encodes
 * nothing, feeds with a plain `<img>`, and unreadable images stopping the build with the post, the
 * line and the fix.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32, deflateSync } from "node:zlib";
import { parseJsonFeed } from "feedsmith";
import { parseHTML } from "linkedom";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildProject,
  makeProject,
  projectRoot,
  readPage,
  runVerify,
  type BuiltSite,
} from "../helpers/build-site.ts";

/** Writes a solid image of the given size; the format is the file's extension. */
async function image(file: string, width: number, height: number, alpha = false): Promise<void> {
  const format = path.extname(file).slice(1);
  await sharp({
    create: {
      width,
      height,
      channels: alpha ? 4 : 3,
      background: alpha ? { r: 180, g: 60, b: 60, alpha: 0.5 } : { r: 60, g: 90, b: 140 },
    },
  })
    .toFormat(format === "jpg" ? "jpeg" : (format as "png" | "gif"))
    .toFile(file);
}

/** The first `fraction` of an image file: a download cut short. */
async function truncated(file: string, width: number, height: number): Promise<void> {
  await image(file, width, height);
  const bytes = readFileSync(file);
  writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
}

/** A PNG whose header says `width` × `height`, with no pixel data: a bomb for a decoder. */
function hugePngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.alloc(0))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Writes `posts/<folder>/index.md` under `posts` and returns the folder. */
function post(posts: string, folder: string, markdown: string): string {
  const dir = path.join(posts, folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "index.md"), markdown);
  return dir;
}

const essay = `---
title: A photo essay
date: 2008-03-27
image:
  src: lead.jpg
  alt: The port at dawn
  caption: The port of Umm Qasr.
---

The port reopened on Thursday.

![A wide view of the quay](wide.jpg)

A chart of the tonnage:

![Tonnage by month](chart.png)

<p><img src="drawing.svg" alt="A drawing of the port" class="drawing"></p>

![A loop of the cranes](loop.gif)
`;

/** An older post whose lead image is an animated WebP (tests/fixtures/images/animated.webp). */
const animatedLead = `---
title: Cranes at work
date: 2008-03-20
image:
  src: cranes.webp
  alt: Three frames of a crane swinging
---

The cranes moved again.
`;

const drawing = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120"><rect width="240" height="120" fill="#369"/></svg>`;

const broken = `---
title: Broken pictures
date: 2008-03-28
image:
  src: lead.jpg
  alt: A photo cut short
---

First paragraph.

![A chart cut short](cut.png)

Some text.

<img src="notes.jpg" alt="A text file named like a photo">

![A picture too large to read](huge.png)
`;

/** The cache folder's files with their modification times. */
function cacheState(root: string): Record<string, number> {
  const dir = path.join(root, ".cache/images");
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, statSync(path.join(dir, name)).mtimeMs]),
  );
}

/** `a.avif 400w, b.avif 800w` → [["a.avif", 400], ["b.avif", 800]]. */
function candidates(srcset: string | null): Array<[string, number]> {
  return (srcset ?? "")
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/))
    .map(([url, width]) => [url ?? "", Number.parseInt(width ?? "", 10)]);
}

describe("responsive images", () => {
  let fixtures: string;
  let root: string;
  let first: BuiltSite;
  let cacheAfterFirst: Record<string, number>;
  let second: BuiltSite;
  let page: Document;
  let prefixed: Document;
  let prefixedHome: Document;
  let jsonFeed: string;
  let brokenRun: BuiltSite;
  let brokenRoot: string;

  beforeAll(async () => {
    fixtures = mkdtempSync(path.join(tmpdir(), "dispatch-images-"));
    const posts = path.join(fixtures, "posts");
    const dir = post(posts, "photo-essay", essay);
    await Promise.all([
      image(path.join(dir, "lead.jpg"), 1600, 900),
      image(path.join(dir, "wide.jpg"), 1000, 500),
      image(path.join(dir, "chart.png"), 300, 200, true),
      image(path.join(dir, "loop.gif"), 50, 40),
    ]);
    writeFileSync(path.join(dir, "drawing.svg"), drawing);
    copyFileSync(
      path.join(projectRoot, "tests/fixtures/images/animated.webp"),
      path.join(post(posts, "animated-lead", animatedLead), "cranes.webp"),
    );
    const brokenPosts = path.join(fixtures, "broken-posts");
    const bad = post(brokenPosts, "broken", broken);
    await Promise.all([
      truncated(path.join(bad, "lead.jpg"), 600, 400),
      truncated(path.join(bad, "cut.png"), 600, 400),
    ]);
    writeFileSync(path.join(bad, "notes.jpg"), "Notes from the port, not a photo.\n");
    writeFileSync(path.join(bad, "huge.png"), hugePngHeader(30000, 20000));

    root = makeProject({ posts });
    brokenRoot = makeProject({ posts: brokenPosts });
    [first, brokenRun] = [buildProject(root), buildProject(brokenRoot)];
    const output = path.join(root, "_site");
    page = readPage(output, "/posts/photo-essay/");
    jsonFeed = readFileSync(path.join(output, "feed.json"), "utf8");
    cacheAfterFirst = cacheState(root);
    second = buildProject(root, { args: ["--pathprefix=/basra-blog/"] });
    prefixed = readPage(output, "/posts/photo-essay/");
    prefixedHome = readPage(output, "/");
  }, 120_000);

  afterAll(() => {
    for (const dir of [root, brokenRoot, fixtures]) {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  });

  it("builds, and the site passes npm run verify", () => {
    expect(first.stderr).toBe("");
    expect(first.exitCode).toBe(0);
    expect(second.exitCode).toBe(0);
    const verify = runVerify(root);
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });

  it("gives each raster image a <picture> with AVIF, then WebP, and a fallback <img>", () => {
    const pictures = [...page.querySelectorAll("picture")];
    expect(
      pictures.map((picture) => ({
        sources: [...picture.querySelectorAll("source")].map((source) =>
          source.getAttribute("type"),
        ),
        alt: picture.querySelector("img")?.getAttribute("alt"),
        fallback: path.extname(picture.querySelector("img")?.getAttribute("src") ?? ""),
      })),
    ).toEqual([
      { sources: ["image/avif", "image/webp"], alt: "The port at dawn", fallback: ".jpeg" },
      { sources: ["image/avif", "image/webp"], alt: "A wide view of the quay", fallback: ".jpeg" },
      { sources: ["image/avif", "image/webp"], alt: "Tonnage by month", fallback: ".png" },
    ]);
  });

  it("makes 400, 800 and 1200 px files of a wide photo, and never wider than the image", () => {
    const widths = [...page.querySelectorAll("picture")].map((picture) =>
      candidates(picture.querySelector("source")?.getAttribute("srcset") ?? null).map(
        ([, width]) => width,
      ),
    );
    expect(widths).toEqual([[400, 800, 1200], [400, 800, 1000], [300]]);
  });

  it("writes every file a srcset names beside the page, at the width it says", async () => {
    const folder = path.join(root, "_site/posts/photo-essay");
    const listed = [...page.querySelectorAll("source[srcset], img[srcset]")].flatMap((element) =>
      candidates(element.getAttribute("srcset")),
    );
    expect(listed.length).toBe(3 * 3 + 3 * 3 + 2);
    for (const [url, width] of listed) {
      expect(url).toMatch(/^(lead|wide|chart)-[\w-]{10}-\d+\.(avif|webp|jpeg|png)$/);
      const metadata = await sharp(path.join(folder, url)).metadata();
      expect({ url, width: metadata.width }).toEqual({ url, width });
    }
  });

  it("gives every image width and height, and loads all but the lead image lazily", () => {
    const images = [...page.querySelectorAll(".post-header img, .post-body img")].map((img) => [
      img.getAttribute("alt"),
      img.getAttribute("width"),
      img.getAttribute("height"),
      img.getAttribute("loading"),
      img.getAttribute("decoding"),
      img.getAttribute("fetchpriority"),
    ]);
    expect(images).toEqual([
      ["The port at dawn", "1200", "675", "eager", null, "high"],
      ["A wide view of the quay", "1000", "500", "lazy", "async", null],
      ["Tonnage by month", "300", "200", "lazy", "async", null],
      ["A drawing of the port", "240", "120", "lazy", "async", null],
      ["A loop of the cranes", "50", "40", "lazy", "async", null],
    ]);
  });

  it("sizes images to the column, or to their own width when narrower", () => {
    const sizes = [...page.querySelectorAll("picture source[type='image/webp']")].map((source) =>
      source.getAttribute("sizes"),
    );
    expect(sizes).toEqual([
      "(min-width: 42rem) 40rem, calc(100vw - 2rem)",
      "(min-width: 42rem) 40rem, calc(100vw - 2rem)",
      "(min-width: 332px) 300px, calc(100vw - 2rem)",
    ]);
  });

  it("keeps SVG and GIF images as they are, and publishes every original", () => {
    expect(page.querySelector("img.drawing")?.getAttribute("src")).toBe("drawing.svg");
    expect(page.querySelector("img[alt='A loop of the cranes']")?.getAttribute("src")).toBe(
      "loop.gif",
    );
    const folder = path.join(root, "_site/posts/photo-essay");
    const originals = readdirSync(folder).filter((name) => !/-[\w-]{10}-\d+\./.test(name));
    expect(originals.sort()).toEqual([
      "chart.png",
      "cite.bib",
      "cite.ris",
      "drawing.svg",
      "index.html",
      "lead.jpg",
      "loop.gif",
      "share.png",
      "wide.jpg",
    ]);
  });

  it("encodes nothing in a second build: the cached files are not written again", () => {
    expect(Object.keys(cacheAfterFirst)).toHaveLength(3 * 3 + 3 * 3 + 3 + 3);
    expect(cacheState(root)).toEqual(cacheAfterFirst);
  });

  it("resolves every srcset URL under the path prefix once", () => {
    const base = "https://dispatch.test/basra-blog/posts/photo-essay/";
    const urls = [...prefixed.querySelectorAll("source[srcset], img[srcset]")].flatMap((element) =>
      candidates(element.getAttribute("srcset")).map(([url]) => new URL(url, base).pathname),
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url).toMatch(/^\/basra-blog\/posts\/photo-essay\/[^/]+$/);
      expect(statSync(path.join(root, "_site", url.replace("/basra-blog/", ""))).isFile()).toBe(
        true,
      );
    }
  });

  it("shows the lead story's picture on the front page from the post's own files, under the prefix", () => {
    const picture = prefixedHome.querySelector(".story--lead .story-visual picture");
    expect(
      [...(picture?.querySelectorAll("source") ?? [])].map((source) => source.getAttribute("type")),
    ).toEqual(["image/avif", "image/webp"]);
    const img = picture?.querySelector("img");
    expect([img?.getAttribute("alt"), img?.getAttribute("fetchpriority")]).toEqual(["", "high"]);
    const urls = [...(picture?.querySelectorAll("[srcset]") ?? [])].flatMap((element) =>
      candidates(element.getAttribute("srcset")).map(([url]) => url),
    );
    expect(urls).toHaveLength(9);
    for (const url of urls) {
      expect(url).toMatch(
        /^\/basra-blog\/posts\/photo-essay\/lead-[\w-]{10}-\d+\.(avif|webp|jpeg)$/,
      );
      const file = path.join(root, "_site", url.replace("/basra-blog/", ""));
      expect(statSync(file).isFile()).toBe(true);
    }
  });

  it("keeps an animated lead image as it is, on its page and on the front page", () => {
    const output = path.join(root, "_site");
    const own = readPage(output, "/posts/animated-lead/").querySelector(".lead-image img");
    expect([
      own?.getAttribute("src"),
      own?.getAttribute("width"),
      own?.getAttribute("height"),
    ]).toEqual(["cranes.webp", "300", "200"]);
    expect(own?.closest("picture")).toBeNull();
    const story = prefixedHome.querySelector(".story--top .story-visual img");
    expect(story?.getAttribute("src")).toBe("/basra-blog/posts/animated-lead/cranes.webp");
    expect(readdirSync(path.join(output, "posts/animated-lead")).sort()).toEqual([
      "cite.bib",
      "cite.ris",
      "cranes.webp",
      "index.html",
      "share.png",
    ]);
  });

  it("gives feed readers a plain <img> with an absolute URL", () => {
    const feed = parseJsonFeed(JSON.parse(jsonFeed));
    const html = feed.items?.[0]?.content_html ?? "";
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    expect(document.querySelector("picture, source")).toBeNull();
    expect(
      [...document.querySelectorAll("img")].map((img) => [
        img.getAttribute("src")?.replace(/-[\w-]{10}-/, "-HASH-"),
        img.getAttribute("srcset"),
      ]),
    ).toEqual([
      ["https://dispatch.test/posts/photo-essay/lead.jpg", null],
      ["https://dispatch.test/posts/photo-essay/wide-HASH-1000.jpeg", null],
      ["https://dispatch.test/posts/photo-essay/chart-HASH-300.png", null],
      ["https://dispatch.test/posts/photo-essay/drawing.svg", null],
      ["https://dispatch.test/posts/photo-essay/loop.gif", null],
    ]);
  });

  it("stops the build at an unreadable or too large image, naming the post, the line and the fix", () => {
    expect(brokenRun.exitCode).toBe(1);
    expect(brokenRun.stderr.split("\n")).toEqual([
      'posts/broken/index.md:5: front matter field "image.src": the image "lead.jpg" cannot be read: the file is damaged or cut short (VipsJpeg: Premature end of input file). Fix: open it in an image editor and save it again as JPEG or PNG, or put the original file in its place',
      'posts/broken/index.md:11: the image "cut.png" cannot be read: the file is damaged or cut short (pngload_buffer: end of stream). Fix: open it in an image editor and save it again as JPEG or PNG, or put the original file in its place',
      'posts/broken/index.md:15: the image "notes.jpg" cannot be read: the file is not a PNG, JPEG, GIF, WebP, AVIF or SVG image (it may be empty, or another kind of file renamed). Fix: open it in an image editor and save it again as JPEG or PNG, or put the original file in its place',
      'posts/broken/index.md:17: the image "huge.png" is 30000 × 20000 pixels (600 megapixels), more than the 100 megapixels the build reads. Fix: resize it to at most 4000 pixels on its longest side; readers are sent it at most 1200 pixels wide',
      "Build failed: 4 problems in content; _site/ was left as it was.",
      "",
    ]);
  });
});
