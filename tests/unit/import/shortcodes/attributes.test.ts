import { describe, expect, it } from "vitest";
import { parseAttributes } from "../../../../src/import/shortcodes/attributes.ts";

describe("parseAttributes", () => {
  it.each([
    [
      "id=\"a\" width=300 caption='x y'",
      { named: { id: "a", width: "300", caption: "x y" }, positional: [] },
    ],
    [
      "movie=”http://x/y.swf” wmode=“transparent”",
      { named: { movie: "http://x/y.swf", wmode: "transparent" }, positional: [] },
    ],
    ["title=‘Sadr’s men’", { named: { title: "Sadr’s men" }, positional: [] }],
    ["=http://youtu.be/x&amp;w=2", { named: {}, positional: ["http://youtu.be/x&w=2"] }],
    [" 76979871 Width=400", { named: { width: "400" }, positional: ["76979871"] }],
  ])("%s", (text, attributes) => {
    expect(parseAttributes(text)).toEqual(attributes);
  });
});
