import { describe, expect, it } from "vitest";
import { convertBody } from "../../../../src/import/body/convert.ts";
import type { MediaResolver } from "../../../../src/import/media/resolver.ts";
import { attachmentIndex, postAttachments } from "../../../../src/import/post/attachments.ts";
import { blockGallery } from "../../../../src/import/shortcodes/gutenberg-gallery.ts";
import { noAttachments } from "../../../../src/import/shortcodes/gallery.ts";
import { wxrItem } from "../../../helpers/wxr-item.ts";

const up = "http://old.example.org/wp-content/uploads/2008/03";

const index = attachmentIndex([
  wxrItem({
    id: "4",
    title: "market",
    postType: "attachment",
    attachmentUrl: `${up}/market.jpg`,
    meta: new Map([["_wp_attachment_image_alt", "A closed market"]]),
    parentId: "10",
  }),
]);

/** Local copies by file name, resized copies resolved to the original; none of pipe.jpg. */
const media: MediaResolver = {
  local: (url) =>
    url.startsWith(`${up}/`) && !url.includes("pipe")
      ? url.slice(up.length + 1).replace(/-\d+x\d+(?=\.)/, "")
      : undefined,
};

function convert(html: string) {
  const body = convertBody(html, "Basra", undefined, {
    media,
    attachments: postAttachments(index, "10"),
  });
  return { markdown: body.markdown, links: body.imageLinks };
}

/** WordPress 5.3–5.8: a figure holding a list, images linked to their files, the gallery's caption. */
const listInFigure = `<!-- wp:gallery {"ids":[3,4],"linkTo":"media"} -->
<figure class="wp-block-gallery columns-2 is-cropped"><ul class="blocks-gallery-grid"><li class="blocks-gallery-item"><figure><a href="${up}/quay.jpg"><img src="${up}/quay-1024x683.jpg" alt="Cranes" data-id="3" data-full-url="${up}/quay.jpg" data-link="http://old.example.org/?attachment_id=3" class="wp-image-3"/></a><figcaption class="blocks-gallery-item__caption">The <em>quay</em></figcaption></figure></li><li class="blocks-gallery-item"><figure><a href="${up}/market.jpg"><img src="${up}/market-768x1024.jpg" alt="" data-id="4" class="wp-image-4"/></a></figure></li></ul><figcaption class="blocks-gallery-caption">Basra, March 2008</figcaption></figure>
<!-- /wp:gallery -->`;

/** WordPress 5.9+: image blocks nested in the gallery block, one not copied. */
const nested = `<!-- wp:gallery {"linkTo":"none"} -->
<figure class="wp-block-gallery has-nested-images columns-default is-cropped"><!-- wp:image {"id":3,"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="${up}/quay-1024x683.jpg" alt="Cranes at dawn" class="wp-image-3"/><figcaption class="wp-element-caption">The quay</figcaption></figure>
<!-- /wp:image -->

<!-- wp:image {"id":5,"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="${up}/pipe-1024x576.jpg" alt="Smoke" class="wp-image-5"/></figure>
<!-- /wp:image --></figure>
<!-- /wp:gallery -->

<!-- wp:paragraph -->
<p>After.</p>
<!-- /wp:paragraph -->`;

/** WordPress 5.0–5.2: the gallery is a list; no captions at all. */
const list = `<!-- wp:gallery {"ids":[4]} -->
<ul class="wp-block-gallery columns-3 is-cropped"><li class="blocks-gallery-item"><figure><img src="${up}/market-300x300.jpg" alt="Market" data-id="4" data-link="http://old.example.org/?attachment_id=4" class="wp-image-4"/></figure></li></ul>
<!-- /wp:gallery -->`;

/** Jetpack's tiled gallery block: full-size files in data-url, Photon addresses in src. */
const tiled = `<!-- wp:jetpack/tiled-gallery {"ids":[3,44]} -->
<div class="wp-block-jetpack-tiled-gallery aligncenter is-style-rectangular"><div class="tiled-gallery__gallery"><div class="tiled-gallery__row"><div class="tiled-gallery__col"><figure class="tiled-gallery__item"><img alt="Cranes" data-id="3" data-url="${up}/quay.jpg" src="https://i0.wp.com/old.example.org/wp-content/uploads/2008/03/quay.jpg?ssl=1"/></figure></div><div class="tiled-gallery__col"><figure class="tiled-gallery__item"><img alt="" data-id="44" data-url="${up}/river.jpg" src="https://i0.wp.com/old.example.org/wp-content/uploads/2008/03/river.jpg?ssl=1"/></figure></div></div></div></div>
<!-- /wp:jetpack/tiled-gallery -->`;

describe("Gutenberg gallery blocks as a grid of figures", () => {
  it.each([
    [
      "5.3–5.8 markup: linked to the files, each caption and the gallery's own; an empty alt from the attachment",
      listInFigure,
      [
        '<figure class="gallery gallery-columns-2">',
        '<figure><a href="quay.jpg"><img src="quay.jpg" alt="Cranes"></a><figcaption>The <em>quay</em></figcaption></figure>',
        '<figure><a href="market.jpg"><img src="market.jpg" alt="A closed market"></a></figure>',
        "<figcaption>Basra, March 2008</figcaption>",
        "</figure>",
      ].join("\n"),
      [],
    ],
    [
      "5.9+ nested image blocks: the image with no local copy a link, the paragraph after kept",
      nested,
      [
        '<figure class="gallery">',
        '<figure><img src="quay.jpg" alt="Cranes at dawn"><figcaption>The quay</figcaption></figure>',
        `<figure><a href="${up}/pipe-1024x576.jpg">Image: Smoke</a></figure>`,
        "</figure>",
        "",
        "After.",
      ].join("\n"),
      [`${up}/pipe-1024x576.jpg`],
    ],
    [
      "5.0–5.2 list markup, without captions",
      list,
      '<figure class="gallery">\n<figure><img src="market.jpg" alt="Market"></figure>\n</figure>',
      [],
    ],
    [
      "Jetpack's tiled gallery: the full-size files, not the CDN's copies",
      tiled,
      '<figure class="gallery">\n<figure><img src="quay.jpg" alt="Cranes"></figure>\n<figure><img src="river.jpg" alt=""></figure>\n</figure>',
      [],
    ],
  ])("%s", (_title, html, markdown, links) => {
    expect(convert(html)).toEqual({ markdown, links });
  });

  it("takes the attachment's file over the resized copy the block shows", () => {
    expect(
      blockGallery(
        `<figure class="wp-block-gallery"><figure><img src="${up}/market-300x300.jpg" alt="" class="wp-image-4"></figure></figure>`,
        postAttachments(index, "10"),
      )?.images,
    ).toEqual([{ url: `${up}/market.jpg`, alt: "A closed market", caption: "" }]);
  });

  it("leaves a gallery block with no image as it is", () => {
    expect(blockGallery('<figure class="wp-block-gallery"></figure>', noAttachments)).toBe(
      undefined,
    );
  });
});
