import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { convertExport } from "../../../../src/import/post/convert-export.ts";
import { parseWxr, type WxrExport, type WxrItem } from "../../../../src/import/export/wxr.ts";
import { wxrItem } from "../../../helpers/wxr-item.ts";

const fixture = readFileSync(
  path.resolve(import.meta.dirname, "../../../fixtures/wordpress/export.xml"),
  "utf8",
);

const item = wxrItem;

function exportOf(...items: WxrItem[]): WxrExport {
  return { siteUrl: "http://old.example.org", authors: new Map(), items };
}

describe("converting an export's posts", () => {
  it("merges tags that would share a page across posts, with the first post's spelling", () => {
    const hard = readFileSync(
      path.resolve(import.meta.dirname, "../../../fixtures/wordpress/hard-cases.xml"),
      "utf8",
    );
    const { posts } = convertExport(parseWxr(hard, "hard-cases.xml"));
    expect(posts.map((post) => /^tags: .*$/m.exec(post.text)?.[0])).toEqual([
      'tags: ["Iraq", "War & Peace"]',
      'tags: ["Iraq"]',
      undefined,
      undefined,
    ]);
  });

  it("lets a post keep its own wp:post_name over an earlier post's title, and avoids reserved slugs", () => {
    const wxr = parseWxr(fixture, "export.xml");
    const [first, second] = wxr.items;
    const items = [
      { ...first!, title: "Same title", postName: "" },
      { ...second!, title: "Other", postName: "same-title" },
    ];
    const { posts } = convertExport(
      { ...wxr, items },
      { reservedSlugs: new Set(["same-title-2"]) },
    );
    expect(posts.map((post) => post.slug)).toEqual(["same-title-3", "same-title"]);
  });

  it("imports published posts, gives equal titles distinct slugs and skips the rest", () => {
    const { posts, skipped } = convertExport(parseWxr(fixture, "export.xml"));
    expect(posts.map((post) => post.slug)).toEqual([
      "continuing-battle-for-the-south-basra",
      "smoke-over-zubair",
      "residents-of-basra",
      "photographs-from-basra",
      "basra-the-ceasefire",
      "basra-the-ceasefire-2",
    ]);
    expect(skipped).toEqual([
      { id: "107", title: "Notes on the Basra police", reason: "draft" },
      { id: "2", title: "About", reason: "page" },
      { id: "12", title: "zubair", reason: "attachment" },
    ]);
    expect(posts[0]?.text.split("\n").slice(0, 11)).toEqual([
      "---",
      'title: "Continuing Battle for the South: Basra"',
      'date: "2008-03-27T10:32:00-04:00"',
      'author: "The Iraq Desk"',
      `summary: "Militants have blown up a crude oil pipeline as the Iraqi government's offensive against the Mahdi Army in Basra falters."`,
      'tags: ["Iraq", "Basra", "Mahdi Army"]',
      'slug: "continuing-battle-for-the-south-basra"',
      'id: "http://blog.example.org/?p=101"',
      'aliases: ["/2008/03/27/continuing-battle-for-the-south-basra/"]',
      "---",
      "",
    ]);
    expect(posts[3]?.unconverted).toEqual([
      { line: 15, name: "pollvote", text: '[pollvote id="7"]' },
    ]);
  });

  it("imports drafts with --drafts, as drafts, and keeps earlier slugs", () => {
    const { posts } = convertExport(parseWxr(fixture, "export.xml"), {
      drafts: true,
      previousSlugs: new Map([["106", "ceasefire-holds"]]),
    });
    const draft = posts.find((post) => post.id === "107");
    expect(draft?.slug).toBe("notes-on-the-basra-police");
    expect(draft?.text).toContain(
      'date: "2008-04-02T12:00:00"\nauthor: "The Iraq Desk"\nslug: "notes-on-the-basra-police"\ndraft: true\n---\n',
    );
    expect(posts.find((post) => post.id === "106")?.slug).toBe("ceasefire-holds");
    expect(posts.find((post) => post.id === "105")?.slug).toBe("basra-the-ceasefire");
  });

  it("inlines the export's reusable block into the post that uses it", () => {
    const { posts } = convertExport(
      exportOf(
        item({ content: 'Intro.\n\n<!-- wp:block {"ref":55} /-->' }),
        item({ id: "55", postType: "wp_block", title: "Box", content: "<p>Subscribe.</p>" }),
      ),
    );
    expect(posts[0]?.text.split("---\n")[2]).toBe("\nIntro.\n\nSubscribe.\n");
    expect(posts[0]?.notices).toEqual([]);
  });

  it("says when an author's own folder made the post take another, every time it is imported", () => {
    const options = { reservedSlugs: new Set(["basra"]) };
    const first = convertExport(exportOf(item({})), options);
    expect(first.posts[0]?.slug).toBe("basra-2");
    const notice = {
      line: 5,
      message:
        "the folder basra/ is taken by a post this blog's import did not write (your own, or another blog's import), so this post is in basra-2/, at /posts/basra-2/, and its old URL /2008/03/27/basra/ redirects there. Fix: if basra/ is this same post, delete one of the two folders and keep the alias /2008/03/27/basra/ in the one you keep; otherwise nothing to do",
    };
    expect(first.posts[0]?.notices).toEqual([notice]);
    const again = convertExport(exportOf(item({})), {
      ...options,
      previousSlugs: new Map([["1", "basra-2"]]),
    });
    expect(again.posts[0]?.text).toBe(first.posts[0]?.text);
    expect(again.posts[0]?.notices).toEqual([notice]);
  });
});

