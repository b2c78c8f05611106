import { describe, expect, it } from "vitest";
import { noLocalMedia, type MediaResolver } from "../../../../src/import/media/resolver.ts";
import { attachmentIndex } from "../../../../src/import/post/attachments.ts";
import { featuredImage } from "../../../../src/import/post/featured-image.ts";
import { wxrItem } from "../../../helpers/wxr-item.ts";

const up = "http://old.example.org/wp-content/uploads/2008/03";

const index = attachmentIndex([
  wxrItem({
    id: "21",
    title: "Quay",
    postType: "attachment",
    attachmentUrl: `${up}/quay.jpg`,
    excerpt: "Cranes idle at the <em>quay</em>, 27 March",
    meta: new Map([["_wp_attachment_image_alt", 'The "quay" at dawn']]),
  }),
  wxrItem({
    id: "22",
    title: "IMG_0412",
    postType: "attachment",
    attachmentUrl: `${up}/IMG_0412.jpg`,
  }),
  wxrItem({
    id: "23",
    title: "The market",
    postType: "attachment",
    attachmentUrl: `${up}/market.jpg`,
  }),
]);

const media: MediaResolver = { local: (url) => url.split("/").pop() };

const post = (thumbnail: string) => wxrItem({ meta: new Map([["_thumbnail_id", thumbnail]]) });

describe("the featured image as the lead image", () => {
  it.each([
    [
      "its alt text and caption, quoted for YAML",
      "21",
      [
        "image:",
        '  src: "quay.jpg"',
        '  alt: "The \\"quay\\" at dawn"',
        '  caption: "Cranes idle at the quay, 27 March"',
      ],
      [],
    ],
    [
      "its title when it has no alt text",
      "23",
      ["image:", '  src: "market.jpg"', '  alt: "The market"'],
      [],
    ],
    [
      "an empty alt, reported, when its title is only the file's name",
      "22",
      ["image:", '  src: "IMG_0412.jpg"', '  alt: ""'],
      [
        {
          field: "image.alt",
          message:
            'the featured image IMG_0412.jpg has no alt text in the export. Fix: write what it shows after alt: (keep "" only for a decoration)',
        },
      ],
    ],
  ])("writes %s", (_title, thumbnail, lines, notices) => {
    expect(featuredImage(post(thumbnail), index, media, "Text.")).toEqual({
      lines,
      markdown: "Text.",
      removedLines: 0,
      notices,
    });
  });

  it.each([
    [
      "missing from the export",
      "99",
      media,
      'the featured image (attachment 99) is not in the export, so the post has no lead image. Fix: export the site again with Tools → Export → All content and import again, or copy it into the post\'s folder and name it in the front matter: image: { src: "image.jpg", alt: "what it shows" }',
    ],
    [
      "with no local copy",
      "21",
      noLocalMedia,
      `the featured image ${up}/quay.jpg has no copy in the post's folder, so the post has no lead image (the site shows only its own images). Fix: copy it into the post's folder and name it in the front matter: image: { src: "quay.jpg", alt: "what it shows" }`,
    ],
  ])("writes no image: for one %s, and says so", (_title, thumbnail, resolver, message) => {
    expect(featuredImage(post(thumbnail), index, resolver, "Text.")).toEqual({
      lines: [],
      markdown: "Text.",
      removedLines: 0,
      notices: [{ message }],
    });
  });

  it("writes nothing for a post with no featured image", () => {
    expect(featuredImage(wxrItem(), index, media, "Text.").lines).toEqual([]);
    expect(featuredImage(post("0"), index, media, "Text.").notices).toEqual([]);
  });
});

describe("the featured image shown once", () => {
  it.each([
    [
      "a Markdown image that opens the body: moved to the lead",
      "![Quay](quay.jpg)\n\nText.",
      "Text.",
      2,
    ],
    [
      "a [caption] figure that opens the body: moved, its caption kept when the attachment has one",
      '<figure>\n<a href="quay.jpg"><img src="quay.jpg" alt="Quay"></a>\n<figcaption>Body caption</figcaption>\n</figure>\n\nText.',
      "Text.",
      5,
    ],
  ])("%s", (_title, markdown, rest, removed) => {
    const featured = featuredImage(post("21"), index, media, markdown);
    expect(featured.markdown).toBe(rest);
    expect(featured.removedLines).toBe(removed);
    expect(featured.lines).toContain('  caption: "Cranes idle at the quay, 27 March"');
  });

  it("takes the opening figure's caption and alt text when the attachment has none", () => {
    const markdown =
      '<figure>\n<img src="market.jpg" alt="Stalls shut">\n<figcaption>The <em>Ashar</em> market</figcaption>\n</figure>\n\nText.';
    const withoutAlt = attachmentIndex([
      wxrItem({
        id: "23",
        title: "market",
        postType: "attachment",
        attachmentUrl: `${up}/market.jpg`,
      }),
    ]);
    expect(featuredImage(post("23"), withoutAlt, media, markdown)).toEqual({
      lines: [
        "image:",
        '  src: "market.jpg"',
        '  alt: "Stalls shut"',
        '  caption: "The Ashar market"',
      ],
      markdown: "Text.",
      removedLines: 5,
      notices: [],
    });
  });

  it("keeps the image in the text, and writes no lead, when the text shows it further down", () => {
    const markdown = "Text.\n\n![Quay](quay.jpg)";
    expect(featuredImage(post("21"), index, media, markdown)).toEqual({
      lines: [],
      markdown,
      removedLines: 0,
      notices: [
        {
          message:
            'the featured image quay.jpg is also shown in the post\'s text (body line 3), so it is not the lead image too: readers would see it twice. Fix: nothing to do; or, to make it the lead image (lists, share cards), delete it from the text and write image: { src: "quay.jpg", alt: "what it shows" }',
        },
      ],
    });
  });

  it("keeps the lead and the gallery whole when a gallery holds the image", () => {
    const markdown =
      '<figure class="gallery">\n<figure><img src="quay.jpg" alt="Quay"></figure>\n<figure><img src="market.jpg" alt="Market"></figure>\n</figure>';
    const featured = featuredImage(post("21"), index, media, markdown);
    expect(featured.markdown).toBe(markdown);
    expect(featured.lines[1]).toBe('  src: "quay.jpg"');
  });
});
