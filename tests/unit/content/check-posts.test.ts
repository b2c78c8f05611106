import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkPosts, strayMarkdownProblem } from "../../../src/content/check-posts.ts";
import { formatProblem } from "../../../src/errors.ts";

const point =
  '{"type": "Feature", "properties": {"title": "C"}, "geometry": {"type": "Point", "coordinates": [47.81, 30.515]}}';

/** Writes files into a temporary project and returns its root. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-check-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe("checkPosts", () => {
  it("reports every problem in every post at once, ordered by file", () => {
    const root = project({
      "posts/a/index.md": "---\ntitle: 2008\ndate: 2008-03-27\n---\nText\n",
      "posts/b/index.md":
        '---\ntitle: B\ndate: 2008-02-31\n---\n\n```geojson\n{"type": "FeatureCollection", "features": []}\n```\n\n```geojson\n' +
        point.replace("47.81", "470") +
        "\n```\n",
      "posts/good/index.md": "---\ntitle: Good\ndate: 2008-03-27\n---\nText\n",
    });
    expect(checkPosts(root).map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'posts/a/index.md:2: front matter field "title": expected text, found the number 2008',
      'posts/b/index.md:3: front matter field "date": "2008-02-31" is not a date: write YYYY-MM-DD, or YYYY-MM-DDTHH:MM with an optional offset, on a day that exists',
      "posts/b/index.md:7: the FeatureCollection has no features",
      'posts/b/index.md:11: map feature 1 ("C"): position [470, 30.515] has longitude 470 outside [-180, 180]',
    ]);
  });

  it("tells a loose Markdown file in posts/ to become a folder", () => {
    const root = project({
      "posts/loose.md": "---\ntitle: 2008\n---\n",
      "posts/a/notes/index.md": "x",
    });
    expect(checkPosts(root)).toEqual([
      {
        file: "posts/a/notes/index.md",
        line: 1,
        message: "a post is a folder holding index.md, not a loose Markdown file",
        fix: "move it to posts/notes/index.md",
      },
      {
        file: "posts/loose.md",
        line: 1,
        message: "a post is a folder holding index.md, not a loose Markdown file",
        fix: "move it to posts/loose/index.md",
      },
    ]);
  });

  it("reports a control character in a permalink once, with its position", () => {
    const root = project({
      "posts/a/index.md": '---\ntitle: A\ndate: 2008-03-27\npermalink: "/x/\\u0007/"\n---\nText\n',
    });
    expect(checkPosts(root).map(formatProblem)).toEqual([
      'posts/a/index.md:4: front matter field "permalink" holds a control character (U+0007) at character 4. Fix: delete it; it is invisible, and feeds and maps cannot carry it',
    ]);
  });

  it("reports a link to itself and two links to each other as loops, not a raw ELOOP", () => {
    const root = project({ "posts/a/index.md": "---\ntitle: A\ndate: 2008-03-27\n---\nText\n" });
    symlinkSync("self", path.join(root, "posts/a/self"));
    symlinkSync("loop2", path.join(root, "posts/a/loop1"));
    symlinkSync("loop1", path.join(root, "posts/a/loop2"));
    const loop = (name: string, to: string) =>
      `posts/a/${name}: is a symbolic link to ${to} that leads back into itself (a loop); the build follows no link in posts/. Fix: delete the link`;
    expect(checkPosts(root).map(formatProblem)).toEqual([
      loop("loop1", "loop2"),
      loop("loop2", "loop1"),
      loop("self", "self"),
    ]);
  });

  it("refuses Markdown whatever the case of its name, which Eleventy would render unchecked", () => {
    const engine =
      "---\ntemplateEngineOverride: njk\npermalink: /assets/js/video.js\n---\n{{ 7*7 }}\n";
    const root = project({
      "posts/a/index.md": "---\ntitle: A\ndate: 2008-03-27\n---\nText\n",
      "posts/a/notes.MD": engine,
      "posts/b/INDEX.MD": engine,
      "posts/c/Index.md": engine,
      "posts/loose.Md": engine,
    });
    const loose = "a post is a folder holding index.md, not a loose Markdown file";
    expect(checkPosts(root).map((p) => `${p.file}:${p.line}: ${p.message}. Fix: ${p.fix}`)).toEqual(
      [
        `posts/a/notes.MD:1: ${loose}. Fix: move it to posts/notes/index.md`,
        "posts/b/INDEX.MD:1: a post's text is read from index.md, in lower case, not INDEX.MD. Fix: rename it to index.md",
        "posts/c/Index.md:1: a post's text is read from index.md, in lower case, not Index.md. Fix: rename it to index.md",
        `posts/loose.Md:1: ${loose}. Fix: move it to posts/loose/index.md`,
      ],
    );
  });

  it("checks a post again whenever a file in its folder changes, and across posts every time", () => {
    const root = project({
      "posts/a/index.md":
        "---\ntitle: A\ndate: 2008-03-27\nimage: {src: lead.png, alt: Smoke}\n---\nText\n",
      "posts/a/lead.png": "png",
      "posts/b/index.md": "---\ntitle: B\ndate: 2008-03-27\n---\nText\n",
    });
    const messages = () => checkPosts(root).map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(messages()).toEqual([]);
    // The lead image goes: the unchanged index.md is checked again, because its folder changed.
    rmSync(path.join(root, "posts/a/lead.png"));
    expect(messages()).toEqual([
      'posts/a/index.md:4: front matter field "image.src": "lead.png" is not a file in posts/a/',
    ]);
    writeFileSync(path.join(root, "posts/a/lead.png"), "png");
    expect(messages()).toEqual([]);
    // A change in one post is seen against the others, which are not read again.
    writeFileSync(
      path.join(root, "posts/b/index.md"),
      "---\ntitle: B\ndate: 2008-03-27\nslug: a\n---\nText\n",
    );
    expect(messages()).toEqual([
      "posts/b/index.md:4: the post's URL /posts/a/ is also the URL of posts/a/index.md (its folder's name); two posts cannot share a URL",
    ]);
  });

  it("finds nothing in a project without posts", () => {
    expect(checkPosts(project({}))).toEqual([]);
  });
});

describe("checkPosts: the journalism fields", () => {
  it("reports a lead image that is not in the post's folder, and updates dated before the post", () => {
    const root = project({
      "posts/a/index.md": [
        "---",
        "title: A",
        "date: 2008-03-27",
        "updated: 2007-03-28",
        "image:",
        "  src: missing.jpg",
        "  alt: Something",
        "corrections:",
        "  - date: 2008-03-28",
        "    text: Fine.",
        "  - date: 2008-03-26",
        "    text: Too early.",
        "---",
        "Text",
        "",
      ].join("\n"),
      "posts/b/index.md":
        "---\ntitle: B\ndate: 2008-03-27\nimage:\n  src: lead.png\n  alt: ''\n---\nText\n",
      "posts/b/lead.png": "png",
    });
    expect(checkPosts(root).map((p) => `${p.file}:${p.line}: ${p.message}. Fix: ${p.fix}`)).toEqual(
      [
        'posts/a/index.md:4: front matter field "updated": 2007-03-28 is before the post\'s date 2008-03-27. Fix: a post can only be updated or corrected after it is published; check the year',
        'posts/a/index.md:6: front matter field "image.src": "missing.jpg" is not a file in posts/a/. Fix: put the image in the post\'s folder and write its file name, e.g. src: lead.jpg, or give an https:// URL',
        'posts/a/index.md:11: front matter field "corrections.2.date": 2008-03-26 is before the post\'s date 2008-03-27. Fix: a post can only be updated or corrected after it is published; check the year',
      ],
    );
  });

  it("reports a correction with no text and an unknown kind, each on its line", () => {
    const root = project({
      "posts/a/index.md":
        "---\ntitle: A\ndate: 2008-03-27\ncorrections:\n  - date: 2008-03-28\n    kind: erratum\n    text: x\n  - date: 2008-03-29\n---\nText\n",
    });
    expect(checkPosts(root).map((p) => `${p.line}: ${p.message}`)).toEqual([
      '6: front matter field "corrections.1.kind": "erratum" is not one of "correction", "update"',
      '8: front matter field "corrections.2.text": expected text, found nothing',
    ]);
  });
});

describe("checkPosts: permalinks and aliases", () => {
  it("reports a slug that is not one, two posts on one URL and clashing aliases, naming both files", () => {
    const root = project({
      "posts/basra/index.md":
        "---\ntitle: A\ndate: 2008-03-27\naliases:\n  - /2008/03/27/old/\n---\n",
      "posts/copy/index.md": "---\ntitle: B\ndate: 2008-03-28\nslug: basra\n---\n",
      "posts/bad-slug/index.md": "---\ntitle: C\ndate: 2008-03-29\nslug: Basra Battle\n---\n",
      "posts/old/index.md":
        "---\ntitle: D\ndate: 2008-03-30\naliases: [/2008/03/27/old/, /posts/basra/]\n---\n",
    });
    expect(checkPosts(root)).toEqual([
      {
        file: "posts/bad-slug/index.md",
        line: 4,
        message:
          'front matter field "slug": "Basra Battle" is not a slug: a slug is lower-case letters and digits of any script, joined by single hyphens',
        fix: "write slug: basra-battle",
      },
      {
        file: "posts/copy/index.md",
        line: 4,
        message:
          "the post's URL /posts/basra/ is also the URL of posts/basra/index.md (its folder's name); two posts cannot share a URL",
        fix: "give this post another slug, e.g. slug: basra-2",
      },
      {
        file: "posts/old/index.md",
        line: 4,
        message:
          'front matter field "aliases.0": "/2008/03/27/old/" is also an alias at posts/basra/index.md:5; an old URL can redirect to one post only',
        fix: "keep the alias in one post and remove it from the other",
      },
      {
        file: "posts/old/index.md",
        line: 4,
        message:
          'front matter field "aliases.1": "/posts/basra/" is the URL of the post posts/basra/index.md, so the redirect would replace it',
        fix: "remove the alias",
      },
    ]);
  });
});

describe("strayMarkdownProblem", () => {
  it.each([
    ["posts/a/index.md", undefined],
    ["posts/a/INDEX.md", "a post's text is read from index.md, in lower case, not INDEX.md"],
    ["posts/a/index.MD", "a post's text is read from index.md, in lower case, not index.MD"],
    ["posts/Loose.md", "a post is a folder holding index.md, not a loose Markdown file"],
    ["posts/a/notes.md", "a post is a folder holding index.md, not a loose Markdown file"],
  ])("%s → %j", (file, message) => {
    expect(strayMarkdownProblem(file)?.message).toBe(message);
  });

  it.each([
    ["posts/Loose.md", "move it to posts/loose/index.md"],
    ["posts/a/b/index.md", "move it to posts/b/index.md"],
  ])("tells where %s goes: %s", (file, fix) => {
    expect(strayMarkdownProblem(file)?.fix).toBe(fix);
  });
});

describe("checkPosts: dates in the site's time zone", () => {
  it("accepts an update on the post's own day in the site's zone, though the day before in UTC", () => {
    const root = project({
      "posts/a/index.md":
        "---\ntitle: A\ndate: 2008-03-27\nupdated: 2008-03-27T00:30+03:00\n---\nText\n",
    });
    expect(checkPosts(root, "Asia/Baghdad")).toEqual([]);
    expect(checkPosts(root, "UTC").map((problem) => problem.message)).toEqual([
      'front matter field "updated": 2008-03-27T00:30+03:00 is before the post\'s date 2008-03-27',
    ]);
  });
});