describe("the front matter and notices of a converted post", () => {
  const item = (fields: Partial<WxrItem>): WxrItem =>
    wxrItem({
      title: "T",
      link: "http://old.example.org/2008/03/27/t/",
      content: "x",
      postName: "t",
      ...fields,
    });

  it("unescapes titles and skips a password-protected post unless drafts are asked for, then makes it a draft", () => {
    const wxr = {
      siteUrl: "http://old.example.org",
      authors: new Map([["desk", "Desk &amp; Wire"]]),
      items: [
        item({ title: "Q&amp;A &#8211; the &#8220;surge&#8221;" }),
        item({
          id: "2",
          postName: "p",
          link: "http://old.example.org/2008/03/27/p/",
          password: "hunter2",
        }),
      ],
    };
    const plain = convertExport(wxr);
    expect(plain.posts.map((post) => post.text.split("\n").slice(1, 4))).toEqual([
      ['title: "Q&A – the “surge”"', 'date: "2008-03-27T10:00:00+00:00"', 'author: "Desk & Wire"'],
    ]);
    expect(plain.skipped).toEqual([{ id: "2", title: "T", reason: "password-protected" }]);
    const drafts = convertExport(wxr, { drafts: true });
    expect(drafts.posts[1]?.notices).toEqual([
      {
        line: 7,
        message:
          "the post was password-protected on the old site, so it is imported as a draft. Fix: remove draft: true to publish it for everyone",
      },
    ]);
  });

  it("imports both posts of a duplicated wp:post_id under distinct ids", () => {
    const { posts } = convertExport({
      siteUrl: "http://old.example.org",
      authors: new Map(),
      items: [
        item({ postName: "a", link: "http://old.example.org/a/" }),
        item({ postName: "b", link: "http://old.example.org/b/" }),
      ],
    });
    expect(posts.map((post) => [post.id, post.slug])).toEqual([
      ["1", "a"],
      ["1#2", "b"],
    ]);
  });

  it("reports an untitled post", () => {
    const { posts } = convertExport(exportOf(item({ title: "", postName: "" })));
    expect(posts[0]?.slug).toBe("untitled-wordpress-post-1");
    expect(posts[0]?.notices).toEqual([
      {
        line: 2,
        message:
          'the post has no title in the export, so it is titled "Untitled (WordPress post 1)". Fix: write its title after title:',
      },
    ]);
  });

  it("writes a series plugin's term as series:, and reports a second one", () => {
    const { posts } = convertExport(
      exportOf(
        item({
          terms: [
            { domain: "series", nicename: "siege", name: "Siege of Basra" },
            { domain: "post_tag", nicename: "iraq", name: "Iraq" },
            { domain: "series", nicename: "south", name: "The South &amp; Oil" },
          ],
        }),
      ),
    );
    const lines = posts[0]?.text.split("\n") ?? [];
    expect(lines.slice(4, 6)).toEqual(['tags: ["Iraq"]', 'series: "Siege of Basra"']);
    expect(posts[0]?.notices).toEqual([
      {
        line: 6,
        message:
          'the post was in 2 series ("Siege of Basra", "The South & Oil"); a post belongs to one here, so it is in "Siege of Basra". Fix: nothing to do, or write the series it belongs to after series:',
      },
    ]);
  });
});

