import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderStamp, type Post } from "../../../src/content/post.ts";
import {
  applyOverlays,
  servedPage,
  type Overlay,
  type ReloadEvent,
} from "../../../src/cli/preview.ts";

/** A post of folder `posts/<folder>` published at `url` (`undefined`: `permalink: false`). */
function post(folder: string, url: string | undefined): Post {
  return {
    file: `posts/${folder}/index.md`,
    folder: `posts/${folder}`,
    permalink: url === undefined ? undefined : { url },
  } as unknown as Post;
}

describe("servedPage", () => {
  it.each<[string, string, string | undefined, string, ReturnType<typeof servedPage>]>([
    [
      "a post at its folder's URL",
      "basra",
      "/posts/basra/",
      "/",
      {
        inputPath: "./posts/basra/index.md",
        outputPath: "_site/posts/basra/index.html",
        fileSlug: "basra",
        url: "/posts/basra/",
      },
    ],
    [
      "under a path prefix",
      "basra",
      "/posts/basra-battle/",
      "/blog/",
      {
        inputPath: "./posts/basra/index.md",
        outputPath: "_site/posts/basra-battle/index.html",
        fileSlug: "basra",
        url: "/blog/posts/basra-battle/",
      },
    ],
    [
      "a slug in Arabic script, percent-encoded as browsers show it",
      "basra",
      "/posts/البصرة/",
      "/",
      {
        inputPath: "./posts/basra/index.md",
        outputPath: "_site/posts/البصرة/index.html",
        fileSlug: "basra",
        url: "/posts/%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9/",
      },
    ],
    [
      "a permalink naming an .html file",
      "old",
      "/2008/old.html",
      "/",
      {
        inputPath: "./posts/old/index.md",
        outputPath: "_site/2008/old.html",
        fileSlug: "old",
        url: "/2008/old.html",
      },
    ],
    ["permalink: false", "hidden", undefined, "/", undefined],
  ])("%s", (_, folder, url, prefix, expected) => {
    expect(servedPage(post(folder, url), "_site", prefix)).toEqual(expected);
  });
});

describe("applyOverlays", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "dispatch-preview-overlays-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A page as layouts/post.njk writes it around `body`. */
  const page = (body: string) =>
    `<html><body><article><div class="post-body">\n${body}\n  </div></article></body></html>\n`;

  /**
   * A post folder, its page written by a rebuild that read the post before its last save (`old`
   * body), and the overlay of the preview of that save (`new` body).
   */
  function previewed(name: string): { overlay: Overlay; event: ReloadEvent } {
    const folder = path.join(dir, name);
    mkdirSync(folder);
    writeFileSync(path.join(folder, "index.md"), "---\ntitle: A\n---\nNew.\n");
    const outputPath = path.join(dir, `${name}.html`);
    writeFileSync(outputPath, page("<p>Old.</p>"));
    const inputPath = `./posts/${name}/index.md`;
    return {
      overlay: {
        inputPath,
        outputPath,
        folder,
        stamp: folderStamp(folder),
        body: "<p>New.</p>",
      },
      event: {
        files: [inputPath],
        build: {
          templates: [
            { url: `/posts/${name}/`, inputPath, content: page("<p>Old.</p>") },
            { url: "/", inputPath: "./pages/index.njk", content: "<p>Home</p>" },
          ],
        },
      },
    };
  }

  it("puts the previewed body into the rebuild's page and what browsers are sent, once", () => {
    const { overlay, event } = previewed("a");
    const overlays = new Map([[overlay.outputPath, overlay]]);
    applyOverlays(overlays, event);
    expect(readFileSync(overlay.outputPath, "utf8")).toBe(page("<p>New.</p>"));
    expect(event.build.templates.map((template) => template.content)).toEqual([
      page("<p>New.</p>"),
      "<p>Home</p>",
    ]);
    expect(overlays.size).toBe(0);
  });

  it("leaves the page of a post saved again since the preview to the rebuild after that save", () => {
    const { overlay, event } = previewed("b");
    writeFileSync(path.join(overlay.folder, "index.md"), "---\ntitle: A\n---\nNewer text.\n");
    applyOverlays(new Map([[overlay.outputPath, overlay]]), event);
    expect(readFileSync(overlay.outputPath, "utf8")).toBe(page("<p>Old.</p>"));
    expect(event.build.templates[0]?.content).toBe(page("<p>Old.</p>"));
  });
});
