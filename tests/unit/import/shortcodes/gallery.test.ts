import { describe, expect, it } from "vitest";
import { convertBody } from "../../../../src/import/body/convert.ts";
import type { MediaResolver } from "../../../../src/import/media/resolver.ts";
import { attachmentIndex, postAttachments } from "../../../../src/import/post/attachments.ts";
import {
  attachmentAlt,
  chooseGallery,
  isImageUrl,
  noAttachments,
} from "../../../../src/import/shortcodes/gallery.ts";
import { wxrItem } from "../../../helpers/wxr-item.ts";

const uploads = "http://old.example.org/wp-content/uploads/2008/03";

/** An attachment of post 10 (unless `parentId` says otherwise), named after its file. */
function attachment(
  id: string,
  name: string,
  menuOrder: number,
  fields: { alt?: string; caption?: string; parentId?: string; title?: string } = {},
) {
  return wxrItem({
    id,
    title: fields.title ?? name,
    postType: "attachment",
    status: "inherit",
    attachmentUrl: `${uploads}/${name}`,
    excerpt: fields.caption ?? "",
    meta: new Map(fields.alt ? [["_wp_attachment_image_alt", fields.alt]] : []),
    parentId: fields.parentId ?? "10",
    menuOrder,
    link: `http://old.example.org/2008/03/27/basra/${name.replace(/\..*$/, "")}/`,
  });
}

const index = attachmentIndex([
  attachment("3", "quay.jpg", 2, { alt: "Cranes at the quay", caption: "The quay" }),
  attachment("4", "market.jpg", 1, { alt: "A closed market" }),
  attachment("5", "pipe.jpg", 3, { caption: "Smoke <em>rising</em>" }),
  attachment("6", "notes.pdf", 0),
  attachment("7", "river.jpg", 0, { alt: "The river", parentId: "11" }),
]);

/** Every image of the old site has a local copy by its file name, except pipe.jpg. */
const media: MediaResolver = {
  local: (url, kind) =>
    kind === "image" && url.startsWith(`${uploads}/`) && !url.endsWith("pipe.jpg")
      ? url.slice(uploads.length + 1)
      : undefined,
};

/** The report's line on a gallery with one image that has no alt text (pipe.jpg). */
const undescribed = (gallery: string) =>
  `the gallery ${gallery} has 1 image with no description (alt text): readers who cannot see it learn nothing of it. Fix: write what each shows in its <img alt="…">`;

/** The Markdown of a post 10's content, with what the report gets. */
function convert(html: string) {
  const body = convertBody(html, "Basra", undefined, {
    media,
    attachments: postAttachments(index, "10"),
  });
  return {
    markdown: body.markdown,
    links: body.imageLinks,
    losses: body.losses.map((loss) => loss.message),
    notes: body.unconverted.map((shortcode) => shortcode.text),
  };
}

const pipe = `<figure><a href="${uploads}/pipe.jpg">Image</a><figcaption>Smoke <em>rising</em></figcaption></figure>`;
const quay =
  '<figure><img src="quay.jpg" alt="Cranes at the quay"><figcaption>The quay</figcaption></figure>';
const market = '<figure><img src="market.jpg" alt="A closed market"></figure>';