describe("an export's attachments in its posts", () => {
  const up = "http://old.example.org/wp-content/uploads";
  const photo = (id: string, parentId: string, link: string) =>
    item({
      id,
      title: `Photo ${id}`,
      postType: "attachment",
      status: "inherit",
      attachmentUrl: `${up}/${id}.jpg`,
      parentId,
      link: `http://old.example.org${link}`,
    });

  it("writes attachment pages as aliases, the featured image as image:, and reports what it could not keep", () => {
    const wxr = exportOf(
      item({ id: "1", status: "draft", meta: new Map([["_thumbnail_id", "21"]]) }),
      item({
        id: "2",
        title: "Zubair",
        postName: "zubair",
        link: "http://old.example.org/2008/03/28/zubair/",
        meta: new Map([["_thumbnail_id", "22"]]),
      }),
      photo("21", "1", "/2008/03/27/basra/fire/"),
      photo("22", "2", "/2008/03/28/zubair/"),
      photo("23", "1", "/2008/03/28/zubair/smoke/"),
      photo("24", "2", "/2008/03/27/basra/fire/"),
    );
    const media = { local: (url: string) => (url.endsWith("21.jpg") ? "21.jpg" : undefined) };
    const { posts } = convertExport(wxr, { drafts: true, media: () => media });
    expect(posts.map((post) => post.text)).toEqual([
      [
        "---",
        'title: "Basra"',
        'date: "2008-03-27T10:00:00+00:00"',
        'author: "desk"',
        'slug: "basra"',
        'aliases: ["/2008/03/27/basra/", "/2008/03/27/basra/fire/", "/2008/03/28/zubair/smoke/"]',
        "image:",
        '  src: "21.jpg"',
        '  alt: "Photo 21"',
        "draft: true",
        "---",
        "",
        "Text.",
        "",
      ].join("\n"),
      [
        "---",
        'title: "Zubair"',
        'date: "2008-03-27T10:00:00+00:00"',
        'author: "desk"',
        'slug: "zubair"',
        'aliases: ["/2008/03/28/zubair/"]',
        "---",
        "",
        "Text.",
        "",
      ].join("\n"),
    ]);
    expect(posts[1]?.notices).toEqual([
      {
        line: 2,
        message: `the featured image ${up}/22.jpg has no copy in the post's folder, so the post has no lead image (the site shows only its own images). Fix: copy it into the post's folder and name it in the front matter: image: { src: "22.jpg", alt: "what it shows" }`,
      },
      {
        line: 5,
        message:
          "the old URL /2008/03/27/basra/fire/ (the old site's page of an image of this post) was not kept in aliases: it is also an alias at basra/index.md; an old URL can redirect to one post only, so the build would refuse it; that old URL will not redirect. Fix: nothing to do, or redirect it on your host by hand",
      },
    ]);
  });
});
