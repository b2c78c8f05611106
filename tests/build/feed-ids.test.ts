import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { buildSite, runVerify } from "../helpers/build-site.ts";

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
  const site = buildSite({
    posts: postsFolder({
      basra: ["title: Basra", "date: 2008-03-27", `id: "${guid}"`, "tags: [Iraq]"],
      zubair: ["title: Zubair", "date: 2008-03-28", "tags: [Iraq]"],
    }),
    args: ["--pathprefix=/basra-blog/"],
  });
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
