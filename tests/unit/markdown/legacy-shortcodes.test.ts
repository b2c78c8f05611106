import { afterEach, describe, expect, it, vi } from "vitest";
import type { ContentProblem } from "../../../src/errors.ts";
import { legacyShortcodes, matchShortcode } from "../../../src/markdown/legacy-shortcodes.ts";
import { createMarkdown } from "../../../src/markdown/index.ts";
import { openStreetMapTiles } from "../../../src/site.ts";
import { writePost } from "../../helpers/post-file.ts";

const md = createMarkdown({ tiles: openStreetMapTiles });
const shortcode = '[kml_flashembed movie="" width="425" height="350" wmode="transparent" /]';

afterEach(() => {
  vi.restoreAllMocks();
});

describe("matchShortcode", () => {
  it.each([
    [shortcode, { name: "kml_flashembed", closing: false, length: shortcode.length }],
    [
      "[kml_flashembed movie=http://x/y.swf]",
      { name: "kml_flashembed", closing: false, length: 37 },
    ],
    ["[KML_FlashEmbed /]", { name: "kml_flashembed", closing: false, length: 18 }],
    ["[/kml_flashembed] after", { name: "kml_flashembed", closing: true, length: 17 }],
    ["[/kml_flashembed movie=x]", undefined],
    ["[sic]", undefined],
    ["[a link](https://example.org)", undefined],
    ['[kml_flashembed movie="unclosed', undefined],
  ])("%s", (text, match) => {
    expect(matchShortcode(text)).toEqual(match);
  });
});

describe("a legacy shortcode in a post", () => {
  it("renders as a visible note instead of brackets, keeping the paragraph's text", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const html = md.render(`Below is an informative piece. ${shortcode}\n`);
    expect(html).toBe(
      '<p>Below is an informative piece. <span class="legacy-embed" role="note">The video embedded in the original post is not available.</span></p>\n',
    );
  });

  it("warns with the line it stands on", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { env, body, file } = writePost([
      "---",
      "title: t",
      "---",
      "First paragraph.",
      "",
      "Second paragraph,",
      `wrapped here ${shortcode}`,
    ]);
    md.render(body, env);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toBe(
      `${file}:7: warning: [kml_flashembed] is a WordPress Flash video embed; Flash is gone and the video is shown as a note that it is not available. Replace it with a link to the video if you can find it, or delete it`,
    );
  });

  it("reports its warning to the markdown instance's own warn, when given, instead of stderr", () => {
    const printed = vi.spyOn(console, "warn").mockImplementation(() => {});
    const warnings: ContentProblem[] = [];
    const own = createMarkdown({ tiles: openStreetMapTiles, warn: (p) => warnings.push(p) });
    const { env, body, file } = writePost(["---", "title: t", "---", `Text ${shortcode}`]);
    own.render(body, env);
    expect(printed).not.toHaveBeenCalled();
    expect(warnings).toEqual([
      {
        file,
        line: 4,
        message: legacyShortcodes.kml_flashembed?.warning,
        fix: legacyShortcodes.kml_flashembed?.fix,
      },
    ]);
  });

  it("drops the closing tag and the content of the enclosing form, keeping one note", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(md.render('[kml_flashembed movie="f"]Some content[/kml_flashembed] after\n')).toBe(
      '<p><span class="legacy-embed" role="note">The video embedded in the original post is not available.</span>Some content after</p>\n',
    );
  });

  it("warns with the line of a table row it stands in", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { env, body, file } = writePost([
      "---",
      "title: t",
      "---",
      "| a | b |",
      "| - | - |",
      "| x | y |",
      `| z | ${shortcode} |`,
    ]);
    md.render(body, env);
    expect(warn.mock.calls[0]?.[0]).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:7: warning:`),
    );
  });

  it("is left alone inside code", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(md.render(`\`${shortcode}\`\n`)).toBe(
      `<p><code>${shortcode.replace(/"/g, "&quot;")}</code></p>\n`,
    );
    expect(warn).not.toHaveBeenCalled();
  });
});
