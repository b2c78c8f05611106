import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { convertBody } from "../../src/import/body/convert.ts";
import { buildSite, projectRoot, readPage, runVerify } from "../helpers/build-site.ts";

/** Shortcodes a hand-written post may hold, each alone in its paragraph, and what readers get. */
const shortcodes: [string, string][] = [
  ['[kml_flashembed movie="http://www.youtube.com/v/dQw4w9WgXcQ" /]', "video"],
  ['[kml_flashembed movie="http://www.youtube.com/v/dQw4w9WgXcQ&hl=en&fs=1" width="425"]', "video"],
  ["[youtube=http://www.youtube.com/watch?v=dQw4w9WgXcQ&w=425&h=350]", "video"],
  ['[youtube id="dQw4w9WgXcQ" title="The speech in Basra"]', "video"],
  ["[embed]https://youtu.be/dQw4w9WgXcQ[/embed]", "video"],
  ["[embed]https://vimeo.com/76979871[/embed]", "video"],
  ["[vimeo 76979871]", "video"],
  ["[embed]https://example.org/report[/embed]", "link note"],
];

/** A post's file: front matter on lines 1–4, the body from line 5. */
function post(body: string): string {
  return `---\ntitle: Basra\ndate: 2008-03-27\n---\n${body.trim()}\n`;
}

/** The posts: `hand-N` holds shortcode N as written, `imported-N` what the import made of it. */
function postsFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "dispatch-shortcode-posts-"));
  const write = (name: string, text: string) => {
    mkdirSync(path.join(folder, name));
    writeFileSync(path.join(folder, name, "index.md"), text);
  };
  for (const [index, [shortcode]] of shortcodes.entries()) {
    write(`hand-${index}`, post(shortcode));
    write(`imported-${index}`, post(convertBody(shortcode, "Basra").markdown));
  }
  write(
    "caption",
    post(
      '[caption id="attachment_7" align="alignleft" width="300"]<img src="photo.png" alt="Smoke over Zubair" /> Smoke over <em>Zubair</em>, 27 March[/caption]',
    ),
  );
  copyFileSync(
    path.join(projectRoot, "tests/fixtures/posts/plain-markdown/plain/photo.png"),
    path.join(folder, "caption/photo.png"),
  );
  write(
    "imported-caption",
    post(
      convertBody(
        '[caption id="attachment_7" align="alignleft" width="300"]<img src="http://old.example.org/photo.png" alt="Smoke over Zubair" /> Smoke over <em>Zubair</em>, 27 March[/caption]',
        "Basra",
      ).markdown,
    ),
  );
  write("gone", post('Below was a video.\n\n[kml_flashembed movie="" width="425" /]'));
  return folder;
}

describe("WordPress shortcodes in hand-written posts, built", () => {
  const site = buildSite({ posts: postsFolder() });
  const body = (slug: string) =>
    readPage(site.output, `/posts/${slug}/`).querySelector(".post-body");

  it("builds, warning with file and line where readers get less than the old site showed, and passes npm run verify", () => {
    expect(site.exitCode).toBe(0);
    const warnings = site.stderr.split("\n").filter((line) => line.includes("warning:"));
    expect(warnings).toEqual([
      "posts/gone/index.md:7: warning: [kml_flashembed] is a WordPress Flash video embed; Flash is gone and the video is shown as a note that it is not available. Fix: Replace it with a link to the video if you can find it, or delete it",
      `posts/hand-${shortcodes.length - 1}/index.md:5: warning: [embed] embeds another site's page, which readers see as a link to it. Fix: Nothing to do, or say in the text what the page shows`,
    ]);
    expect(runVerify(site.root)).toMatchObject({ exitCode: 0, stderr: "" });
  });

  it.each(shortcodes.map(([shortcode, shows], index) => [shortcode, shows, index] as const))(
    "%s gives the %s the import's conversion gives",
    (_shortcode, shows, index) => {
      const hand = body(`hand-${index}`)?.innerHTML.replace(/video-hand-/g, "video-imported-");
      expect(hand).toMatch(
        shows === "video"
          ? /^\s*<figure class="video-embed" id="video-imported-\d+-5"/
          : /^\s*<p><span class="legacy-embed" role="note" data-wordpress-shortcode="embed">Embedded on the old site: <a href="https:\/\/example.org\/report">/,
      );
      expect(hand).toBe(body(`imported-${index}`)?.innerHTML);
    },
  );

  it("makes a [kml_flashembed] of a YouTube movie a video readers can play, with the video module", () => {
    const page = readPage(site.output, "/posts/hand-0/");
    const figure = page.querySelector(".post-body figure.video-embed");
    expect({
      id: figure?.id,
      embed: figure?.getAttribute("data-embed-url"),
      title: figure?.getAttribute("data-video-title"),
      link: figure?.querySelector("figcaption a")?.getAttribute("href"),
      scripts: [...page.querySelectorAll("script[src]")].map((script) =>
        script.getAttribute("src"),
      ),
    }).toEqual({
      id: "video-hand-0-5",
      embed: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
      title: "Video from “Basra”",
      link: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      scripts: ["/assets/js/video.js"],
    });
  });

  it("makes a [caption] the import's figure: the post's own image, and the same caption", () => {
    const figure = body("caption")?.querySelector("figure");
    const imported = body("imported-caption")?.querySelector("figure");
    expect(figure?.querySelector("figcaption")?.outerHTML).toBe(
      "<figcaption>Smoke over <em>Zubair</em>, 27 March</figcaption>",
    );
    expect(imported?.querySelector("figcaption")?.outerHTML).toBe(
      figure?.querySelector("figcaption")?.outerHTML,
    );
    expect(figure?.querySelector("img")?.getAttribute("alt")).toBe("Smoke over Zubair");
    expect(imported?.querySelector("a")?.textContent).toBe("Image: Smoke over Zubair");
    expect(body("caption")?.textContent).not.toContain("[caption");
  });

  it("shows the note where the Flash video is gone", () => {
    expect(body("gone")?.querySelector(".legacy-embed")?.textContent).toBe(
      "The video embedded in the original post is not available.",
    );
  });
});
