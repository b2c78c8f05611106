import { describe, expect, it } from "vitest";
import {
  createTurndown,
  escapeHtmlInText,
  textToMarkdown,
} from "../../../../src/import/body/markdown.ts";

describe("text as Markdown that never becomes HTML or a Dispatch tag", () => {
  it.each([
    ["<b> is written &lt;b>", "write <b> here", "write &lt;b> here"],
    ["an entity's & is written &amp;", "&amp; and &#60;", "&amp;amp; and &amp;#60;"],
    ["::: starting a line is escaped", "::: lang ar", "\\::: lang ar"],
    ["{ before } on a line is an entity", "Heading {#id}", "Heading &#123;#id}"],
    ["a < before a space stays", "a < b", "a < b"],
  ])("%s", (_what, text, markdown) => {
    expect(escapeHtmlInText(text)).toBe(markdown);
  });

  it("makes a Dispatch tag in text a code span, and escapes the rest", () => {
    expect(textToMarkdown('See {% map "x" %} <b>', (text) => text)).toBe(
      'See `{% map "x" %}` &lt;b>',
    );
  });

  it.each([
    ["<h2>Head</h2><p>Text <em>it</em></p>", "## Head\n\nText _it_"],
    ["<ul><li>a</li><li>b</li></ul>", "-   a\n-   b"],
    ["<p>a<br>b</p>", "a\\\nb"],
    ['<p lang="ar" dir="rtl">نص</p>', "نص {lang=ar dir=rtl}"],
    ["<pre>x = 1\n\ny</pre>", "```\nx = 1\n\ny\n```"],
    ["<ol><br><li>a</li><br /><li>b</li></ol>", "1.  a\n2.  b"],
    ["<h2>Title<br>line</h2><h3>End<br></h3>", "## Title line\n\n### End"],
    ["<p><br>Text<br><br></p>", "Text"],
    ["<p><em>Text<br></em></p>", "_Text_"],
    ["<dl><dt>Term</dt><dd>Its meaning</dd></dl>", "<dl><dt>Term</dt><dd>Its meaning</dd></dl>"],
    ['<p>Line<br><img src="a.jpg" alt="A"><br><span> </span></p>', "Line\\\n![A](a.jpg)"],
    ["<p><em>One<br>two</em> three<br>four</p>", "_One\\\ntwo_ three\\\nfour"],
    [
      '<ol start="9"><li>nine</li><li>ten<ul><li>x</li></ul></li></ol>',
      "9.  nine\n10.  ten\n     -   x",
    ],
    ['<ol start="x"><li>a</li></ol>', "1.  a"],
    ['<ol start="0"><li>a</li><li>b</li></ol>', "0.  a\n1.  b"],
    [
      '<ol><li>a</li></ol>\n<ol start="2"><li>b</li></ol><ol><li>c</li></ol>',
      "1.  a\n\n2)  b\n\n1.  c",
    ],
    ["<ul><li>a</li></ul><ul><li>b</li></ul>x<ul><li>c</li></ul>", "-   a\n\n*   b\n\nx\n\n-   c"],
    [
      "<details><summary>S</summary>{% x %}</details>",
      "<details><summary>S</summary>&#123;% x %}</details>",
    ],
  ])("turndown writes %j as %j", (html, markdown) => {
    expect(createTurndown().turndown(html)).toBe(markdown);
  });
});
