import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../../src/import/run.ts";
import {
  buildProject,
  makeProject,
  overrideSiteSettings,
  runVerify,
} from "../helpers/build-site.ts";

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

/** Every feed of a built site (`feed.xml`, `feed.json`, each topic's, …): entry titles → ids. */
function feedIds(output: string): Record<string, [string | undefined, string | undefined][]> {
  const feeds: Record<string, [string | undefined, string | undefined][]> = {};
  const files = readdirSync(output, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => /(?:^|\/)feed\.(?:xml|json)$/.test(file))
    .sort();
  for (const file of files) {
    const text = readFileSync(path.join(output, file), "utf8");
    feeds[file] = file.endsWith(".json")
      ? (parseJsonFeed(JSON.parse(text)).items ?? []).map((item) => [item.title, item.id])
      : (parseAtomFeed(text).entries ?? []).map((entry) => [entry.title?.value, entry.id]);
  }
  return feeds;
}

const arabic = "البصرة";
const arabicId = "tag:dispatch.test,2008-03-30:%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9";

describe("feed ids across a renamed post, a moved post, a new domain, path prefix and time zone", () => {
  const root = makeProject({
    posts: postsFolder({
      basra: ["title: Basra", "date: 2008-03-27", "tags: [Iraq]"],
      zubair: ["title: Zubair", "date: 2008-03-28T23:30:00+03:00", "tags: [Iraq]"],
      "umm-qasr": ["title: Umm Qasr", "date: 2008-03-29", `id: "${guid}"`, "tags: [Iraq]"],
      [arabic]: ["title: Arabic", "date: 2008-03-30"],
      // 23:30 in New York is the next day in UTC, the site's zone: the id keeps the day written.
      faw: ["title: Faw", "date: 2008-03-25T23:30:00-04:00", "tags: [Iraq]"],
    }),
  });
  const first = buildProject(root, { args: ["--pathprefix=/basra-blog/"] });
  const before = feedIds(first.output);
  const firstVerify = runVerify(root);
  const read = (file: string) => readFileSync(path.join(root, "_site", file), "utf8");

  // The move: Basra gets a new slug (its old path as an alias, as the README asks), Zubair a new
  // folder (with its alias), and the site a new domain, prefix and time zone, keeping its tag
  // authority.
  const basra = path.join(root, "posts/basra/index.md");
  writeFileSync(
    basra,
    readFileSync(basra, "utf8").replace(
      "tags: [Iraq]",
      "tags: [Iraq]\nslug: basra-pipeline-attack\naliases: [/posts/basra/]",
    ),
  );
  renameSync(path.join(root, "posts/zubair"), path.join(root, "posts/az-zubair-report"));
  const zubair = path.join(root, "posts/az-zubair-report/index.md");
  writeFileSync(
    zubair,
    readFileSync(zubair, "utf8").replace("tags: [Iraq]", "tags: [Iraq]\naliases: [/posts/zubair/]"),
  );
  overrideSiteSettings(root, { tagAuthority: "dispatch.test", timeZone: "America/New_York" });
  const second = buildProject(root, {
    args: ["--pathprefix=/analysis/"],
    env: { DISPATCH_SITE_URL: "https://basra-analysis.test" },
  });
  const after = feedIds(second.output);

  it("builds both times and passes npm run verify both times", () => {
    expect([first.exitCode, second.exitCode]).toEqual([0, 0]);
    expect(firstVerify).toMatchObject({ exitCode: 0, stderr: "" });
    expect(runVerify(root)).toMatchObject({
      exitCode: 0,
      stdout: "verify: _site/ is sound (path prefix /analysis/).\n",
      stderr: "",
    });
  });

  it("gives tag URIs of the publication date as written and first slug, and an id: as written", () => {
    const ids = [
      ["Arabic", arabicId],
      ["Umm Qasr", guid],
      ["Zubair", "tag:dispatch.test,2008-03-28:zubair"],
      ["Basra", "tag:dispatch.test,2008-03-27:basra"],
      ["Faw", "tag:dispatch.test,2008-03-25:faw"],
    ];
    expect(before).toEqual({
      "feed.json": ids,
      "feed.xml": ids,
      "tags/iraq/feed.xml": ids.slice(1),
      "tags/iraq/feed.json": ids.slice(1),
    });
  });

  it("keeps every Atom and JSON Feed id of every feed", () => {
    expect(after).toEqual(before);
  });

  it("moves every link to the new domain and prefix", () => {
    const links = (parseAtomFeed(read("feed.xml")).entries ?? []).map(
      (entry) => entry.links?.[0]?.href,
    );
    expect(links).toEqual([
      `https://basra-analysis.test/analysis/posts/${encodeURIComponent(arabic)}/`,
      "https://basra-analysis.test/analysis/posts/umm-qasr/",
      "https://basra-analysis.test/analysis/posts/az-zubair-report/",
      "https://basra-analysis.test/analysis/posts/basra-pipeline-attack/",
      "https://basra-analysis.test/analysis/posts/faw/",
    ]);
  });

  it("writes the id in the Atom feed escaped, not rewritten to the new site", () => {
    expect(read("feed.xml")).toContain("<id>http://old.example.org/?p=12&amp;lang=en</id>");
  });

  it("fails npm run verify when a post takes another's id, naming both files and the fix", () => {
    writePost(path.join(root, "posts"), "zawiya", [
      "title: Zawiya",
      "date: 2008-03-31",
      `id: "${guid}"`,
    ]);
    const verify = runVerify(root);
    rmSync(path.join(root, "posts/zawiya"), { recursive: true });
    expect(verify.exitCode).toBe(1);
    expect(verify.stderr.split("\n")).toContain(
      `posts/zawiya/index.md:4: the feed id "${guid}" (the id feed readers know the post by) is also the feed id of posts/umm-qasr/index.md (id: on line 4); feed readers would show only one of the two posts. Fix: keep the id on the post feed readers already know by it and remove this id: line (the post's feed id is then made from its date and first slug), or give it another absolute URI`,
    );
  });

  it("fails npm run verify when two posts of one day have one first slug", () => {
    // Its own permalink leaves its slug free: the build refuses no URL, yet the ids are one.
    writePost(path.join(root, "posts"), "special", [
      "title: Special",
      "date: 2008-03-27",
      "slug: basra",
      "permalink: /special/basra/",
    ]);
    const verify = runVerify(root);
    rmSync(path.join(root, "posts/special"), { recursive: true });
    expect(verify.exitCode).toBe(1);
    expect(verify.stderr.split("\n")).toContain(
      `posts/special/index.md:3: the feed id "tag:dispatch.test,2008-03-27:basra" (made from this post's date and first slug, the id feed readers know the post by) is also the feed id of posts/basra/index.md (made from its date and first slug); feed readers would show only one of the two posts. Fix: give this post an id of its own, e.g. id: "tag:dispatch.test,2008-03-27:basra-2" in its front matter (when feed readers already know this post by the shared id, write that id: line in posts/basra/index.md instead)`,
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
      "tag:dispatch.test,2008-03-23:faw",
      "http://old.example.org/?p=2&lang=ar",
      "http://old.example.org/?p=1",
    ];
    expect(atom.map((entry) => entry.id)).toEqual(ids);
    expect(json.map((entry) => entry.id)).toEqual(ids);
    expect(runVerify(root)).toMatchObject({ exitCode: 0, stderr: "" });
  });
});
