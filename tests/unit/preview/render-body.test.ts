import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Post } from "../../../src/content/post.ts";
import { resolveOptions } from "../../../src/images/plugin.ts";
import { createMarkdown } from "../../../src/markdown/index.ts";
import {
  createBodyRenderer,
  relativeImageUrls,
  type RenderedBody,
} from "../../../src/preview/render-body.ts";
import { site } from "../../../src/site.ts";
import { collection, point } from "../../helpers/basra-features.ts";

const previous = process.cwd();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "dispatch-preview-render-"));
  mkdirSync(path.join(dir, "posts/basra"), { recursive: true });
  mkdirSync(path.join(dir, "_site/posts/basra"), { recursive: true });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"></svg>`;
  writeFileSync(path.join(dir, "posts/basra/drawn.svg"), svg);
  writeFileSync(path.join(dir, "_site/posts/basra/drawn.svg"), svg);
  writeFileSync(path.join(dir, "posts/basra/new.svg"), svg);
  process.chdir(dir);
});
afterAll(() => {
  process.chdir(previous);
  rmSync(dir, { recursive: true, force: true });
});

/** The post `posts/basra/index.md` with `body` below 4 lines of front matter holding `data`. */
function post(body: string, data: Record<string, unknown> = {}): Post {
  return {
    file: "posts/basra/index.md",
    folder: "posts/basra",
    body,
    frontMatter: { data: { title: "Basra", ...data }, bodyOffset: 4 },
  } as unknown as Post;
}

const page = {
  inputPath: "./posts/basra/index.md",
  outputPath: "_site/posts/basra/index.html",
  fileSlug: "basra",
};

const render = createBodyRenderer({
  tiles: site.tiles,
  language: site.language,
  images: resolveOptions({}),
});

const mapBlock = [
  "```geojson",
  JSON.stringify(collection(point([47.81, 30.51]), point([47.7, 30.4], { title: "Port" }))),
  "```",
].join("\n");

describe("createBodyRenderer", () => {
  it("renders a body as the build's markdown-it instance does, front matter (a dateline) read", async () => {
    const body = 'A "quoted" word -- and more...\n\n## Part one\n';
    const env = { dateline: "BASRA, Iraq", page, postBodyOffset: () => 4 };
    const build = createMarkdown({ tiles: site.tiles, language: site.language }).render(body, env);
    const rendered = (await render(post(body, { dateline: "BASRA, Iraq" }), page)) as RenderedBody;
    expect(rendered).toEqual({ html: build, besideFiles: [] });
    expect(rendered.html).toContain('<span class="dateline">BASRA, Iraq</span>');
    expect(rendered.html).toContain("“quoted” word – and more…");
  });

  it("hands back the files a map draws, named by the map's ordinal in the post", async () => {
    const rendered = (await render(post(`Text.\n\n${mapBlock}\n`), page)) as RenderedBody;
    expect(rendered.besideFiles.map((file) => file.path).sort()).toEqual(
      ["map-1-ground.json", "map-1-locator.svg", "map-1.geojson", "map-1.svg"].map((name) =>
        path.join("_site/posts/basra", name),
      ),
    );
    expect(rendered.html).toContain('src="map-1.svg"');
    expect(rendered.besideFiles.find((file) => file.path.endsWith(".svg"))?.content).toMatch(
      /^<svg/,
    );
  });

  it("fails, handing back no files, for a body whose map block is not GeoJSON", async () => {
    const rendered = await render(
      post(`${mapBlock}\n\n\`\`\`geojson\n{"type": 1}\n\`\`\`\n`),
      page,
    );
    expect(rendered).toMatchObject({ reason: "failed" });
    expect(String((rendered as { error: Error }).error.message)).toContain(
      "posts/basra/index.md:10",
    );
    const next = (await render(post("Text.\n"), page)) as RenderedBody;
    expect(next).toEqual({ html: "<p>Text.</p>\n", besideFiles: [] });
  });

  it.each<[string, string, RenderedBody | { reason: string }]>([
    [
      "an image already beside the page",
      "![A drawing](drawn.svg)\n",
      {
        html: '<p><img src="drawn.svg" alt="A drawing" width="40" height="20" loading="lazy" decoding="async"></p>\n',
        besideFiles: [],
      },
    ],
    ["an image not yet beside the page", "![A drawing](new.svg)\n", { reason: "images" }],
    [
      // The check before the build reports it: the post has a problem, and no preview.
      "an image that is not in the folder, left as written",
      "![A photo](gone.png)\n",
      { html: '<p><img src="gone.png" alt="A photo"></p>\n', besideFiles: [] },
    ],
  ])("%s", async (_, body, expected) => {
    expect(await render(post(body), page)).toEqual(expected);
  });
});

describe("relativeImageUrls", () => {
  it.each<[string, string[]]>([
    ['<img src="a.svg" alt="">', ["a.svg"]],
    [
      '<picture><source type="image/avif" srcset="a-1-400.avif 400w, a-1-800.avif 800w"><img src="a-1-800.jpg"></picture>',
      ["a-1-400.avif", "a-1-800.avif", "a-1-800.jpg"],
    ],
    ['<img src="/assets/x.png"><img src="https://example.org/y.png"><img src="data:x">', []],
  ])("%s", (html, urls) => {
    expect(relativeImageUrls(html)).toEqual(urls);
  });
});
