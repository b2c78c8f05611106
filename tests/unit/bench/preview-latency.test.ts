import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateArchive } from "../../../bench/generate.ts";
import { addSentence, measurePreview, retitle } from "../../../bench/preview-latency.ts";
import { freePort } from "../../helpers/dev-server.ts";

describe("addSentence", () => {
  it.each([
    [
      "a body ending in a newline",
      "---\ntitle: T\n---\nText.\n",
      1,
      "---\ntitle: T\n---\nText.\n\nAdded by the benchmark, edit 1.\n",
    ],
    [
      "a body ending in a footnote",
      "Text.[^1]\n\n[^1]: Note.\n\n\n",
      2,
      "Text.[^1]\n\n[^1]: Note.\n\nAdded by the benchmark, edit 2.\n",
    ],
    ["a body without a final newline", "Text.", 12, "Text.\n\nAdded by the benchmark, edit 12.\n"],
  ])("adds a paragraph to %s", (_, markdown, n, expected) => {
    expect(addSentence(markdown, n)).toEqual({
      markdown: expected,
      expect: `Added by the benchmark, edit ${n}.`,
    });
  });
});

describe("retitle", () => {
  it.each([
    [
      "a quoted title",
      '---\ntitle: "Oil: the question"\ndate: 2010-05-01\n---\nBody.\n',
      1,
      '---\ntitle: "Retitled in edit 1: Oil: the question"\ndate: 2010-05-01\n---\nBody.\n',
      "Retitled in edit 1: Oil: the question",
    ],
    [
      "an unquoted title",
      "---\ndate: 2010-05-01\ntitle: Water wars\n---\nBody.\n",
      3,
      '---\ndate: 2010-05-01\ntitle: "Retitled in edit 3: Water wars"\n---\nBody.\n',
      "Retitled in edit 3: Water wars",
    ],
    [
      "a title line in the body too",
      "---\ntitle: T\n---\ntitle: not front matter\n",
      1,
      '---\ntitle: "Retitled in edit 1: T"\n---\ntitle: not front matter\n',
      "Retitled in edit 1: T",
    ],
  ])("changes %s in the front matter only", (_, markdown, n, edited, expected) => {
    expect(retitle(markdown, n)).toEqual({ markdown: edited, expect: expected });
  });

  it("changes the title of a generated post and nothing else", () => {
    const [post] = generateArchive({ count: 1, seed: 1 });
    const markdown = post?.markdown ?? "";
    const title = /^title: "(.*)"$/m.exec(markdown)?.[1];
    const { markdown: edited, expect: shown } = retitle(markdown, 1);
    expect(shown).toBe(`Retitled in edit 1: ${title}`);
    expect(edited).toBe(markdown.replace(`title: "${title}"`, `title: "${shown}"`));
  });

  it("refuses a post with no title", () => {
    expect(() => retitle("---\ndate: 2010-05-01\n---\ntitle: body\n", 1)).toThrow(
      "the post's front matter has no title: line",
    );
  });
});

/**
 * A stand-in dev server: serves `/posts/<slug>/` as the text of `posts/<slug>.md` read at each
 * request (so an edit shows at once), on $PORT; with `never`, always the first text it read.
 */
const server = (never = false) => [
  process.execPath,
  "-e",
  `const fs = require("node:fs"); const first = {};
   require("node:http").createServer((req, res) => {
     const file = "posts/" + req.url.split("/")[2] + ".md";
     first[file] ??= fs.readFileSync(file, "utf8");
     res.end(${never ? "first[file]" : 'fs.readFileSync(file, "utf8")'});
   }).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("serving"));`,
];

describe("measurePreview", () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  /** A project with two posts, `posts/a.md` and `posts/b.md`. */
  const project = () => {
    const root = mkdtempSync(path.join(tmpdir(), "dispatch-bench-test-preview-"));
    made.push(root);
    mkdirSync(path.join(root, "posts"));
    for (const slug of ["a", "b"]) {
      writeFileSync(
        path.join(root, "posts", `${slug}.md`),
        `---\ntitle: Post ${slug}\n---\nText.\n`,
      );
    }
    return root;
  };
  /** A body edit of `a`, then a title change of `b`. */
  const edits = (root: string) =>
    (["a", "b"] as const).map((slug, i) => ({
      kind: i === 0 ? ("body" as const) : ("front-matter" as const),
      file: path.join(root, "posts", `${slug}.md`),
      url: `/posts/${slug}/`,
      label: slug,
    }));

  it("measures each save until the page shows it, then stops the server", async () => {
    const root = project();
    const logged: string[] = [];
    const result = await measurePreview({
      command: server(),
      cwd: root,
      port: await freePort(),
      edits: edits(root),
      log: (line) => logged.push(line),
    });
    expect(result.error).toBeUndefined();
    expect(result.startMs).toBeGreaterThan(0);
    expect(result.edits.map((e) => [e.kind, e.file, Number.isFinite(e.ms), e.error])).toEqual([
      ["body", "a", true, undefined],
      ["front-matter", "b", true, undefined],
    ]);
    expect(logged).toHaveLength(3);
  });

  it("says which save was never seen", async () => {
    const root = project();
    const result = await measurePreview({
      command: server(true),
      cwd: root,
      port: await freePort(),
      edits: edits(root).slice(0, 1),
      editTimeoutMs: 200,
      log: () => undefined,
    });
    expect(result.edits).toEqual([
      { kind: "body", file: "a", ms: Number.NaN, error: "not seen within 0.2 s" },
    ]);
  });

  it("says so when the server exits before serving", async () => {
    const root = project();
    const result = await measurePreview({
      command: [process.execPath, "-e", "console.error('no config'); process.exit(1)"],
      cwd: root,
      port: await freePort(),
      edits: edits(root),
      log: () => undefined,
    });
    expect(result.startMs).toBeNaN();
    expect(result.edits).toEqual([]);
    expect(result.error).toBe(
      `${process.execPath} -e console.error('no config'); process.exit(1) exited before serving:\nno config`,
    );
  });
});
