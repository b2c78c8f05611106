import { spawnSync } from "node:child_process";
import {
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
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildSite,
  dispatchArgs,
  readPage,
  runVerify,
  testSiteUrl,
  type BuiltSite,
} from "../helpers/build-site.ts";

const origin = "https://dispatch.test";

/** The fixture's posts: a raster lead image, a map, a plain post, an SVG lead image, a draft. */
const posts: Record<string, string> = {
  "lead-photo": [
    "---",
    'title: "Smoke over Basra"',
    "date: 2008-03-27",
    "image:",
    "  src: photo.jpg",
    `  alt: 'Smoke over the "port" & the river'`,
    "---",
    "",
    "The port burned.",
  ].join("\n"),
  "map-post": [
    "---",
    'title: "Where the pipeline was hit"',
    "date: 2008-03-26",
    "---",
    "",
    "The pipeline.",
    "",
    "```geojson",
    JSON.stringify({
      type: "FeatureCollection",
      caption: "The Zubair-1 pipeline & Basra",
      features: [
        {
          type: "Feature",
          properties: { title: "Pipeline" },
          geometry: { type: "Point", coordinates: [47.78, 30.43] },
        },
        {
          type: "Feature",
          properties: { title: "Basra" },
          geometry: { type: "Point", coordinates: [47.81, 30.51] },
        },
      ],
    }),
    "```",
  ].join("\n"),
  "plain-post": [
    "---",
    `title: "Sadr's \\"army\\" & Basra: <b>not</b> a title"`,
    "date: 2008-03-25",
    'summary: "The ceasefire holds."',
    "---",
    "",
    "Plain text.",
  ].join("\n"),
  "svg-lead": [
    "---",
    'title: "A diagram of the offensive"',
    "date: 2008-03-24",
    "image:",
    "  src: diagram.svg",
    "  alt: Arrows on a plan of Basra",
    "---",
    "",
    "A diagram.",
  ].join("\n"),
  "draft-post": [
    "---",
    'title: "Not yet"',
    "date: 2008-03-23",
    "draft: true",
    "---",
    "",
    "Draft.",
  ].join("\n"),
};

const published = ["lead-photo", "map-post", "plain-post", "svg-lead"];

/** Builds the project in `root` again, as `npm run build` does. */
function buildAgain(root: string, args: string[] = []): number {
  return (
    spawnSync(process.execPath, dispatchArgs(root, "build", args), {
      cwd: root,
      env: { ...process.env, DISPATCH_SITE_URL: testSiteUrl },
      encoding: "utf8",
    }).status ?? -1
  );
}

/** The cached PNGs of a project, by name, with their modification times in ms. */
function cacheEntries(root: string): Record<string, number> {
  const folder = path.join(root, ".cache/share");
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.endsWith(".png"))
      .map((name) => [name, statSync(path.join(folder, name)).mtimeMs]),
  );
}

