import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  existingStore,
  frontMatterKey,
  keepPosts,
  postOf,
  postStore,
  startBuild,
  storedDate,
  storedPost,
  storedPosts,
  storePost,
} from "../../../src/content/store.ts";
import { storeBaghdadPost } from "../../helpers/stored-post.ts";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Writes files into a temporary project and returns its root. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-store-"));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** Saves `text` as `file` with a modification time `seconds` after 2008-03-27. */
function save(root: string, file: string, text: string, seconds: number): void {
  writeFileSync(path.join(root, file), text);
  const time = new Date(Date.UTC(2008, 2, 27) + seconds * 1000);
  utimesSync(path.join(root, file), time, time);
}

const good = "---\ntitle: A\ndate: 2008-03-27\ntags: [Iraq]\n---\nText\n";

describe("postStore", () => {
  it("keeps one store per project root, found again from any relative spelling of it", () => {
    const root = project({});
    const store = postStore(root, "Asia/Baghdad");
    expect(postStore(path.join(root, "."), "Asia/Baghdad")).toBe(store);
    expect(existingStore(`${root}/`)).toBe(store);
    expect(store.root).toBe(path.resolve(root));
  });

  it("starts again when the site's time zone changes, since dates were read in the old one", () => {
    const root = project({ "posts/a/index.md": good });
    const store = postStore(root, "UTC");
    storePost(store, "posts/a/index.md");
    const other = postStore(root, "Asia/Baghdad");
    expect(other).not.toBe(store);
    expect(storedPosts(other)).toEqual([]);
  });

  it("is kept on globalThis, so a second copy of the module finds it", () => {
    const root = project({});
    const store = postStore(root);
    const stores = (globalThis as Record<symbol, unknown>)[Symbol.for("dispatch.postStores")];
    expect((stores as Map<string, unknown>).get(path.resolve(root))).toBe(store);
  });
});

describe("storePost", () => {
  it("reads a post once while nothing in its folder changes, and again when a file does", () => {
    const root = project({});
    mkdirSync(path.join(root, "posts/a"), { recursive: true });
    save(root, "posts/a/index.md", good, 1);
    const store = postStore(root);
    const first = storePost(store, "posts/a/index.md");
    expect(first?.title).toBe("A");
    expect(storePost(store, "posts/a/index.md")).toBe(first);
    save(root, "posts/a/index.md", good.replace("title: A", "title: B"), 2);
    expect(storePost(store, "posts/a/index.md")?.title).toBe("B");
    save(root, "posts/a/photo.png", "png", 3);
    expect(storePost(store, "posts/a/index.md")).not.toBe(first);
  });

  it("reads a post with problems again in each build, once", () => {
    const root = project({ "posts/a/index.md": "---\ntitle: A\nlayout: missing\n---\n" });
    const store = postStore(root);
    const build = startBuild(store);
    const first = storePost(store, "posts/a/index.md", build);
    expect(first?.problems.length).toBeGreaterThan(0);
    expect(storePost(store, "posts/a/index.md", build)).toBe(first);
    expect(storePost(store, "posts/a/index.md", startBuild(store))).not.toBe(first);
  });

  it("prints a post's warnings when it is read, not when it is found again", () => {
    const root = project({ "posts/a/index.md": good.replace("tags:", "titel: x\ntags:") });
    const printed = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const store = postStore(root);
      const post = storePost(store, "posts/a/index.md");
      storePost(store, "posts/a/index.md");
      expect(post?.warnings.map((warning) => warning.message)).toEqual([
        'front matter field "titel" is not one Dispatch reads',
      ]);
      expect(printed).toHaveBeenCalledTimes(1);
    } finally {
      printed.mockRestore();
    }
  });

  it("drops a post whose file is gone", () => {
    const root = project({ "posts/a/index.md": good });
    const store = postStore(root);
    storePost(store, "posts/a/index.md");
    rmSync(path.join(root, "posts/a"), { recursive: true });
    expect(storePost(store, "posts/a/index.md")).toBeUndefined();
    expect(postOf(store, "posts/a/index.md")).toBeUndefined();
  });
});

describe("keepPosts and storedPosts", () => {
  it("keeps only the posts still there, ordered by file", () => {
    const root = project({
      "posts/b/index.md": good,
      "posts/a/index.md": good,
      "posts/c/index.md": good,
    });
    const store = postStore(root);
    for (const file of ["posts/b/index.md", "posts/a/index.md", "posts/c/index.md"])
      storePost(store, file);
    keepPosts(store, new Set(["posts/a/index.md", "posts/b/index.md"]));
    expect(storedPosts(store).map((post) => post.file)).toEqual([
      "posts/a/index.md",
      "posts/b/index.md",
    ]);
  });
});

describe("storedPost", () => {
  it("finds a post by Eleventy's input path or an absolute path, in whichever store holds it", () => {
    const root = project({ "posts/a/index.md": good });
    const post = storePost(postStore(root), "posts/a/index.md");
    expect(storedPost(path.join(root, "posts/a/index.md"))).toBe(post);
    const relative = `./${path.relative(process.cwd(), path.join(root, "posts/a/index.md"))}`;
    expect(storedPost(relative)).toBe(post);
    expect(storedPost(path.join(root, "posts/b/index.md"))).toBeUndefined();
  });
});

describe("frontMatterKey", () => {
  it("is the format and the text between the fences, or undefined when it cannot be read", () => {
    const root = project({
      "posts/a/index.md": good,
      "posts/b/index.md": "---\ntitle: [x\n---\n",
    });
    const store = postStore(root);
    expect(frontMatterKey(storePost(store, "posts/a/index.md")!)).toBe(
      "yaml\ntitle: A\ndate: 2008-03-27\ntags: [Iraq]",
    );
    expect(frontMatterKey(storePost(store, "posts/b/index.md")!)).toBeUndefined();
  });
});

describe("storedDate", () => {
  const inputPath = storeBaghdadPost("stored-date-test");
  it.each([
    ["published", "2008-03-27T14:30", "2008-03-27T14:30:00.000+03:00"],
    ["updated", "2008-03-28T09:00", "2008-03-28T09:00:00.000+03:00"],
    ["published", "2008-03-28", undefined],
    ["updated", undefined, undefined],
  ] as const)("%s written %j → %j", (which, written, expected) => {
    expect(storedDate(inputPath, which, written)?.at.toISO()).toBe(expected);
  });

  it("is undefined for a page the store does not hold", () => {
    expect(storedDate("./pages/about.md", "published", "2008-03-27T14:30")).toBeUndefined();
    expect(storedDate(undefined, "published", "2008-03-27T14:30")).toBeUndefined();
  });
});
