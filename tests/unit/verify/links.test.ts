import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../../../src/verify/csp.ts";
import { checkPage, resolveInternalUrl } from "../../../src/verify/links.ts";

const sound = path.resolve(import.meta.dirname, "../../fixtures/sites/sound");
const policy = parsePolicy(
  "default-src 'self'; img-src 'self' data: https://tile.example.org; frame-src https://player.example.org",
);

/** The problems of a page whose body is `body` (from line 2), as `line: [check] message`. */
function problemsOf(body: string, pathPrefix = "/"): string[] {
  const html = `<!doctype html>\n${body}\n`;
  return checkPage(html, "index.html", { outputDir: sound, pathPrefix, policy }).map(
    ({ line, check, message }) => `${line}: [${check}] ${message}`,
  );
}

describe("checkPage", () => {
  it.each([
    [
      "links to pages and files that exist",
      '<a href="/posts/a/">a</a> <a href="posts/a/index.html?x#top">b</a>',
    ],
    [
      "a fragment that names an element or the top",
      '<h2 id="notes">N</h2><a href="#notes">n</a><a href="#">t</a><a href="#Top">T</a>',
    ],
    ["a fragment naming an <a name>", '<a name="old"></a><a href="#old">o</a>'],
    [
      "JSON data islands",
      '<script type="application/json">{}</script><script type="application/ld+json">{}</script>',
    ],
    [
      "an external link, which loads nothing",
      '<a href="https://example.org/">e</a> <a href="mailto:x@example.org">m</a>',
    ],
    [
      "an image from a host the policy lists",
      '<img src="https://tile.example.org/1/2/3.png" alt="t">',
    ],
    ["an empty href", '<a href="">self</a>'],
    ["an id inside a <template>", '<template><p id="t"></p></template><a href="#t">t</a>'],
  ])("passes %s", (_, body) => {
    expect(problemsOf(body)).toEqual([]);
  });

  it.each([
    [
      "an inline script, on its line",
      "<p>x</p>\n<script>alert(1)</script>",
      ["3: [script] inline <script>: only JSON data islands may be inline"],
    ],
    [
      "an inline script of another type",
      '<script type="Module">x</script>',
      ['2: [script] inline <script type="module">: only JSON data islands may be inline'],
    ],
    [
      "an event handler and srcdoc, at their attributes' lines",
      '<img src="/style.css" alt=""\n  onerror="x">\n<iframe\n srcdoc="y"></iframe>',
      [
        "3: [script] inline event handler onerror= on <img>",
        "5: [script] srcdoc= on <iframe> puts a whole page inline",
      ],
    ],
    [
      "javascript: with a tab in the scheme",
      '<a href="java\tscript:x">x</a>',
      ["2: [script] javascript: URL in href= on <a>"],
    ],
    [
      "a <style> element",
      "<style>p{}</style>",
      [
        "2: [csp] <style> element: the Content-Security-Policy (style-src 'self') blocks inline styles",
      ],
    ],
    [
      "a frame from a host the policy does not list",
      '<iframe src="//www.youtube.com/embed/x"></iframe>',
      [
        "2: [csp] <iframe src>: //www.youtube.com/embed/x is blocked by the Content-Security-Policy (frame-src https://player.example.org)",
      ],
    ],
    [
      "an image from another host, through default-src",
      '<video poster="https://img.example/p.jpg"></video>',
      [
        "2: [csp] <video poster>: https://img.example/p.jpg is blocked by the Content-Security-Policy (img-src 'self' data: https://tile.example.org)",
      ],
    ],
    [
      "a path that leads to another site",
      '<a href="/\\evil.example/">x</a>',
      [
        '2: [link] "/\\\\evil.example/" leads to another site, evil.example: browsers read it as //evil.example/ (to them a backslash is a slash, and tabs and line breaks are dropped)',
      ],
    ],
    [
      "a fragment that names nothing, and one that is not percent-encoding",
      '<a href="#gone">g</a>\n<a href="#%E0%A4%A">b</a>',
      [
        '2: [link] #gone points to no element with id "gone" in this page',
        "3: [link] #%E0%A4%A is not a valid fragment (bad percent-encoding)",
      ],
    ],
    [
      "a srcset candidate and a refresh target that resolve to no file",
      '<img src="/style.css" srcset="/style.css 1x, /gone.png 2x" alt="">\n<meta http-equiv="refresh" content="0; url=/moved/">',
      [
        "2: [link] <img srcset>: /gone.png does not resolve to a file in the output",
        "3: [link] <meta content>: /moved/ does not resolve to a file in the output",
      ],
    ],
  ])("reports %s", (_, body, expected) => {
    expect(problemsOf(body)).toEqual(expected);
  });

  it("reports a URL outside the path prefix", () => {
    expect(problemsOf('<link rel="stylesheet" href="/style.css">', "/blog/")).toEqual([
      "2: [link] <link href>: /style.css escapes the path prefix /blog/",
    ]);
  });
});

describe("resolveInternalUrl", () => {
  const options = { outputDir: sound, pathPrefix: "/" };
  it.each([
    ["/posts/a/", "index.html", { file: "posts/a/index.html" }],
    ["/posts/a", "index.html", { file: "posts/a/index.html" }],
    ["posts/a/index.html?x=1#top", "index.html", { file: "posts/a/index.html" }],
    ["../../", "posts/a/index.html", { file: "index.html" }],
    ["/", "posts/a/index.html", { file: "index.html" }],
    [
      "../../../etc/passwd",
      "posts/a/index.html",
      { problem: "../../../etc/passwd points outside the site" },
    ],
    ["/%E0%A4%A", "index.html", { problem: "/%E0%A4%A is not a valid URL (bad percent-encoding)" }],
    ["/posts/b/", "index.html", { problem: "/posts/b/ does not resolve to a file in the output" }],
  ])("%s from %s", (url, page, expected) => {
    expect(resolveInternalUrl(url, page, options)).toEqual(expected);
  });

  it("reports a prefix written twice only when the single one names a file", () => {
    const doubled = path.resolve(import.meta.dirname, "../../fixtures/sites/doubled-prefix");
    const options = { outputDir: doubled, pathPrefix: "/basra-blog/" };
    expect(
      resolveInternalUrl("/basra-blog/basra-blog/assets/site.css", "index.html", options),
    ).toEqual({
      problem: "/basra-blog/basra-blog/assets/site.css repeats the path prefix /basra-blog/",
    });
    expect(resolveInternalUrl("/basra-blog/basra-blog/gone.css", "index.html", options)).toEqual({
      problem: "/basra-blog/basra-blog/gone.css does not resolve to a file in the output",
    });
  });
});