describe("share images", () => {
  let fixture: string;
  let site: BuiltSite;
  let firstCache: Record<string, number>;
  let firstImages: Record<string, Buffer>;

  beforeAll(async () => {
    fixture = mkdtempSync(path.join(tmpdir(), "dispatch-share-posts-"));
    for (const [folder, text] of Object.entries(posts)) {
      mkdirSync(path.join(fixture, folder));
      writeFileSync(path.join(fixture, folder, "index.md"), `${text}\n`);
    }
    // A 1600×1200 photograph stand-in: a gradient, so that cropping has something to choose.
    await sharp({
      create: { width: 1600, height: 1200, channels: 3, background: "#6a7f99" },
    })
      .composite([
        {
          input: Buffer.from(
            `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200"><circle cx="1100" cy="500" r="260" fill="#c8102e"/></svg>`,
          ),
        },
      ])
      .jpeg()
      .toFile(path.join(fixture, "lead-photo", "photo.jpg"));
    writeFileSync(
      path.join(fixture, "svg-lead", "diagram.svg"),
      `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><path d="M0 10H40"/></svg>`,
    );
    site = buildSite({ posts: fixture });
    firstCache = cacheEntries(site.root);
    firstImages = Object.fromEntries(
      published.map((slug) => [
        slug,
        readFileSync(path.join(site.output, "posts", slug, "share.png")),
      ]),
    );
  });

  afterAll(() => {
    rmSync(fixture, { recursive: true, force: true });
    if (site) rmSync(site.root, { recursive: true, force: true });
  });

  it("builds", () => {
    expect(site.stderr).not.toContain("Error");
    expect(site.exitCode).toBe(0);
  });

  it.each(published)("writes a 1200×630 PNG beside the page of %s", async (slug) => {
    const { width, height, format } = await sharp(firstImages[slug]).metadata();
    expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: "png" });
  });

  it("writes none for a draft", () => {
    expect(readdirSync(path.join(site.output, "posts")).sort()).toEqual([...published].sort());
  });

  it("crops the lead photo: the red disc of the photo is in the picture", async () => {
    const { data, info } = await sharp(firstImages["lead-photo"])
      .raw()
      .toBuffer({ resolveWithObject: true });
    let red = 0;
    for (let index = 0; index < data.length; index += info.channels) {
      if (data[index]! > 150 && data[index + 1]! < 60) red += 1;
    }
    // The disc is 260 px in radius at 1600 px: about 0.21 of 1600×1200; cropped to fill 1200×630
    // from the photo's width, it keeps its share of the pixels within a margin.
    expect(red / (1200 * 630)).toBeGreaterThan(0.1);
  });

  const meta = (slug: string, name: string) =>
    [
      ...readPage(site.output, `/posts/${slug}/`).querySelectorAll(
        `meta[property="${name}"], meta[name="${name}"]`,
      ),
    ].map((element) => element.getAttribute("content"));

  it.each([
    ["lead-photo", `Smoke over the "port" & the river`],
    ["map-post", "Map: The Zubair-1 pipeline & Basra"],
    // The headline as pages show it: with the body's smart quotes.
    ["plain-post", `Sadr’s “army” & Basra: <b>not</b> a title`],
    ["svg-lead", "A diagram of the offensive"],
  ])("names the share image of %s in OpenGraph and Twitter tags", (slug, alt) => {
    const url = `${origin}/posts/${slug}/share.png`;
    expect({
      image: meta(slug, "og:image"),
      type: meta(slug, "og:image:type"),
      width: meta(slug, "og:image:width"),
      height: meta(slug, "og:image:height"),
      alt: meta(slug, "og:image:alt"),
      card: meta(slug, "twitter:card"),
      twitterImage: meta(slug, "twitter:image"),
      twitterAlt: meta(slug, "twitter:image:alt"),
    }).toEqual({
      image: [url],
      type: ["image/png"],
      width: ["1200"],
      height: ["630"],
      alt: [alt],
      card: ["summary_large_image"],
      twitterImage: [url],
      twitterAlt: [alt],
    });
  });

  it("never names an SVG as og:image or twitter:image", () => {
    const images = published.flatMap((slug) => [
      ...meta(slug, "og:image"),
      ...meta(slug, "twitter:image"),
    ]);
    expect(images).toHaveLength(8);
    expect(images.filter((url) => url?.endsWith(".svg"))).toEqual([]);
  });

  it("gives the same picture in the JSON Feed and the JSON-LD", () => {
    const feed = JSON.parse(readFileSync(path.join(site.output, "feed.json"), "utf8")) as {
      items: { url: string; image?: string }[];
    };
    expect(feed.items.map((item) => [item.url, item.image])).toEqual(
      published.map((slug) => [`${origin}/posts/${slug}/`, `${origin}/posts/${slug}/share.png`]),
    );
    const jsonLdImages = published.map((slug) => {
      const script = readPage(site.output, `/posts/${slug}/`).querySelector(
        'script[type="application/ld+json"]',
      );
      return (JSON.parse(script?.textContent ?? "{}") as { image?: string }).image;
    });
    expect(jsonLdImages).toEqual(published.map((slug) => `${origin}/posts/${slug}/share.png`));
  });

  it("keeps other pages a summary card without an image", () => {
    const home = readPage(site.output, "/");
    expect(home.querySelector('meta[name="twitter:card"]')?.getAttribute("content")).toBe(
      "summary",
    );
    expect(home.querySelector('meta[property="og:image"]')).toBeNull();
  });

  it("draws nothing again in a second build: every image comes from the cache", () => {
    expect(Object.keys(firstCache)).toHaveLength(4);
    expect(buildAgain(site.root)).toBe(0);
    expect(cacheEntries(site.root)).toEqual(firstCache);
    for (const slug of published) {
      expect(readFileSync(path.join(site.output, "posts", slug, "share.png"))).toEqual(
        firstImages[slug],
      );
    }
  });

  it("names the image under the path prefix once, and passes npm run verify", () => {
    expect(buildAgain(site.root, ["--pathprefix=/basra-blog/"])).toBe(0);
    const page = readPage(site.output, "/posts/map-post/");
    expect(page.querySelector('meta[property="og:image"]')?.getAttribute("content")).toBe(
      `${origin}/basra-blog/posts/map-post/share.png`,
    );
    // The pictures do not depend on the prefix: still drawn once.
    expect(cacheEntries(site.root)).toEqual(firstCache);
    const verify = runVerify(site.root);
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });
});

describe("a share image that cannot be made", () => {
  const cases = [
    {
      name: "a post file named share.png",
      file: "share.png",
      frontMatter: "",
      stderr:
        "posts/x/share.png: the build writes the post's share image as share.png beside its page, over this file. Fix: rename the file (e.g. to photo.png) and the links to it\n" +
        "Build failed: 1 problem in content; _site/ was left as it was.",
    },
    {
      // Reported once, by the responsive images (src/images/), which read it first.
      name: "a lead image sharp cannot read",
      file: "lead.jpg",
      frontMatter: "image:\n  src: lead.jpg\n  alt: Smoke\n",
      stderr:
        'posts/x/index.md:5: front matter field "image.src": the image "lead.jpg" cannot be read: the file is not a PNG, JPEG, GIF, WebP, AVIF or SVG image (it may be empty, or another kind of file renamed). Fix: open it in an image editor and save it again as JPEG or PNG, or put the original file in its place\n' +
        "Build failed: 1 problem in content; _site/ was left as it was.",
    },
  ];
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it.each(cases)("stops the build at $name, naming the file and the fix", (example) => {
    const fixture = mkdtempSync(path.join(tmpdir(), "dispatch-share-bad-"));
    mkdirSync(path.join(fixture, "x"));
    writeFileSync(
      path.join(fixture, "x/index.md"),
      `---\ntitle: X\ndate: 2008-03-27\n${example.frontMatter}---\n\nText.\n`,
    );
    writeFileSync(path.join(fixture, "x", example.file), "not an image");
    const built = buildSite({ posts: fixture, previousOutput: { "index.html": "previous" } });
    folders.push(fixture, built.root);
    expect(built.exitCode).toBe(1);
    expect(built.stderr.trim()).toBe(example.stderr);
    expect(readFileSync(path.join(built.output, "index.html"), "utf8")).toBe("previous");
  });
});
