import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../../src/import/run.ts";
import { buildProject, makeProject, runVerify } from "../helpers/build-site.ts";

/** Writes posts (folder → front-matter lines) into a new folder and returns it. */
function postsFolder(posts: Record<string, string[]>): string {
  const folder = mkdtempSync(path.join(tmpdir(), "dispatch-feed-id-posts-"));
  for (const [name, lines] of Object.entries(posts)) writePost(folder, name, lines);
  return folder;
}

function writePost(folder: string, name: string, lines: string[]): void {
  mkdirSync(path.join(folder, name), { recursive: true });
  writeFileSync(
    path.join(folder, name, "index.md"),
    ["---", ...lines, "---", "", "The text of the post.", ""].join("\n"),
  );
}

/** A WordPress guid with a query of two parameters: `&` must reach readers as `&`. */
const guid = "http://old.example.org/?p=12&lang=en";

describe("feed ids from front matter", () => {
  const site = buildProject(
    makeProject({
      posts: postsFolder({
        basra: ["title: Basra", "date: 2008-03-27", `id: "${guid}"`, "tags: [Iraq]"],
        zubair: ["title: Zubair", "date: 2008-03-28", "tags: [Iraq]"],
      }),
    }),
    { args: ["--pathprefix=/basra-blog/"] },
  );
  const read = (file: string) => readFileSync(path.join(site.output, file), "utf8");
  const url = "https://example.org/basra-blog/posts/zubair/";

  it("builds and passes npm run verify", () => {
    expect(site.exitCode).toBe(0);
    expect(runVerify(site.root)).toMatchObject({ exitCode: 0, stderr: "" });
  });

  it.each(["feed.xml", "tags/iraq/feed.xml"])(
    "%s gives the post with an id: that id, exactly, and the other its URL",
    (file) => {
      const entries = parseAtomFeed(read(file)).entries ?? [];
      expect(
        entries.map((entry) => [entry.title?.value, entry.id, entry.links?.[0]?.href]),
      ).toEqual([
        ["Zubair", url, url],
        ["Basra", guid, "https://example.org/basra-blog/posts/basra/"],
      ]);
    },
  );

  it("writes the id in the Atom feed escaped, not rewritten to the new site", () => {
    expect(read("feed.xml")).toContain("<id>http://old.example.org/?p=12&amp;lang=en</id>");
  });

  it("gives the JSON Feed the same ids", () => {
    const items = parseJsonFeed(JSON.parse(read("feed.json"))).items ?? [];
    expect(items.map((item) => [item.title, item.id, item.url])).toEqual([
      ["Zubair", url, url],
      ["Basra", guid, "https://example.org/basra-blog/posts/basra/"],
    ]);
  });

  it("fails npm run verify when a third post takes the id, naming both files and the fix", () => {
    writePost(path.join(site.root, "posts"), "umm-qasr", [
      "title: Umm Qasr",
      "date: 2008-03-29",
      `id: "${guid}"`,
    ]);
    const verify = runVerify(site.root);
    expect(verify.exitCode).toBe(1);
    expect(verify.stderr.split("\n")).toContain(
      `posts/umm-qasr/index.md:4: the feed id "${guid}" (the id feed readers know the post by) is also the feed id of posts/basra/index.md (id: on line 4); feed readers would show only one of the two posts. Fix: keep the id on the post feed readers already know by it and remove this id: line (the post's feed id is then its URL), or give it another absolute URI`,
    );
  });
});

/** A WordPress item of the export below: a published post with this `<guid>` element. */
function item(id: number, title: string, guid: string): string {
  return `<item><title>${title}</title><link>http://old.example.org/?p=${id}</link><dc:creator>desk</dc:creator>${guid}<content:encoded><![CDATA[Text of ${title}.]]></content:encoded><wp:post_id>${id}</wp:post_id><wp:post_date>2008-03-2${id} 10:00:00</wp:post_date><wp:post_date_gmt>2008-03-2${id} 10:00:00</wp:post_date_gmt><wp:post_name>${title.toLowerCase()}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>`;
}

describe("an imported blog's guids as its feed ids", () => {
  const root = makeProject({ posts: postsFolder({}) });
  const exportFile = path.join(root, "export.xml");
  writeFileSync(
    exportFile,
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Old</title><link>http://old.example.org</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>http://old.example.org</wp:base_site_url>
${item(1, "Basra", '<guid isPermaLink="false">http://old.example.org/?p=1</guid>')}
${item(2, "Zubair", '<guid isPermaLink="false">http://old.example.org/?p=2&#038;lang=ar</guid>')}
${item(3, "Faw", '<guid isPermaLink="false"></guid>')}
</channel></rss>
`,
  );
  const printed: string[] = [];
  let exitCode: number;
  let site: ReturnType<typeof buildProject>;
  beforeAll(async () => {
    exitCode = await runImport(
      [exportFile, "--out", path.join(root, "posts")],
      { out: (line) => printed.push(line), err: (line) => printed.push(line) },
      path.join(root, "pages"),
    );
    site = buildProject(root);
  });
  const read = (file: string) => readFileSync(path.join(site.output, file), "utf8");

  it("writes each guid as id:, and none for a guid left empty", () => {
    expect(exitCode).toBe(0);
    const frontMatter = (slug: string) =>
      readFileSync(path.join(root, "posts", slug, "index.md"), "utf8").split("\n---\n")[0];
    expect(["basra", "zubair", "faw"].map(frontMatter)).toEqual([
      '---\ntitle: "Basra"\ndate: "2008-03-21T10:00:00+00:00"\nauthor: "desk"\nslug: "basra"\nid: "http://old.example.org/?p=1"',
      '---\ntitle: "Zubair"\ndate: "2008-03-22T10:00:00+00:00"\nauthor: "desk"\nslug: "zubair"\nid: "http://old.example.org/?p=2&lang=ar"',
      '---\ntitle: "Faw"\ndate: "2008-03-23T10:00:00+00:00"\nauthor: "desk"\nslug: "faw"',
    ]);
  });

  it("builds feeds whose ids are the old guids, kept pointing at the old site, and passes verify", () => {
    expect(site.exitCode).toBe(0);
    const atom = parseAtomFeed(read("feed.xml")).entries ?? [];
    const json = parseJsonFeed(JSON.parse(read("feed.json"))).items ?? [];
    const ids = [
      "https://example.org/posts/faw/",
      "http://old.example.org/?p=2&lang=ar",
      "http://old.example.org/?p=1",
    ];
    expect(atom.map((entry) => entry.id)).toEqual(ids);
    expect(json.map((entry) => entry.id)).toEqual(ids);
    expect(runVerify(root)).toMatchObject({ exitCode: 0, stderr: "" });
  });
});
