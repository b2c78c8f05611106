import { describe, expect, it } from "vitest";
import { ContentError } from "../../../src/errors.ts";
import { convertBody } from "../../../src/import/body/convert.ts";
import { createMarkdown } from "../../../src/markdown/index.ts";
import { openStreetMapTiles } from "../../../src/site.ts";

const md = createMarkdown({ tiles: openStreetMapTiles });

/** The messages rendering `body` throws, one per line, with the file shown as `FILE`. */
function problems(body: string): string[] {
  let error: unknown;
  try {
    md.render(body, {});
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).message.replaceAll("(unknown file)", "FILE").split("\n");
}

const runs = "which would run on the page";
const handler = (line: number, attribute: string, tag: string) =>
  `FILE:${line}: raw HTML holds event handler ${attribute}= on <${tag}>, ${runs}. Fix: delete the attribute`;
const script = (line: number) =>
  `FILE:${line}: raw HTML holds <script>, ${runs}. Fix: delete it: a post holds no code (a map goes in a \`\`\`geojson block or {% map %}, a video in {% video %})`;
const runsCode = (line: number, scheme: string, attribute: string, tag: string) =>
  `FILE:${line}: raw HTML holds ${scheme}: URL in ${attribute}= on <${tag}>, which runs code when followed. Fix: give it an https:// address or a path of the site, or delete it`;
const dataUrl = (line: number, attribute: string, tag: string, where = "raw HTML") =>
  `FILE:${line}: ${where} holds data: URL in ${attribute}= on <${tag}>, which can carry a document or script of its own. Fix: put the file in the post's folder and name it (src="chart.png")`;
const frame = (line: number, tag: string) =>
  `FILE:${line}: raw HTML holds <${tag}>, which loads another page or program into the post. Fix: delete it: a video goes in with {% video %}, a map with {% map %}; link to anything else`;
const form = (line: number, tag: string) =>
  `FILE:${line}: raw HTML holds <${tag}>, a form, which can send what readers type elsewhere. Fix: delete it, and link to the form on its own site`;

describe("active raw HTML in a post", () => {
  it.each([
    ["a script block", "Intro.\n\n<script>alert(1)</script>", [script(3)]],
    ["an inline script", "Intro <script>alert(1)</script> text.", [script(1)]],
    ["a script in a block quote", "> Quoted.\n>\n> <script>alert(1)</script>", [script(3)]],
    [
      "an image's onerror",
      'Text <img src="x.png" onerror="alert(1)"> more.',
      [handler(1, "onerror", "img")],
    ],
    [
      "an inline tag on a later line",
      "First line,\nsecond <b onclick=alert(1)>x</b>.",
      [handler(2, "onclick", "b")],
    ],
    [
      "a handler on a later line of a block's start tag",
      'Intro.\n\n<div\n  class="note"\n  onmouseover="alert(1)">\nText.\n</div>',
      [handler(5, "onmouseover", "div")],
    ],
    ["an SVG's onload", '<svg onload="alert(1)"></svg>', [handler(1, "onload", "svg")]],
    [
      "a javascript: link",
      'See <a href="javascript:alert(1)">this</a>.',
      [runsCode(1, "javascript", "href", "a")],
    ],
    [
      "a javascript: link hidden with a character reference",
      'See <a href="java&#x09;script&colon;alert(1)">this</a>.',
      [runsCode(1, "javascript", "href", "a")],
    ],
    [
      "a vbscript: link",
      '<a href="vbscript:msgbox(1)">x</a>',
      [runsCode(1, "vbscript", "href", "a")],
    ],
    [
      "a data: image",
      '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="">',
      [dataUrl(1, "src", "img")],
    ],
    [
      "a data: image in srcset",
      '<img src="a.png" srcset="data:image/png;base64,AA 2x" alt="">',
      [dataUrl(1, "srcset", "img")],
    ],
    [
      "a Markdown data: image",
      "![A chart](data:image/png;base64,iVBORw0KGgo=)",
      [dataUrl(1, "src", "img", "a Markdown link or image")],
    ],
    [
      "an iframe with srcdoc",
      '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
      [
        frame(1, "iframe"),
        "FILE:1: raw HTML holds srcdoc= on <iframe>, a page of its own inside the post. Fix: delete the attribute",
      ],
    ],
    ["an object", '<object data="movie.swf"></object>', [frame(1, "object")]],
    ["an embed", '<embed src="movie.swf">', [frame(1, "embed")]],
    [
      "a form",
      '<form action="https://example.org/"><input name="q"><button>Go</button></form>',
      [form(1, "form"), form(1, "input"), form(1, "button")],
    ],
    [
      "a button's formaction",
      '<button formaction="javascript:alert(1)">x</button>',
      [form(1, "button"), runsCode(1, "javascript", "formaction", "button")],
    ],
    [
      "a style element",
      "<style>body { display: none }</style>",
      [
        "FILE:1: raw HTML holds <style>, whose rules apply to the whole page, not only the post. Fix: delete it: the site's stylesheet styles every post",
      ],
    ],
    [
      "a base element",
      '<base href="https://evil.example/">',
      [
        "FILE:1: raw HTML holds <base>, which changes where every link of the page leads. Fix: delete it",
      ],
    ],
    [
      "a refresh",
      '<meta http-equiv="refresh" content="0; url=https://evil.example/">',
      [
        "FILE:1: raw HTML holds <meta>, which can redirect or reconfigure the page. Fix: delete it: a post's metadata goes in its front matter",
      ],
    ],
    [
      "a stylesheet link",
      '<link rel="stylesheet" href="https://evil.example/x.css">',
      [
        "FILE:1: raw HTML holds <link>, which loads a stylesheet or another file into the page. Fix: delete it",
      ],
    ],
    [
      "markup a <noscript> hides from a parser that is not a browser's",
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
      [
        "FILE:1: raw HTML holds <noscript>, whose content browsers read in a way that can hide markup from this check. Fix: delete the element, keeping its text if it is meant to be read",
        handler(1, "onerror", "img"),
      ],
    ],
    [
      "an image breaking out of an SVG title",
      "<svg><title><img src=x onerror=alert(1)></title></svg>",
      [handler(1, "onerror", "img")],
    ],
    [
      "an SVG animation of a link",
      '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">x</text></a></svg>',
      [
        "FILE:1: raw HTML holds animation of href on <animate>, which can turn a link into a script. Fix: delete the animation",
      ],
    ],
    [
      "an xlink:href",
      '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
      [runsCode(1, "javascript", "xlink:href", "a")],
    ],
    [
      "a block ending inside a tag",
      '<div>\n<img src="a.png" title="\n\n" onerror="alert(1)">',
      [
        'FILE:2: raw HTML holds a tag that is never closed (<img src="a.png" title="), which would take the text after it into the tag. Fix: end the tag with > before the next blank line: a blank line ends raw HTML',
      ],
    ],
    [
      "a footnote",
      "Text.[^1]\n\n[^1]: See <img src=x onerror=alert(1)>.",
      [handler(3, "onerror", "img")],
    ],
    [
      "an inline footnote",
      "Intro.\n\nText.^[See <b onclick=alert(1)>this</b>.]",
      [handler(3, "onclick", "b")],
    ],
    ["a ::: block", "Intro.\n\n::: lang ar\n<script>alert(1)</script>\n:::", [script(4)]],
    [
      "several, in line order",
      '<p onclick="a()">x</p>\n\nText <a href="javascript:b()">y</a>.\n\n<script>c()</script>',
      [handler(1, "onclick", "p"), runsCode(3, "javascript", "href", "a"), script(5)],
    ],
  ])("%s stops the build with its line", (_, body, expected) => {
    expect(problems(body)).toEqual(expected);
  });
});

