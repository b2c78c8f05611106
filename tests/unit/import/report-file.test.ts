import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkReportPath,
  markdownText,
  reportMarkdown,
  writeReportFile,
} from "../../../src/import/report-file.ts";

const summary =
  "Imported 2 posts from export.xml into posts/: 2 written (2 new, 0 updated), 0 unchanged, 0 kept (changed since the last import). 1 shortcode not converted, 1 image kept as a link.";

describe("reportMarkdown", () => {
  it("writes the summary, the counts and every line to check grouped by post, ordered by line", () => {
    const text = reportMarkdown({
      summary,
      posts: 2,
      report: {
        shortcodes: [
          'posts/zubair/index.md:11: [gallery ids="12"] was not converted (WordPress shortcode "gallery"); the post shows a note in its place. Fix: replace the note',
        ],
        notes: [
          "posts/zubair/index.md:3: the old URL says 2008-03-27. Fix: nothing to do",
          "posts/basra/index.md:14: a <script> was removed",
          '1 post had an old URL with no path (WordPress\'s "Plain" permalinks, /?p=123). Fix: nothing to do',
        ],
        images: [
          "posts/basra/index.md:9: the image http://old.example.org/a_b.jpg is kept as a link. Fix: show it: ![what it shows](a_b.jpg)",
        ],
      },
      media: [["images kept as links to the old site", 1]],
    });
    expect(text).toBe(
      [
        "# WordPress import report",
        "",
        summary,
        "",
        "| what | count |",
        "| ---- | ----: |",
        "| posts | 2 |",
        "| notes left to check | 4 |",
        "| shortcodes not converted | 1 |",
        "| notices | 3 |",
        "| images kept as links to the old site | 1 |",
        "",
        "## To check",
        "",
        '- [ ] 1 post had an old URL with no path (WordPress\'s "Plain" permalinks, /?p=123). Fix: nothing to do',
        "",
        "### posts/basra/index.md",
        "",
        "- [ ] `posts/basra/index.md:9` the image http://old.example.org/a\\_b.jpg is kept as a link. Fix: show it: \\!\\[what it shows\\](a\\_b.jpg)",
        "- [ ] `posts/basra/index.md:14` a \\<script\\> was removed",
        "",
        "### posts/zubair/index.md",
        "",
        "- [ ] `posts/zubair/index.md:3` the old URL says 2008-03-27. Fix: nothing to do",
        '- [ ] `posts/zubair/index.md:11` \\[gallery ids="12"\\] was not converted (WordPress shortcode "gallery"); the post shows a note in its place. Fix: replace the note',
        "",
      ].join("\n"),
    );
  });

  it("says when there is nothing to check", () => {
    expect(
      reportMarkdown({
        summary: "Imported 0 posts.",
        posts: 0,
        report: { shortcodes: [], notes: [], images: [] },
      }),
    ).toBe(
      [
        "# WordPress import report",
        "",
        "Imported 0 posts.",
        "",
        "| what | count |",
        "| ---- | ----: |",
        "| posts | 0 |",
        "| notes left to check | 0 |",
        "| shortcodes not converted | 0 |",
        "| notices | 0 |",
        "",
        "## To check",
        "",
        "Nothing to check.",
        "",
      ].join("\n"),
    );
  });

  it.each([
    ["a *b* _c_", "a \\*b\\* \\_c\\_"],
    ["`x` <b> [y](z) #1 | ~", "\\`x\\` \\<b\\> \\[y\\](z) \\#1 \\| \\~"],
    ["C:\\x", "C:\\\\x"],
  ])("escapes Markdown in %j", (text, expected) => {
    expect(markdownText(text)).toBe(expected);
  });
});

/** A project at `<tmp>/site` with posts/, _site/ and export.xml. */
function project(): string {
  const site = path.join(mkdtempSync(path.join(tmpdir(), "dispatch-report-file-")), "site");
  mkdirSync(path.join(site, "posts"), { recursive: true });
  mkdirSync(path.join(site, "_site"));
  writeFileSync(path.join(site, "export.xml"), "<rss/>");
  return site;
}

describe("checkReportPath", () => {
  it.each(["report.md", "./notes/report.md", "../report.md"])("accepts %s", (report) => {
    const site = project();
    mkdirSync(path.join(site, "notes"));
    expect(() => checkReportPath(report, "posts", "export.xml", site)).not.toThrow();
  });

  it.each([
    [
      "posts/report.md",
      "--report posts/report.md is inside the posts folder posts, which the build reads. Fix: give a path outside the site's folders, such as --report report.md",
    ],
    [
      "posts",
      "--report posts is inside the posts folder posts, which the build reads. Fix: give a path outside the site's folders, such as --report report.md",
    ],
    [
      "_site/report.md",
      "--report _site/report.md is inside the site's output folder _site/, which each build replaces. Fix: give a path outside the site's folders, such as --report report.md",
    ],
    [
      "export.xml",
      "--report export.xml is the export itself, which the report would replace. Fix: give a path outside the site's folders, such as --report report.md",
    ],
    [
      "../site",
      "--report ../site is a folder. Fix: give the path of the Markdown file to write, such as --report report.md",
    ],
    [
      "missing/report.md",
      "--report missing/report.md is in a folder that does not exist (missing). Fix: create the folder first, or give a path in an existing one",
    ],
  ])("refuses %s with the fix", (report, message) => {
    expect(() => checkReportPath(report, "posts", "export.xml", project())).toThrow(message);
  });
});

describe("writeReportFile", () => {
  it("replaces a previous report whole and leaves no temporary file", () => {
    const folder = mkdtempSync(path.join(tmpdir(), "dispatch-report-write-"));
    const file = path.join(folder, "report.md");
    writeFileSync(file, "old report, much longer than the new one\n");
    writeReportFile(file, "# New\n");
    expect(readFileSync(file, "utf8")).toBe("# New\n");
    expect(readdirSync(folder)).toEqual(["report.md"]);
  });

  it("throws when the folder is gone, leaving nothing", () => {
    const file = path.join(tmpdir(), "dispatch-report-gone", "report.md");
    expect(() => writeReportFile(file, "# x\n")).toThrow(/ENOENT/);
    expect(existsSync(file)).toBe(false);
  });
});
