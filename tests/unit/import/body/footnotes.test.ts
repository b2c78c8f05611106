import { describe, expect, it } from "vitest";
import { convertBody } from "../../../../src/import/body/convert.ts";
import { extractFootnotes } from "../../../../src/import/body/footnotes.ts";
import { numberFootnotes } from "../../../../src/import/body/footnotes.ts";

describe("footnotes", () => {
  it("makes WordPress 6.3 footnotes from the post meta, the plugins' and hand-written ones Markdown footnotes, numbered as cited", () => {
    const html =
      '<p>A<sup data-fn="f1" class="fn"><a href="#f1" id="f1-link">1</a></sup> B((Paren note.)) C[efn_note]Easy note.[/efn_note] D<sup><a href="#fn1" id="ref1">1</a></sup>.</p>\n<ol class="footnotes"><li id="fn1">By hand. <a href="#ref1">↩</a></li></ol>';
    expect(
      convertBody(html, "Basra", undefined, {
        footnotes: '[{"id":"f1","content":"From <em>meta</em>."}]',
      }).markdown,
    ).toBe(
      "A[^1] B[^2] C[^3] D[^4].\n\n[^1]: From _meta_.\n\n[^2]: Paren note.\n\n[^3]: Easy note.\n\n[^4]: By hand.",
    );
    expect(extractFootnotes('<sup data-fn="x">1</sup>', undefined)).toEqual({
      html: '<sup data-fn="x">1</sup>',
      notes: [],
    });
  });
});

describe("numbering footnotes", () => {
  it("numbers notes as cited, indents a note's later lines and drops one no longer cited", () => {
    const notes = [{ html: "first" }, { html: "second" }, { html: "gone" }, { html: "" }];
    expect(
      numberFootnotes("B WPFOOTNOTE2X, A WPFOOTNOTE1X, D WPFOOTNOTE4X", notes, (html) =>
        html === "second" ? "line 1\n\nline 2" : html,
      ),
    ).toBe(
      "B [^1], A [^2], D [^3]\n\n[^1]: line 1\n\n    line 2\n\n[^2]: first\n\n[^3]: (empty note)",
    );
  });

  it("leaves text without citations as it is", () => {
    expect(numberFootnotes("Text.", [], (html) => html)).toBe("Text.");
  });
});
