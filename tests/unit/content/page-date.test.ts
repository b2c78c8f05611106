import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FrontMatterError } from "../../../src/errors.ts";
import { pageDate, storedPublished } from "../../../src/content/page-date.ts";
import { postStore, storePost } from "../../../src/content/store.ts";

const root = mkdtempSync(path.join(tmpdir(), "dispatch-page-date-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const [file, text] of Object.entries({
  "posts/a/index.md": "---\ntitle: A\ndate: 2008-03-27T14:30\n---\nText\n",
  "pages/about.md": "---\ntitle: About\n\ndate: someday\n---\nText\n",
})) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}
// The store reads the post's dates in Baghdad's zone, once.
storePost(postStore(root, "Asia/Baghdad"), "posts/a/index.md");
const post = path.join(root, "posts/a/index.md");

describe("storedPublished", () => {
  it("is the store's date of a post when the value is the date it was read from", () => {
    expect(storedPublished("2008-03-27T14:30", post)?.toISO()).toBe(
      "2008-03-27T14:30:00.000+03:00",
    );
  });

  it.each([
    ["another date", "2008-03-28", post],
    ["a page the store does not hold", "2008-03-27T14:30", path.join(root, "pages/about.md")],
    ["no input path", "2008-03-27T14:30", undefined],
  ])("is undefined for %s", (_, value, inputPath) => {
    expect(storedPublished(value, inputPath)).toBeUndefined();
  });
});

describe("pageDate", () => {
  it("takes a post's date from the store, not from its text again", () => {
    expect(pageDate("2008-03-27T14:30", post, "UTC")?.toISO()).toBe(
      "2008-03-27T14:30:00.000+03:00",
    );
  });

  it("reads any other page's date in the site's zone, and leaves a Date or no date to Eleventy", () => {
    const about = path.join(root, "pages/about.md");
    expect(pageDate("2008-03-27T14:30", about, "Asia/Baghdad")?.toISO()).toBe(
      "2008-03-27T14:30:00.000+03:00",
    );
    expect(pageDate(new Date(0), about, "UTC")).toBeUndefined();
    expect(pageDate(undefined, about, "UTC")).toBeUndefined();
  });

  it("refuses a date that is not one, on the line of date:", () => {
    const about = path.join(root, "pages/about.md");
    let error: unknown;
    try {
      pageDate("someday", about, "UTC");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FrontMatterError);
    expect((error as FrontMatterError).problems).toEqual([
      {
        file: about,
        line: 4,
        message: 'front matter field "date": "someday" is not a date',
        fix: "write the date as YYYY-MM-DD, e.g. date: 2008-03-27",
      },
    ]);
  });
});