describe("harmless raw HTML", () => {
  it.each([
    [
      "a figure",
      '<figure><img src="chart.png" alt="A chart"><figcaption>Oil, 2008.</figcaption></figure>',
    ],
    ["details", "<details><summary>Sources</summary>Three reports.</details>"],
    ["a superscript", "Text<sup>1</sup>"],
    ["an abbreviation", '<abbr title="Iraqi Security Forces">ISF</abbr>'],
    ["a table", "<table><tr><th>Year</th><td>2008</td></tr></table>"],
    ["a video", '<video controls src="clip.mp4" poster="clip.jpg"></video>'],
    ["a link by https", '<a href="https://example.org/report">the report</a>'],
    ["a link to a site path", '<a href="/posts/basra/">Basra</a>'],
    ["a mailto: link", '<a href="mailto:desk@example.org">write</a>'],
    ["Arabic text", '<span lang="ar" dir="rtl">البصرة</span>'],
    ["an image", '<img src="chart.png" alt="A chart">'],
    ["an image with srcset", '<img src="a.png" srcset="a.png 1x, b.png 2x" alt="A">'],
    ["a comment", "<!-- <script>not run</script> -->"],
    ["text that names a scheme", "<p>Write data: or javascript: in text.</p>"],
    ["a time", '<time datetime="2008-03-27">27 March</time>'],
  ])("%s is kept as written", (_, html) => {
    expect(md.render(`Intro.\n\n${html}\n\nEnd.`, {})).toContain(html);
  });
});

describe("Markdown links markdown-it refuses itself", () => {
  it.each([
    ["[x](javascript:alert(1))", "<p>[x](javascript:alert(1))</p>\n"],
    ["[x](JaVaScRiPt:alert(1))", "<p>[x](JaVaScRiPt:alert(1))</p>\n"],
    ["[x](vbscript:msgbox(1))", "<p>[x](vbscript:msgbox(1))</p>\n"],
    ["[x](data:text/html;base64,PHNjcmlwdD4=)", "<p>[x](data:text/html;base64,PHNjcmlwdD4=)</p>\n"],
    ["<javascript:alert(1)>", "<p>&lt;javascript:alert(1)&gt;</p>\n"],
    ["<vbscript:msgbox(1)>", "<p>&lt;vbscript:msgbox(1)&gt;</p>\n"],
  ])("%s is text, not a link", (markdown, html) => {
    expect(md.render(markdown, {})).toBe(html);
  });
});

describe("what the WordPress import writes", () => {
  it("builds from hostile HTML, sanitised to the allow-list", () => {
    const { markdown } = convertBody(
      [
        '<p>Text <img src="x.png" onerror="alert(1)"> <a href="javascript:alert(1)">link</a></p>',
        '<script>alert(1)</script><iframe srcdoc="<b>x</b>"></iframe><style>p{}</style>',
        '<form action="/"><input name="q"></form><svg onload="alert(1)"></svg>',
        '<p><a href="https://example.org/" onclick="alert(1)">ok</a> <img src="data:image/png;base64,AA" alt="d"></p>',
      ].join("\n"),
      "Hostile",
    );
    const html = md.render(markdown, {});
    expect(html).toContain('<a href="https://example.org/">ok</a>');
    expect(html).not.toMatch(
      /onerror|onclick|onload|javascript:|<script|<iframe|<style|<form|data:/,
    );
  });
});
