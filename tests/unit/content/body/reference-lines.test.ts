import { describe, expect, it } from "vitest";
import { BlockCursor, safeDecode } from "../../../../src/content/body/reference-lines.ts";

describe("safeDecode", () => {
  it.each([
    ["my%20photo.png", "my photo.png"],
    ["caf%C3%A9.jpg", "café.jpg"],
    ["100%.png", "100%.png"],
    ["Q%26A.png", "Q%26A.png"],
  ])("reads %j as %j", (text, decoded) => {
    expect(safeDecode(text)).toBe(decoded);
  });
});

describe("BlockCursor", () => {
  it("gives each of two references to one file its own line, in order", () => {
    const lines = ["![a](m.png)", "![b](m.png)"];
    const cursor = new BlockCursor(lines, [0, 2]);
    expect([cursor.next("m.png", "markdown"), cursor.next("m.png", "markdown")]).toEqual([0, 1]);
  });

  it("skips a name in prose or in the alt text, which is not a destination", () => {
    const lines = ["The map m.png is below:", "![m.png](m.png)"];
    expect(new BlockCursor(lines, [0, 2]).next("m.png", "markdown")).toBe(1);
  });

  it.each([
    ["a percent-encoded name written with its space", ["![a](<my photo.png>)"], "my%20photo.png"],
    ["an HTML-escaped name", ['<img src="Q&amp;A.png">'], "Q&A.png"],
    ["an unquoted attribute", ["<img src=photo.png>"], "photo.png"],
    ["a srcset candidate", ['<img srcset="a.png 1x, photo.png 2x">'], "photo.png"],
  ])("finds %s", (_, lines, text) => {
    const syntax = lines[0]?.startsWith("<") ? "html" : "markdown";
    expect(new BlockCursor(["Intro.", ...lines], [1, 2]).next(text, syntax)).toBe(1);
  });

  it("finds a reference image's path on its definition's line, outside the block", () => {
    const lines = ["See ![c][pic].", "", "[pic]: m4.png"];
    expect(new BlockCursor(lines, [0, 1]).next("m4.png", "markdown")).toBe(2);
  });

  it("finds an empty destination between its parentheses", () => {
    expect(new BlockCursor(["x", "![E]()"], [0, 2]).next("", "markdown")).toBe(1);
  });

  it("falls back to the block's first line for a path written nowhere", () => {
    expect(new BlockCursor(["a", "b", "c"], [1, 3]).next("gone.png", "markdown")).toBe(1);
  });
});
