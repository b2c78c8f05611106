import { describe, expect, it } from "vitest";
import { convertBody } from "../../../../src/import/body/convert.ts";
import {
  layoutMessage,
  mergeLayout,
  removeLayoutTag,
  wrapsOnly,
} from "../../../../src/import/shortcodes/layout.ts";

describe("page builders' layout shortcodes", () => {
  it("unwraps a Divi page with one report line naming what showed something of its own", () => {
    const body = convertBody(
      '[et_pb_section fb_built="1"][et_pb_row][et_pb_column type="4_4"][et_pb_text]<p>First.</p>\n\n<p>Second.</p>[/et_pb_text][et_pb_button button_url="http://x.org" button_text="Go"][/et_pb_button][/et_pb_column][/et_pb_row][/et_pb_section]',
      "T",
    );
    expect(body.markdown).toBe("First.\n\nSecond.");
    expect(body.unconverted).toEqual([]);
    expect(body.losses).toEqual([
      {
        line: 1,
        message:
          "the page builder's layout shortcodes (et_pb_section, et_pb_row, et_pb_column, et_pb_text…) were removed and the text they held kept; what et_pb_button showed of its own (a button, an image, a divider…) is not shown. Fix: check that the post reads as it should",
      },
    ]);
  });

  it("unwraps WPBakery rows and a Shortcodes Ultimate highlight, keeping the text inline", () => {
    const body = convertBody(
      "[vc_row][vc_column][vc_column_text]Hello [su_highlight]world[/su_highlight].[/vc_column_text][/vc_column][/vc_row]",
      "T",
    );
    expect(body.markdown).toBe("Hello world.");
    expect(body.losses.map((loss) => loss.message)).toEqual([
      "the page builder's layout shortcodes (vc_row, vc_column, vc_column_text, su_highlight) were removed and the text they held kept. Fix: check that the post reads as it should",
    ]);
  });
});

describe("page builders' tags one by one", () => {
  it.each([
    ["et_pb_section", true],
    ["vc_column_text", true],
    ["et_pb_button", false],
    ["su_highlight", false],
  ])("%s only lays out what it wraps: %s", (name, only) => {
    expect(wrapsOnly(name)).toBe(only);
  });

  it("removes a tag, noting one that wraps nothing as showing something of its own", () => {
    const layout = { names: [], dropped: [] };
    const text = '[et_pb_button url="x"][/et_pb_button][et_pb_row]';
    expect(
      removeLayoutTag(
        text,
        "et_pb_button",
        { closing: false, selfClosing: false, end: 22 },
        layout,
      ),
    ).toBe("");
    expect(
      removeLayoutTag(text, "et_pb_row", { closing: false, selfClosing: false, end: 48 }, layout),
    ).toBe("\n\n");
    expect(layout).toEqual({ names: ["et_pb_button", "et_pb_row"], dropped: ["et_pb_button"] });
  });

  it("merges the names of a footnote's layout, each once, and says at most four", () => {
    const layout = { names: ["a_1", "a_2", "a_3"], dropped: [] };
    mergeLayout(layout, { names: ["a_3", "a_4", "a_5"], dropped: ["a_5"] });
    expect(layout).toEqual({ names: ["a_1", "a_2", "a_3", "a_4", "a_5"], dropped: ["a_5"] });
    expect(layoutMessage(layout)).toBe(
      "the page builder's layout shortcodes (a_1, a_2, a_3, a_4…) were removed and the text they held kept; what a_5 showed of its own (a button, an image, a divider…) is not shown. Fix: check that the post reads as it should",
    );
  });
});
