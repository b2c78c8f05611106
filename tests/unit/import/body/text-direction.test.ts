import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { languageAttributes, styleDirection } from "../../../../src/import/body/text-direction.ts";

describe("a paragraph's language and direction", () => {
  it.each([
    ['<p lang="he" dir="RTL">x</p>', " {lang=he dir=rtl}"],
    ['<p lang="en-us">x</p>', " {lang=en-US}"],
    ['<p lang="not a tag" dir="sideways">x</p>', ""],
  ])("%s keeps %j", (html, attributes) => {
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    expect(languageAttributes(document.querySelector("p") as HTMLElement)).toBe(attributes);
  });

  it.each([
    ['<p style="direction:rtl">x</p>', '<p dir="rtl">x</p>'],
    [
      '<div class="a" style="text-align:right; direction: LTR">x</div>',
      '<div class="a" dir="ltr">x</div>',
    ],
    ['<p dir="ltr" style="direction:rtl">x</p>', '<p dir="ltr" style="direction:rtl">x</p>'],
  ])("reads the style of %s as dir", (html, withDir) => {
    expect(styleDirection(html)).toBe(withDir);
  });
});
