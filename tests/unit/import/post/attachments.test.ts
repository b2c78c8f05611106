import { describe, expect, it } from "vitest";
import {
  attachmentAliases,
  attachmentIndex,
  postAttachments,
  refusedAttachmentAliasNotice,
} from "../../../../src/import/post/attachments.ts";
import type { WxrItem } from "../../../../src/import/export/wxr.ts";
import { wxrItem } from "../../../helpers/wxr-item.ts";

const site = "http://old.example.org";

function attachment(id: string, parentId: string, link: string, fields: Partial<WxrItem> = {}) {
  return wxrItem({
    id,
    title: `photo ${id}`,
    postType: "attachment",
    status: "inherit",
    attachmentUrl: `${site}/wp-content/uploads/${id}.jpg`,
    parentId,
    link: link.startsWith("/") ? `${site}${link}` : link,
    ...fields,
  });
}

const post = (id: string, slug: string, alias: string | undefined) => ({
  item: wxrItem({ id }),
  slug,
  alias,
});

describe("the export's attachments", () => {
  it("reads each attachment once, with its alt text, caption and description, by id and by post", () => {
    const index = attachmentIndex([
      attachment("21", "10", "/a/", {
        menuOrder: 2,
        title: "Quay &amp; cranes",
        excerpt: " The <em>quay</em> ",
        content: "Taken at dawn.",
        meta: new Map([["_wp_attachment_image_alt", "Cranes &amp; ships"]]),
      }),
      attachment("23", "10", "/c/", { menuOrder: 1 }),
      attachment("22", "10", "/b/", { menuOrder: 1 }),
      attachment("22", "11", "/twice/"),
      attachment("24", "0", "/unattached/"),
      attachment("25", "10", "/no-file/", { attachmentUrl: "" }),
      wxrItem({ id: "10" }),
    ]);
    expect(index.byId.get("21")).toEqual({
      id: "21",
      url: `${site}/wp-content/uploads/21.jpg`,
      title: "Quay & cranes",
      caption: "The <em>quay</em>",
      description: "Taken at dawn.",
      alt: "Cranes & ships",
      menuOrder: 2,
      date: "2008-03-27 10:00:00",
      parentId: "10",
      link: `${site}/a/`,
    });
    expect([...index.byId.keys()]).toEqual(["21", "23", "22", "24"]);
    expect(
      postAttachments(index, "10")
        .childrenOf("10")
        .map(({ id }) => id),
    ).toEqual(["22", "23", "21"]);
    expect(postAttachments(index, "10").childrenOf("0")).toEqual([]);
  });
});

describe("telling an attachment's page", () => {
  const attachments = postAttachments(
    attachmentIndex([
      attachment("21", "10", "/2008/03/27/basra/pipeline-fire/"),
      attachment("22", "10", "/?attachment_id=22"),
    ]),
    "10",
  );
  it.each([
    ["http://old.example.org/2008/03/27/basra/pipeline-fire/", true],
    ["https://www.OLD.example.org/2008/03/27/basra/pipeline-fire", true],
    ["http://old.example.org/2008/03/27/basra/pipeline-fire/#top", true],
    ["http://old.example.org/?attachment_id=22", true],
    ["http://old.example.org/?attachment_id=21", true],
    ["http://old.example.org/?attachment_id=99", false],
    ["http://old.example.org/2008/03/27/basra/", false],
    ["http://old.example.org/wp-content/uploads/21.jpg", false],
    ["pipeline-fire.jpg", false],
  ])("%s is an attachment page: %s", (url, expected) => {
    expect(attachments.isPage(url)).toBe(expected);
  });
});

describe("attachment pages' old URLs as aliases of their post", () => {
  it("keeps each attachment page with a path, after the post's own old URL, by the build's checks", () => {
    const index = attachmentIndex([
      attachment("21", "1", "/2008/03/27/basra/pipeline-fire/"),
      attachment("22", "1", "/?attachment_id=22"),
      attachment("29", "1", "/wp-content/uploads/2008/03/29.jpg"),
      attachment("30", "1", "/files/2008/03/report.pdf"),
      attachment("23", "1", "/2008/03/27/basra/"),
      attachment("24", "1", "/2008/03/28/zubair/"),
      attachment("25", "1", "/pagefind/photo/"),
      attachment("26", "1", "/tags/iraq/"),
      attachment("27", "2", "/2008/03/28/zubair/smoke/"),
      attachment("28", "9", "/2008/03/29/not-imported/x/"),
    ]);
    const prepared = [
      post("1", "basra", "/2008/03/27/basra/"),
      post("2", "zubair", "/2008/03/28/zubair/"),
    ];
    const pages = attachmentAliases(index, prepared, site, new Map(), {
      pagePermalinks: ["/tags/{{ tag.slug }}/"],
    });
    expect([...pages]).toEqual([
      [
        "1",
        [
          { alias: "/2008/03/27/basra/pipeline-fire/" },
          {
            alias: "/2008/03/28/zubair/",
            refusal:
              "it is also an alias at zubair/index.md; an old URL can redirect to one post only",
          },
          {
            alias: "/pagefind/photo/",
            refusal: "it is in /pagefind/, a folder the build fills with its own files",
          },
          {
            alias: "/tags/iraq/",
            refusal: "it is in /tags/, where the build writes the site's own pages",
          },
        ],
      ],
      ["2", [{ alias: "/2008/03/28/zubair/smoke/" }]],
    ]);
    expect(refusedAttachmentAliasNotice(pages.get("1")![1]!, 5)).toEqual({
      line: 5,
      message:
        "the old URL /2008/03/28/zubair/ (the old site's page of an image of this post) was not kept in aliases: it is also an alias at zubair/index.md; an old URL can redirect to one post only, so the build would refuse it; that old URL will not redirect. Fix: nothing to do, or redirect it on your host by hand",
    });
  });

  it("keeps the attachment pages of a post whose own old URL was refused", () => {
    const index = attachmentIndex([attachment("21", "2", "/2008/x/photo/")]);
    const prepared = [post("1", "a", "/2008/x/"), post("2", "b", "/2008/x/")];
    const refused = new Map([["2", "it is also an alias at a/index.md"]]);
    expect([...attachmentAliases(index, prepared, site, refused, {})]).toEqual([
      ["2", [{ alias: "/2008/x/photo/" }]],
    ]);
  });

  it("leaves out a site page given as an alias by a permalink of the site's own pages", () => {
    const index = attachmentIndex([attachment("21", "1", "/about/")]);
    const pages = attachmentAliases(index, [post("1", "a", "/2008/a/")], site, new Map(), {
      pagePermalinks: ["/about/"],
    });
    expect(pages.get("1")).toEqual([
      { alias: "/about/", refusal: "it is the site's page /about/, or in its folder" },
    ]);
  });
});
