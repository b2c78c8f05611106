import { describe, expect, it } from "vitest";
import { postBodyRange, swapPostBody } from "../../../src/preview/swap-body.ts";

/** A page as layouts/post.njk writes it, around `body` (markdown-it's output). */
function page(body: string, before = "", after = ""): string {
  return [
    `<!doctype html><html lang="en"><head><title>A</title></head><body>${before}`,
    `<article class="post"><header class="post-header"><h1>A</h1></header>`,
    `  <div class="post-body" data-pagefind-body>\n${body}\n  </div>`,
    `</article>${after}</body></html>`,
  ].join("\n");
}

describe("swapPostBody", () => {
  it.each<[string, string, string]>([
    ["a paragraph added", "<p>One.</p>\n", "<p>One.</p>\n<p>Two.</p>\n"],
    ["nested elements and an end tag in text", "<div><p>x</p></div>\n", "<p>&lt;/div&gt;</p>\n"],
    ["a body that was empty", "", "<p>New.</p>\n"],
    ["non-Latin text", "<p>البصرة</p>\n", "<p>البصرة ٢٠٠٨</p>\n"],
  ])("%s: gives the page the layout writes for the new body", (_, oldBody, newBody) => {
    expect(swapPostBody(page(oldBody), newBody)).toBe(page(newBody));
  });

  it.each<[string, string, string]>([
    ["the class's name in text", "<p>post-body</p>", ""],
    ["the class's name in a comment", '<!-- <div class="post-body"> -->', ""],
    ["another attribute holding the name", '<p data-x="post-body">x</p>', ""],
    ["a later element with the same class", "", '<div class="post-body">later</div>'],
  ])("is not misled by %s", (_, before, after) => {
    expect(swapPostBody(page("<p>Old.</p>\n", before, after), "<p>New.</p>\n")).toBe(
      page("<p>New.</p>\n", before, after),
    );
  });

  it("finds the element among other classes", () => {
    const html = `<main><div class="wide post-body  x">\n<p>Old.</p>\n</div></main>`;
    expect(swapPostBody(html, "<p>New.</p>\n")).toBe(
      `<main><div class="wide post-body  x">\n<p>New.</p>\n</div></main>`,
    );
  });

  it.each([
    ["a page without a post body", "<!doctype html><html><body><p>Home</p></body></html>"],
    ["an element whose end tag is missing", '<html><body><div class="post-body"><p>x</p>'],
  ])("returns undefined for %s", (_, html) => {
    expect(swapPostBody(html, "<p>New.</p>")).toBeUndefined();
  });
});

describe("postBodyRange", () => {
  it("gives the offsets between the element's start and end tags", () => {
    const html = `<p>ب</p><div class="post-body">inner</div>`;
    const range = postBodyRange(html);
    expect(range).toEqual({ start: 31, end: 36 });
    expect(html.slice(range?.start, range?.end)).toBe("inner");
  });
});
