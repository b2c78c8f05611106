import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderStamp, readPost, readPostDates } from "../../../src/content/post.ts";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Writes files into a temporary project and returns its root. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-post-"));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe("readPostDates", () => {
  it("reads date, updated and each correction's date once, in the site's time zone", () => {
    const dates = readPostDates(
      {
        date: "2008-03-27",
        updated: "2008-03-28T09:00",
        corrections: [{ date: "2008-03-29T10:00+00:00" }, { date: "not a date" }],
      },
      "Asia/Baghdad",
    );
    expect(dates?.published.written).toBe("2008-03-27");
    expect(dates?.published.at.toISO()).toBe("2008-03-27T00:00:00.000+03:00");
    expect(dates?.updated?.at.toISO()).toBe("2008-03-28T09:00:00.000+03:00");
    expect(dates?.corrections.map((date) => date?.at.toISO())).toEqual([
      "2008-03-29T13:00:00.000+03:00",
      undefined,
    ]);
  });

  it.each([[{}], [{ date: "2008-02-30" }], [{ date: 2008 }], [null], [[]]])(
    "has no dates for %j",
    (data) => {
      expect(readPostDates(data, "UTC")).toBeUndefined();
    },
  );
});

describe("readPost", () => {
  it("reads the front matter, dates, body, permalink and aliases of a post", () => {
    const root = project({
      "posts/Basra/index.md":
        "\uFEFF---\r\ntitle: Basra\r\ndate: 2008-03-27\r\nslug: basra-battle\r\naliases: [/old/, ' ']\r\n---\r\nText.\r\n",
    });
    const post = readPost(root, "posts/Basra/index.md", "UTC", "stamp");
    expect(post).toMatchObject({
      file: "posts/Basra/index.md",
      folder: "posts/Basra",
      stamp: "stamp",
      body: "Text.\n",
      title: "Basra",
      permalink: {
        file: "posts/Basra/index.md",
        line: 4,
        url: "/posts/basra-battle/",
        fromSlugField: true,
        fromPermalinkField: false,
      },
      aliases: {
        file: "posts/Basra/index.md",
        url: "/posts/basra-battle/",
        aliases: [{ value: "/old/", line: 5 }],
      },
      problems: [],
      warnings: [],
    });
    expect(post.frontMatter.bodyOffset).toBe(6);
    expect(post.dates?.published.at.toISODate()).toBe("2008-03-27");
  });

  it("gives a post with permalink: false no page, and its own permalink wins over its slug", () => {
    const root = project({
      "posts/a/index.md": "---\ntitle: A\ndate: 2008-03-27\npermalink: false\n---\n",
      "posts/b/index.md": "---\ntitle: B\ndate: 2008-03-27\nslug: x\npermalink: b.html\n---\n",
    });
    expect(readPost(root, "posts/a/index.md", "UTC", "").permalink).toBeUndefined();
    expect(readPost(root, "posts/b/index.md", "UTC", "").permalink).toEqual({
      file: "posts/b/index.md",
      line: 5,
      url: "/b.html",
      fromSlugField: true,
      fromPermalinkField: true,
    });
  });

  it("keeps the problem of a file it cannot read, with nothing read from it", () => {
    const root = project({ "posts/a/index.md": "" });
    writeFileSync(path.join(root, "posts/a/index.md"), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    const post = readPost(root, "posts/a/index.md", "UTC", "");
    expect(post.problems).toHaveLength(1);
    expect(post.problems[0]?.file).toBe("posts/a/index.md");
    expect(post.frontMatter.format).toBe("none");
    expect(post.dates).toBeUndefined();
  });
});

describe("folderStamp", () => {
  it("changes when a file of the folder is added, and lists files with time and size", () => {
    const root = project({ "posts/a/index.md": "x" });
    const before = folderStamp(path.join(root, "posts/a"));
    expect(before).toMatch(/^index\.md:\d+(\.\d+)?:1$/);
    writeFileSync(path.join(root, "posts/a/photo.png"), "png");
    expect(folderStamp(path.join(root, "posts/a"))).not.toBe(before);
  });
});