describe("[gallery] as a grid of figures", () => {
  it.each([
    [
      "ids: those attachments in the order given; one with no local copy a link",
      'Photos:\n\n[gallery ids="5,3"]',
      `Photos:\n\n<figure class="gallery">\n${pipe}\n${quay}\n</figure>`,
      [`${uploads}/pipe.jpg`],
      [undescribed('[gallery ids="5,3"]')],
    ],
    [
      "no ids: the post's own images, by menu order then id (not its PDF)",
      "[gallery]",
      `<figure class="gallery">\n${market}\n${quay}\n${pipe}\n</figure>`,
      [`${uploads}/pipe.jpg`],
      [undescribed("[gallery]")],
    ],
    [
      "exclude, columns and link=file: each image a link to its local file",
      '[gallery exclude="4,5" columns="2" link="file"]',
      '<figure class="gallery gallery-columns-2">\n<figure><a href="quay.jpg"><img src="quay.jpg" alt="Cranes at the quay"></a><figcaption>The quay</figcaption></figure>\n</figure>',
      [],
    ],
    [
      "include with order=DESC: WordPress's menu order, reversed",
      '[gallery include="3,4" order="DESC"]',
      `<figure class="gallery">\n${quay}\n${market}\n</figure>`,
      [],
    ],
    [
      "id= another post's images, in five columns (the widest grid is four)",
      '[gallery id="11" columns="5"]',
      '<figure class="gallery gallery-columns-4">\n<figure><img src="river.jpg" alt="The river"></figure>\n</figure>',
      [],
    ],
    [
      "an escaped [gallery], with curly quotes, paired",
      "\\[gallery ids=“4”\\]Kept text[/gallery]",
      `<figure class="gallery">\n${market}\n</figure>\n\nKept text`,
      [],
    ],
  ])("%s", (_title, html, markdown, links, losses: string[] = []) => {
    const converted = convert(html);
    expect(converted.markdown).toBe(markdown);
    expect(converted.links).toEqual(links);
    expect(converted.losses).toEqual(losses);
    expect(converted.notes).toEqual([]);
  });

  it.each([
    [
      "a gallery whose attachments are not in the export: a note, listed, and why",
      '[gallery ids="98,99"]',
      '<span class="legacy-embed" role="note" data-wordpress-shortcode="gallery">Not converted from WordPress: the shortcode gallery ids=&quot;98,99&quot;</span>',
      [
        `the gallery [gallery ids="98,99"] found no image in the export (attachments 98 and 99 are not an image the export holds), so the post shows a note in its place. Fix: export the site again with Tools → Export → All content (an export of Posts only holds no attachments) and import again, or put the photos in the post's folder and write the gallery by hand (README, "Galleries")`,
      ],
      ['[gallery ids="98,99"]'],
    ],
    [
      "a gallery naming a PDF and a missing attachment, in random order: the images it has, and both said",
      '[gallery ids="6,3,99,4" orderby="rand"]',
      `<figure class="gallery">\n${quay}\n${market}\n</figure>`,
      [
        `the gallery [gallery ids="6,3,99,4" orderby="rand"] shows 2 images: attachments 6 and 99 are not an image the export holds. Fix: export the site again with Tools → Export → All content (an export of Posts only holds no attachments) and import again, or add the missing photos to the gallery by hand`,
        `the gallery [gallery ids="6,3,99,4" orderby="rand"] showed its images in a random order (orderby="rand"); here they keep the order given. Fix: nothing to do, or reorder its figures`,
      ],
      [],
    ],
  ])("%s", (_title, html, markdown, losses, notes) => {
    const converted = convert(html);
    expect(converted.markdown).toBe(markdown);
    expect(converted.losses).toEqual(losses);
    expect(converted.notes).toEqual(notes);
  });

  it("finds no image in a post written by hand, which has no export", () => {
    expect(chooseGallery({ named: {}, positional: [] }, noAttachments).gallery.images).toEqual([]);
  });

  it.each([
    ["menu_order ID (the default)", {}, ["market.jpg", "quay.jpg", "pipe.jpg"]],
    ["title", { orderby: "title" }, ["market.jpg", "pipe.jpg", "quay.jpg"]],
    ["ID, descending", { orderby: "ID", order: "desc" }, ["pipe.jpg", "market.jpg", "quay.jpg"]],
  ])("orders by %s", (_title, named, files) => {
    const chosen = chooseGallery({ named, positional: [] }, postAttachments(index, "10"));
    expect(chosen.gallery.images.map((image) => image.url.split("/").pop())).toEqual(files);
  });
});

describe("an attachment's alt text and kind", () => {
  it.each([
    ["its alt text", { alt: " Cranes\n at dawn ", title: "Quay" }, "Cranes at dawn"],
    ["else its title", { alt: "", title: "The quay at dawn" }, "The quay at dawn"],
    ["never a title that is the file's name", { alt: "", title: "IMG_0412" }, ""],
    ["never a title that is the file's name with spaces", { alt: "", title: "img 0412" }, ""],
  ])("is %s", (_title, fields, alt) => {
    expect(attachmentAlt({ ...fields, url: `${uploads}/IMG_0412.jpg` })).toBe(alt);
  });

  it.each([
    ["photo.JPG", true],
    ["photo.webp?resize=300", true],
    ["report.pdf", false],
    ["folder/", false],
  ])("%s is an image: %s", (file, image) => {
    expect(isImageUrl(`${uploads}/${file}`)).toBe(image);
  });
});
