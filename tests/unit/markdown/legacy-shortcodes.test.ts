import { afterEach, describe, expect, it, vi } from "vitest";
import type { ContentProblem } from "../../../src/errors.ts";
import { convertBody } from "../../../src/import/body/convert.ts";
import {
  legacyShortcodes,
  matchShortcode,
  standaloneShortcode,
} from "../../../src/markdown/legacy-shortcodes.ts";
import { createMarkdown } from "../../../src/markdown/index.ts";
import { openStreetMapTiles } from "../../../src/site.ts";
import { renderVideoFigure } from "../../../src/video/figure.ts";
import { parseVideoUrl } from "../../../src/video/video-url.ts";
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
      `${file}:7: warning: [kml_flashembed] is a WordPress Flash video embed; Flash is gone and the video is shown as a note that it is not available. Fix: Replace it with a link to the video if you can find it, or delete it`,
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

  it("shows the alternative content of the enclosing form, as the import does, and warns", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(md.render('[kml_flashembed movie="f"]Some content[/kml_flashembed] after\n')).toBe(
      "<p>Some content after</p>\n",
    );
    expect(warn.mock.calls[0]?.[0]).toBe(
      "(unknown file):1: warning: [kml_flashembed] is a WordPress Flash video embed of no YouTube or Vimeo video; Flash is gone and readers see its alternative content. Fix: Replace it with a link to the video if you can find it, or remove the [kml_flashembed] tags",
    );
  });

  it("links to the video a [kml_flashembed] inside a paragraph names, and warns", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { env, body, file } = writePost([
      "---",
      "title: Basra",
      "---",
      'Watch [kml_flashembed movie="http://www.youtube.com/v/dQw4w9WgXcQ" /] here.',
    ]);
    expect(md.render(body, { ...env, title: "Basra" })).toBe(
      '<p>Watch <a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Video from “Basra”</a> here.</p>\n',
    );
    expect(warn.mock.calls.map((call) => call[0])).toEqual([
      `${file}:4: warning: [kml_flashembed] names a video but stands inside a paragraph, so readers get a link to the video, not the video. Fix: Put the shortcode in a paragraph of its own, or write {% video "URL" "Title" %} on a line of its own`,
    ]);
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

describe("standaloneShortcode", () => {
  it.each([
    [
      "[youtube https://www.youtube.com/watch?v=dQw4w9WgXcQ]",
      {
        name: "youtube",
        attributes: { named: {}, positional: ["https://www.youtube.com/watch?v=dQw4w9WgXcQ"] },
        content: undefined,
      },
    ],
    [
      "[embed]https://vimeo.com/76979871[/embed]",
      {
        name: "embed",
        attributes: { named: {}, positional: [] },
        content: "https://vimeo.com/76979871",
      },
    ],
    [
      '[Caption id="a"]<img src="a.jpg" alt="A">\nText[/caption]',
      {
        name: "caption",
        attributes: { named: { id: "a" }, positional: [] },
        content: '<img src="a.jpg" alt="A">\nText',
      },
    ],
    ["Watch [youtube https://youtu.be/dQw4w9WgXcQ]", undefined],
    ["[youtube https://youtu.be/dQw4w9WgXcQ] and more", undefined],
    ["\\[youtube https://youtu.be/dQw4w9WgXcQ\\]", undefined],
    ["[[caption]]", undefined],
    ['[gallery ids="1,2"]', undefined],
    ["[caption]never closed", undefined],
    ["[the minister]", undefined],
  ])("%j", (text, expected) => {
    expect(standaloneShortcode(text)).toEqual(expected);
  });
});

describe("a shortcode alone in its paragraph", () => {
  /** The video figure `{% video %}` makes for dQw4w9WgXcQ at line 4 of posts/basra/index.md. */
  const figure = (title: string) =>
    renderVideoFigure(
      parseVideoUrl("https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
      title,
      "video-basra-4",
    );

  it.each([
    [
      '[kml_flashembed movie="http://www.youtube.com/v/dQw4w9WgXcQ" width="425" height="350" /]',
      figure("Video from “Basra”"),
    ],
    [
      "[kml_flashembed movie=”http://www.youtube.com/v/dQw4w9WgXcQ&hl=en”]",
      figure("Video from “Basra”"),
    ],
    [
      "[youtube=http://www.youtube.com/watch?v=dQw4w9WgXcQ&w=425&h=350]",
      figure("Video from “Basra”"),
    ],
    [`[youtube id="dQw4w9WgXcQ" title='The "speech"']`, figure("The 'speech'")],
    ["[embed]https://youtu.be/dQw4w9WgXcQ[/embed]", figure("Video from “Basra”")],
    [
      "[vimeo 76979871]",
      renderVideoFigure(
        parseVideoUrl("https://vimeo.com/76979871"),
        "Video from “Basra”",
        "video-basra-4",
      ),
    ],
    [
      '[caption id="attachment_7" align="alignleft" width="300"]<a href="big.jpg"><img src="small.jpg" alt="Smoke" onerror="x()" /></a> Smoke over <em>Basra</em>[/caption]',
      '<figure>\n<a href="big.jpg"><img src="small.jpg" alt="Smoke" /></a>\n<figcaption>Smoke over <em>Basra</em></figcaption>\n</figure>\n',
    ],
  ])("%s", (shortcode, html) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { env, body } = writePost(["---", "title: Basra", "---", shortcode]);
    expect(md.render(body, { ...env, title: "Basra" })).toBe(html);
    expect(warn).not.toHaveBeenCalled();
  });

  it("shows an [embed] of another site's page as the import's link note, and warns with file and line", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { env, body, file } = writePost([
      "---",
      "title: Basra",
      "---",
      "Text.",
      "",
      "[embed]https://example.org/report?a=1&amp;b=2[/embed]",
    ]);
    expect(md.render(body, env)).toBe(
      '<p>Text.</p>\n<p><span class="legacy-embed" role="note" data-wordpress-shortcode="embed">Embedded on the old site: <a href="https://example.org/report?a=1&amp;b=2">https://example.org/report?a=1&amp;b=2</a></span></p>\n',
    );
    expect(warn.mock.calls.map((call) => call[0])).toEqual([
      `${file}:6: warning: [embed] embeds another site's page, which readers see as a link to it. Fix: Nothing to do, or say in the text what the page shows`,
    ]);
  });

  it.each([
    '[kml_flashembed movie="http://www.youtube.com/v/dQw4w9WgXcQ&hl=en&fs=1" /]',
    "[youtube https://www.youtube.com/watch?v=dQw4w9WgXcQ]",
    '[youtube id="dQw4w9WgXcQ" title="The speech"]',
    "[embed]https://vimeo.com/76979871[/embed]",
    "[vimeo]https://vimeo.com/76979871[/vimeo]",
    "[embed]https://example.org/report[/embed]",
  ])("%s: the same HTML as the import's conversion of it, rendered", (shortcode) => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const imported = convertBody(shortcode, "Basra").markdown;
    const env = { title: "Basra", page: { fileSlug: "basra" } };
    expect(md.render(shortcode, env)).toBe(md.render(imported, env));
  });

  it("makes a [caption] the import's figure, with the same image of the post's folder and caption", () => {
    const shortcode =
      '[caption id="a" width="300"]<img src="zubair.jpg" alt="Smoke" width="300" height="200" /> Smoke over Zubair[/caption]';
    const imported = convertBody(shortcode, "Basra").markdown;
    expect(md.render(`${imported}\n`)).toBe(
      '<figure>\n<img src="zubair.jpg" alt="Smoke" width="300" height="200">\n<figcaption>Smoke over Zubair</figcaption>\n</figure>\n',
    );
    expect(md.render(shortcode)).toBe(
      '<figure>\n<img src="zubair.jpg" alt="Smoke" width="300" height="200" />\n<figcaption>Smoke over Zubair</figcaption>\n</figure>\n',
    );
  });
});
