import { describe, expect, it } from "vitest";
import textPlugin from "../../../src/text/plugin.ts";

type Transform = (this: { page?: { outputPath?: string | false } }, content: string) => string;

/** The transform the plugin registers, as Eleventy would call it for `outputPath`. */
function transformFor(outputPath: string | false): (content: string) => string {
  let transform: Transform | undefined;
  textPlugin({
    addTransform: (_name: string, callback: Transform) => (transform = callback),
  } as never);
  return (content) => transform!.call({ page: { outputPath } }, content);
}

describe("textPlugin's guard on XML outputs", () => {
  it.each([
    ["_site/feed.xml", "<feed>Basra</feed>"],
    ["_site/posts/basra/index.html", "<p>Bas\u0008ra</p>"],
    [false, "Bas\u0008ra"],
  ] as const)("passes %s through as it is", (outputPath, content) => {
    expect(transformFor(outputPath)(content)).toBe(content);
  });

  it("stops an XML file holding a control character, as a bug in Dispatch", () => {
    expect(() => transformFor("_site/tags/iraq/feed.xml")("<feed>\n<title>Bas\u0008ra")).toThrow(
      "_site/tags/iraq/feed.xml would hold a control character (U+0008) at line 2, column 11, which XML cannot carry; a check let it through (a bug in Dispatch)",
    );
  });
});
