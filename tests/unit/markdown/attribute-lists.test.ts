import { describe, expect, it } from "vitest";
import { parseAttributeList } from "../../../src/markdown/attribute-lists.ts";
import { createMarkdown } from "../../../src/markdown/index.ts";
import { openStreetMapTiles } from "../../../src/site.ts";

const md = createMarkdown({ tiles: openStreetMapTiles });

describe("parseAttributeList", () => {
  it.each([
    ["{#basra}", [["id", "basra"]]],
    [
      "{ #basra .note  .wide lang=ar dir=rtl }",
      [
        ["id", "basra"],
        ["class", "note wide"],
        ["lang", "ar"],
        ["dir", "rtl"],
      ],
    ],
    [
      "{id=basra class=\"a b\" lang='fa'}",
      [
        ["id", "basra"],
        ["class", "a b"],
        ["lang", "fa"],
      ],
    ],
    ["{#a #b}", [["id", "b"]]],
    ["{#1st}", [["id", "1st"]]],
    ["{}", undefined],
    ["{ }", undefined],
    ["{disputed}", undefined],
    ["{of whom 1,000 deserted}", undefined],
    ["{onclick=alert(1)}", undefined],
    ["{style=color:red}", undefined],
    ["{#basra onclick=x}", undefined],
    ["{lang=}", undefined],
    ["{.}", undefined],
    ["{# this stays #}", undefined],
    ["{{ nothing }}", undefined],
    ["{lang=ar", undefined],
  ])("%s → %j", (text, expected) => {
    expect(parseAttributeList(text)).toEqual(expected);
  });
});

describe("attribute lists kept", () => {
  it.each([
    [
      "## Basra {#al-basra}",
      '<div class="heading-anchored">\n<h2 id="al-basra" tabindex="-1">Basra</h2>\n<a class="header-anchor" href="#al-basra" aria-label="Link to this section: Basra" data-pagefind-ignore>#</a>\n</div>\n',
    ],
    [
      "## البصرة {lang=ar}",
      '<div class="heading-anchored">\n<h2 lang="ar" dir="rtl" id="البصرة" tabindex="-1">البصرة</h2>\n<a class="header-anchor" href="#البصرة" aria-label="Link to this section: البصرة" data-pagefind-ignore>#</a>\n</div>\n',
    ],
    [
      "### *The* port {#port .wide}",
      '<div class="heading-anchored">\n<h3 id="port" class="wide" tabindex="-1"><em>The</em> port</h3>\n<a class="header-anchor" href="#port" aria-label="Link to this section: The port" data-pagefind-ignore>#</a>\n</div>\n',
    ],
    ["שלום {lang=he dir=rtl}", '<p lang="he" dir="rtl">שלום</p>\n'],
    ["The port reopened.\n{lang=en-GB}", '<p lang="en-GB">The port reopened.</p>\n'],
    ["A *note*. {.aside}", '<p class="aside">A <em>note</em>.</p>\n'],
    [
      "The name [البصرة]{lang=ar} means",
      '<p>The name <span lang="ar" dir="rtl">البصرة</span> means</p>\n',
    ],
    [
      "[*the* city]{#city .place}",
      '<p><span id="city" class="place"><em>the</em> city</span></p>\n',
    ],
    ['[Basra]{lang="ar-Latn"}', '<p><span lang="ar-Latn">Basra</span></p>\n'],
  ])("%j", (markdown, html) => {
    expect(md.render(`${markdown}\n`, {})).toBe(html);
  });
});

describe("curly braces that are not an attribute list stay text", () => {
  it.each([
    ["16,000 {of whom 1,000 deserted} fled.", "<p>16,000 {of whom 1,000 deserted} fled.</p>\n"],
    [
      "The army lost 16,000 {of whom 1,000 deserted}",
      "<p>The army lost 16,000 {of whom 1,000 deserted}</p>\n",
    ],
    [
      "## Casualties {disputed}",
      '<div class="heading-anchored">\n<h2 id="casualties-disputed" tabindex="-1">Casualties {disputed}</h2>\n<a class="header-anchor" href="#casualties-disputed" aria-label="Link to this section: Casualties {disputed}" data-pagefind-ignore>#</a>\n</div>\n',
    ],
    ["A paragraph. {onclick=alert(1)}", "<p>A paragraph. {onclick=alert(1)}</p>\n"],
    ["[x]{style=color:red}", "<p>[x]{style=color:red}</p>\n"],
    ["[note]{disputed}", "<p>[note]{disputed}</p>\n"],
    [
      "The militia said {{ nothing }} and {# this stays #}",
      "<p>The militia said {{ nothing }} and {# this stays #}</p>\n",
    ],
    ["The set {x, y} {}", "<p>The set {x, y} {}</p>\n"],
    // A list alone is no paragraph's attributes, nor one glued to emphasis, nor one mid-text.
    ["{.aside}", "<p>{.aside}</p>\n"],
    ["*em*{.x}", "<p><em>em</em>{.x}</p>\n"],
    ["a {#x} b", "<p>a {#x} b</p>\n"],
    // An escaped brace is text.
    ["Basra \\{#al-basra}", "<p>Basra {#al-basra}</p>\n"],
    // Not in a tight list's items, a link's text after it, or a fence's info: undocumented places.
    ["- item {.x}", "<ul>\n<li>item {.x}</li>\n</ul>\n"],
    ["[a](https://example.com){.x}", '<p><a href="https://example.com">a</a>{.x}</p>\n'],
    ["```js {.x}\nx\n```", '<pre><code class="language-js">x\n</code></pre>\n'],
  ])("%j", (markdown, html) => {
    expect(md.render(`${markdown}\n`, {})).toBe(html);
  });
});
