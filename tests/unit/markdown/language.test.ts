import { describe, expect, it } from "vitest";
import { ContentError } from "../../../src/errors.ts";
import { createMarkdown } from "../../../src/markdown/index.ts";
import {
  canonicalLanguageTag,
  containerLanguage,
  isRightToLeft,
} from "../../../src/markdown/language.ts";
import { openStreetMapTiles } from "../../../src/site.ts";
import { writePost } from "../../helpers/post-file.ts";

const md = createMarkdown({ tiles: openStreetMapTiles });

/** The lines of the ContentError rendering `post` throws (`file:line: what. Fix: how`). */
function problemLines(post: ReturnType<typeof writePost>): string[] {
  let error: unknown;
  try {
    md.render(post.body, post.env);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).message.split("\n");
}

describe("isRightToLeft", () => {
  it.each([
    ["ar", true],
    ["fa", true],
    ["he", true],
    ["ur", true],
    ["ps", true],
    ["yi", true],
    ["dv", true],
    ["ckb", true],
    ["ku-Arab", true],
    ["ar-EG", true],
    ["ar-Latn", false],
    ["ku", false],
    ["en", false],
    ["tr", false],
  ])("%s: %s", (tag, rtl) => {
    expect(isRightToLeft(tag)).toBe(rtl);
  });
});

describe("canonicalLanguageTag", () => {
  it.each([
    ["ar", "ar"],
    ["AR-eg", "ar-EG"],
    ["iw", "he"],
    [" fa ", "fa"],
    ["arabic", undefined],
    ["ar_EG", undefined],
    ["", undefined],
  ])("%j → %j", (tag, canonical) => {
    expect(canonicalLanguageTag(tag)).toBe(canonical);
  });
});

describe("containerLanguage", () => {
  it.each([
    ["lang ar", "ar"],
    ["  lang   fa-IR ", "fa-IR"],
    ["lang", undefined],
    ["lang ar fa", undefined],
  ])("%j → %j", (info, lang) => {
    expect(containerLanguage(info)).toBe(lang);
  });
});

describe("passages in another language", () => {
  it("a ::: lang container becomes a div with lang and, for Arabic, dir=rtl", () => {
    expect(md.render("::: lang ar\nمدينة البصرة\n:::\n", {})).toBe(
      '<div lang="ar" dir="rtl">\n<p>مدينة البصرة</p>\n</div>\n',
    );
  });

  it("a container in a left-to-right language gets lang only", () => {
    expect(md.render("::: lang fr\nBassorah\n:::\n", {})).toBe(
      '<div lang="fr">\n<p>Bassorah</p>\n</div>\n',
    );
  });

  it("an inline span gets lang and dir, and the author's dir wins", () => {
    expect(md.render("The city of [البصرة]{lang=ar} and [Basra]{lang=ar-Latn}.\n", {})).toBe(
      '<p>The city of <span lang="ar" dir="rtl">البصرة</span> and <span lang="ar-Latn">Basra</span>.</p>\n',
    );
    expect(md.render("[البصرة]{lang=ar dir=ltr}\n", {})).toBe(
      '<p><span lang="ar" dir="ltr">البصرة</span></p>\n',
    );
  });

  it("writes the tag in its canonical form", () => {
    expect(md.render("[x]{lang=AR-eg}\n", {})).toBe(
      '<p><span lang="ar-EG" dir="rtl">x</span></p>\n',
    );
  });

  it("sets only id, class, lang and dir: braces naming an event handler or a style stay text", () => {
    expect(md.render("[x]{#here .note lang=ar}\n", {})).toBe(
      '<p><span id="here" class="note" lang="ar" dir="rtl">x</span></p>\n',
    );
    expect(md.render("[x]{onclick=alert(1) lang=ar}\n", {})).toBe(
      "<p>[x]{onclick=alert(1) lang=ar}</p>\n",
    );
    expect(md.render("A paragraph. {onclick=alert(1)}\n", {})).toBe(
      "<p>A paragraph. {onclick=alert(1)}</p>\n",
    );
  });

  it("stops the build at a bad language tag or direction, with the file, the line and the fix", () => {
    const post = writePost([
      "---",
      "title: Basra",
      "date: 2008-03-27",
      "---",
      "",
      "First paragraph.",
      "",
      "The city of [البصرة]{lang=arabic}.",
      "",
      "::: lang ar_IQ",
      "نص",
      ":::",
      "",
      "[x]{dir=sideways}",
    ]);
    expect(problemLines(post)).toEqual([
      `${post.file}:8: lang="arabic" is not a BCP 47 language tag. Fix: write a tag such as ar (Arabic), fa (Persian), ku-Arab (Kurdish in Arabic script) or en-GB`,
      `${post.file}:10: lang="ar_IQ" is not a BCP 47 language tag. Fix: write a tag such as ar (Arabic), fa (Persian), ku-Arab (Kurdish in Arabic script) or en-GB`,
      `${post.file}:14: dir="sideways" is not a text direction. Fix: write dir=rtl, dir=ltr or dir=auto, or leave dir out: it is added for right-to-left languages`,
    ]);
  });
});

describe("author ids", () => {
  it("keeps an id that begins with a letter, in any script", () => {
    expect(md.render("## Basra {#al-basra}\n\n[x]{#البصرة_2}\n", {})).toContain(
      '<span id="البصرة_2">x</span>',
    );
  });

  it("stops the build at an id links cannot rely on, with the line and a corrected id", () => {
    const post = writePost([
      "---",
      "title: Basra",
      "date: 2008-03-27",
      "---",
      "",
      "First paragraph. {#1st}",
      "",
      "[x]{#a:b}",
      "",
      "[y]{id=-}",
    ]);
    expect(problemLines(post)).toEqual([
      `${post.file}:6: id="1st" is not an id links can rely on. Fix: begin it with a letter and use only letters, digits, - and _, e.g. {#id-1st}`,
      `${post.file}:8: id="a:b" is not an id links can rely on. Fix: begin it with a letter and use only letters, digits, - and _, e.g. {#a-b}`,
      `${post.file}:10: id="-" is not an id links can rely on. Fix: begin it with a letter and use only letters, digits, - and _`,
    ]);
  });
});
