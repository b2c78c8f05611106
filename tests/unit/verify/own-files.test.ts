import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkFeedPrefix, checkOwnFiles } from "../../../src/verify/own-files.ts";

/** Writes files into a temporary output folder and returns it. */
function output(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-own-files-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const page = "<!doctype html>\n<html lang=en><title>Post</title>";
const overwritten =
  "holds an HTML page where the build writes a file of its own: a post's permalink or another page was written over it";

describe("checkOwnFiles", () => {
  it("reports a page written over a file of the build, or into its folders", () => {
    expect(
      checkOwnFiles(
        output({
          "assets/css/site.css": page,
          "assets/js/video.js": `  ${page.toUpperCase()}`,
          _headers: page,
          "feed.json": page,
          "pagefind/x/index.html": page,
          "assets/leaflet/leaflet.css": ".leaflet-pane{}",
          "posts/x/index.html": page,
          "feed.xml": '<?xml version="1.0"?><feed/>',
        }),
      ),
    ).toEqual([
      { file: "_headers", line: 1, message: overwritten, check: "shadow" },
      { file: "assets/css/site.css", line: 1, message: overwritten, check: "shadow" },
      { file: "assets/js/video.js", line: 1, message: overwritten, check: "shadow" },
      { file: "feed.json", line: 1, message: overwritten, check: "shadow" },
      {
        file: "pagefind/x/index.html",
        line: 1,
        message:
          "a page in /pagefind/, a folder the build fills with its own files: a post's permalink or another page was written there",
        check: "shadow",
      },
    ]);
  });
});

describe("checkFeedPrefix", () => {
  const atom = [
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '<link href="https://example.org/basra-blog/feed.xml" rel="self"/>',
    "<id>https://example.org/posts/x/</id>",
    '<content type="html">&lt;a href=&quot;https://example.org/assets/x.png&quot;&gt;x&lt;/a&gt; &lt;img src=&quot;/posts/y.png&quot;&gt; &lt;a href=&quot;https://example.org/basra-blog&quot;&gt;</content>',
    "</feed>",
  ].join("\n");

  it("reports, by line, links to this site outside the path prefix, written raw or escaped", () => {
    expect(
      checkFeedPrefix(atom, "feed.xml", "/basra-blog/", "https://example.org").map(
        (problem) => `${problem.line}: [${problem.check}] ${problem.message}`,
      ),
    ).toEqual([
      "3: [link] https://example.org/posts/x/ escapes the path prefix /basra-blog/",
      "4: [link] https://example.org/assets/x.png escapes the path prefix /basra-blog/",
      "4: [link] /posts/y.png escapes the path prefix /basra-blog/",
    ]);
  });

  it("reads JSON Feed escapes, and finds nothing without a prefix or for other hosts", () => {
    const json = '{"items": [{"url": "https:\\/\\/example.org\\/posts\\/x\\/"}]}';
    expect(checkFeedPrefix(json, "feed.json", "/basra-blog/", "https://example.org")).toEqual([
      {
        file: "feed.json",
        line: 1,
        message: "https://example.org/posts/x/ escapes the path prefix /basra-blog/",
        check: "link",
      },
    ]);
    expect(checkFeedPrefix(atom, "feed.xml", "/", "https://example.org")).toEqual([]);
    expect(
      checkFeedPrefix(
        '<a href="https://other.example/posts/x/">',
        "feed.xml",
        "/basra-blog/",
        "https://example.org",
      ),
    ).toEqual([]);
  });
});
