/**
 * A WordPress post with a `[gallery]` of three photos and a featured image, imported with local
 * copies of its images (the import's conversion, with a resolver that names the files) and built
 * for real: the page has the gallery's grid of three responsive images, each with its caption,
 * sized for a cell of the grid; the lead image; the attachment page's old URL redirects to the
 * post; and the site passes `npm run verify` (html-validate, links, CSP).
 */
import { rmSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildProject,
  makeProject,
  readPage,
  runVerify,
  type BuiltSite,
} from "../helpers/build-site.ts";
import { importedPost, type ImportedPostFolder } from "../helpers/imported-post.ts";
import { wxrItem } from "../helpers/wxr-item.ts";

const uploads = "http://old.example.org/wp-content/uploads/2008/03";

/** The export: a post with a gallery of its three photos, the first its featured image too. */
const items = [
  wxrItem({
    id: "10",
    content:
      'Our photographer sent these from the city centre.\n\n[gallery columns="3" link="file"]\n\nThe fighting went on.',
    meta: new Map([["_thumbnail_id", "21"]]),
  }),
  ...[
    ["21", "quay", 1200, 800, "The quay at Umm Qasr at dawn", "Cranes idle at the quay"],
    ["22", "market", 900, 1200, "A shuttered market street", "The Ashar market, closed"],
    ["23", "pipeline", 1600, 900, "Smoke from the burning pipeline", "The Zubair-1 pipeline"],
  ].map(([id, name, , , alt, caption], index) =>
    wxrItem({
      id: id as string,
      title: name as string,
      postType: "attachment",
      status: "inherit",
      attachmentUrl: `${uploads}/${name as string}.jpg`,
      link: `http://old.example.org/2008/03/27/basra/${name as string}/`,
      excerpt: caption as string,
      meta: new Map([["_wp_attachment_image_alt", alt as string]]),
      parentId: "10",
      menuOrder: index + 1,
    }),
  ),
];

const sizes = [
  ["quay", 1200, 800],
  ["market", 900, 1200],
  ["pipeline", 1600, 900],
] as const;

describe("an imported gallery, built", () => {
  let imported: ImportedPostFolder | undefined;
  let root: string;
  let site: BuiltSite;
  let page: Document;
  let markdown: string;

  beforeAll(async () => {
    imported = importedPost(items, uploads, "dispatch-galleries-");
    const { fixtures, dir } = imported;
    markdown = imported.markdown;
    await Promise.all(
      sizes.map(([name, width, height]) =>
        sharp({ create: { width, height, channels: 3, background: { r: 90, g: 110, b: 130 } } })
          .jpeg()
          .toFile(path.join(dir, `${name}.jpg`)),
      ),
    );
    root = makeProject({ posts: path.join(fixtures, "posts") });
    site = buildProject(root);
    page = readPage(site.output, "/posts/basra/");
  }, 120_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    imported?.remove();
  });

  it("imports the gallery as a grid of local images and the featured image as the lead", () => {
    expect(markdown).toBe(
      [
        "---",
        'title: "Basra"',
        'date: "2008-03-27T10:00:00+00:00"',
        'author: "desk"',
        'slug: "basra"',
        'aliases: ["/2008/03/27/basra/", "/2008/03/27/basra/quay/", "/2008/03/27/basra/market/", "/2008/03/27/basra/pipeline/"]',
        "image:",
        '  src: "quay.jpg"',
        '  alt: "The quay at Umm Qasr at dawn"',
        '  caption: "Cranes idle at the quay"',
        "---",
        "",
        "Our photographer sent these from the city centre.",
        "",
        '<figure class="gallery">',
        '<figure><a href="quay.jpg"><img src="quay.jpg" alt="The quay at Umm Qasr at dawn"></a><figcaption>Cranes idle at the quay</figcaption></figure>',
        '<figure><a href="market.jpg"><img src="market.jpg" alt="A shuttered market street"></a><figcaption>The Ashar market, closed</figcaption></figure>',
        '<figure><a href="pipeline.jpg"><img src="pipeline.jpg" alt="Smoke from the burning pipeline"></a><figcaption>The Zubair-1 pipeline</figcaption></figure>',
        "</figure>",
        "",
        "The fighting went on.",
        "",
      ].join("\n"),
    );
  });

  it("builds, and the site passes npm run verify (html-validate, links, CSP)", () => {
    expect(site.stderr).toBe("");
    expect(site.exitCode).toBe(0);
    const verify = runVerify(root);
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });

  // Width and height are the largest file made (at most 1200 px wide), so the grid keeps its place.
  it("shows the grid: three responsive images sized for a cell, each with its caption", () => {
    const grid = page.querySelector(".post-body figure.gallery");
    const cells = [...(grid?.querySelectorAll(":scope > figure") ?? [])];
    expect(
      cells.map((cell) => {
        const img = cell.querySelector("picture img");
        return {
          alt: img?.getAttribute("alt"),
          link: cell.querySelector("a")?.getAttribute("href"),
          sizes: cell.querySelector('picture source[type="image/avif"]')?.getAttribute("sizes"),
          width: img?.getAttribute("width"),
          height: img?.getAttribute("height"),
          loading: img?.getAttribute("loading"),
          caption: cell.querySelector("figcaption")?.textContent,
        };
      }),
    ).toEqual(
      [
        ["The quay at Umm Qasr at dawn", "quay.jpg", "1200", "800", "Cranes idle at the quay"],
        ["A shuttered market street", "market.jpg", "800", "1066", "The Ashar market, closed"],
        ["Smoke from the burning pipeline", "pipeline.jpg", "1200", "675", "The Zubair-1 pipeline"],
      ].map(([alt, link, width, height, caption]) => ({
        alt,
        link,
        sizes:
          "(min-width: 42rem) calc(40rem / 3), (min-width: 40rem) calc((100vw - 2rem) / 3), calc((100vw - 2rem) / 2)",
        width,
        height,
        loading: "lazy",
        caption,
      })),
    );
  });

  it("shows the featured image once, as the lead image, and redirects the attachment pages", () => {
    const lead = page.querySelector("figure.lead-image");
    expect(lead?.querySelector("img")?.getAttribute("alt")).toBe("The quay at Umm Qasr at dawn");
    expect(lead?.querySelector("figcaption")?.textContent?.trim()).toBe("Cranes idle at the quay");
    const moved = readPage(site.output, "/2008/03/27/basra/market/");
    expect(moved.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
      "https://dispatch.test/posts/basra/",
    );
  });
});
