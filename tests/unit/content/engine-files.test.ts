import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { engineFileProblems } from "../../../src/content/engine-files.ts";

/** Writes files into a temporary project and returns its root. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-engine-files-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const dataFile = (file: string) => ({
  file,
  line: 1,
  message:
    "is an Eleventy data file, which would set fields of the posts beside it (or run code) at build time; Dispatch does not read data files",
  fix: "remove it, and write each field in the front matter of the post's index.md",
});

describe("engineFileProblems", () => {
  it("follows no symbolic link, so a loop under posts/ ends at once (the link itself is refused elsewhere)", () => {
    const root = project({ "posts/a/index.md": "---\ntitle: A\n---\n" });
    symlinkSync("..", path.join(root, "posts/a/loop"));
    symlinkSync(root, path.join(root, "posts/a/project"));
    writeFileSync(path.join(root, "evil.njk"), "{{ x }}");
    expect(engineFileProblems(root)).toEqual([]);
  });

  it("refuses templates and Eleventy data files anywhere in posts/, each with its fix", () => {
    const root = project({
      "posts/a/index.md": "---\ntitle: A\n---\n",
      "posts/a/a.11tydata.js": "export default {}",
      "posts/a/index.11tydata.json": "{}",
      "posts/a/notes.njk": "{{ x }}",
      "posts/a/page.HTML": "<p>x</p>",
      "posts/a/code.11ty.js": "export default () => ''",
      "posts/b/sub/x.liquid": "{{ x }}",
      "posts/evil.njk": "{{ x }}",
      "posts/posts.11tydata.js": "export default {}",
      "posts/a/photo.png": "",
      "posts/a/places.geojson": "{}",
      "posts/a/a.json": "{}",
    });
    expect(engineFileProblems(root)).toEqual([
      dataFile("posts/a/a.11tydata.js"),
      {
        file: "posts/a/code.11ty.js",
        line: 1,
        message:
          "is a template (.11ty.js), which the build would run as code; a post is Markdown only, in its folder's index.md",
        fix: "remove it, and write the post's text in posts/a/index.md",
      },
      dataFile("posts/a/index.11tydata.json"),
      {
        file: "posts/a/notes.njk",
        line: 1,
        message:
          "is a template (.njk), which the build would run as code; a post is Markdown only, in its folder's index.md",
        fix: "remove it, and write the post's text in posts/a/index.md",
      },
      {
        file: "posts/a/page.HTML",
        line: 1,
        message:
          "is a template (.html), which the build would run as code; a post is Markdown only, in its folder's index.md",
        fix: "remove it, and write the post's text in posts/a/index.md",
      },
      {
        file: "posts/b/sub/x.liquid",
        line: 1,
        message:
          "is a template (.liquid), which the build would run as code; a post is Markdown only, in its folder's index.md",
        fix: "remove it, and write the post's text in posts/b/sub/index.md",
      },
      {
        file: "posts/evil.njk",
        line: 1,
        message:
          "is a template (.njk), which the build would run as code; a post is Markdown only, in its folder's index.md",
        fix: "remove it, and write the post's text in posts/<folder>/index.md",
      },
      dataFile("posts/posts.11tydata.js"),
    ]);
  });

  it('tolerates the posts/posts.11tydata.json of older projects when it holds only {"layout": "post.njk"}', () => {
    expect(
      engineFileProblems(project({ "posts/posts.11tydata.json": '{ "layout": "post.njk" }\n' })),
    ).toEqual([]);
    expect(
      engineFileProblems(
        project({
          "posts/posts.11tydata.json": '{ "layout": "post.njk", "templateEngineOverride": "njk" }',
        }),
      ),
    ).toEqual([dataFile("posts/posts.11tydata.json")]);
  });

  it("finds nothing in a project without posts/", () => {
    expect(engineFileProblems(project({ "pages/x.njk": "" }))).toEqual([]);
  });
});
