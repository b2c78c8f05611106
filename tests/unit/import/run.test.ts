import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runImport } from "../../../src/import/run.ts";

const fixture = path.resolve(import.meta.dirname, "../../fixtures/wordpress/export.xml");
const scratch = mkdtempSync(path.join(tmpdir(), "dispatch-run-import-"));
// A Dispatch project, whose posts/ the import may write to.
writeFileSync(path.join(scratch, ".eleventy.ts"), "export default () => {};\n");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the import in-process; returns its exit code and what it printed. */
function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const exitCode = runImport(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { exitCode, out, err };
}

describe("running the import", () => {
  it.each([
    [[], "import:wordpress: give one WordPress export file"],
    [["a.xml", "b.xml"], "import:wordpress: give one WordPress export file"],
  ])("refuses the arguments %j with the usage, exit 2", (args, said) => {
    expect(run(args)).toEqual({
      exitCode: 2,
      out: [],
      err: [
        `${said}\nUsage: npm run import:wordpress -- export.xml [--out posts] [--dry-run] [--drafts] [--force]`,
      ],
    });
  });

  it("refuses a missing export with the fix, exit 1", () => {
    const missing = path.join(scratch, "nope.xml");
    expect(run([missing])).toEqual({
      exitCode: 1,
      out: [],
      err: [
        `import:wordpress: ${missing} does not exist. Fix: give the path of the .xml file WordPress saved (Tools → Export)`,
      ],
    });
  });

  it("says in a dry run what it would write, and writes nothing", () => {
    const out = path.join(scratch, "posts");
    const result = run([fixture, "--out", out, "--dry-run"]);
    expect(result.exitCode).toBe(0);
    expect(result.out[0]).toBe(
      `${path.join(out, "continuing-battle-for-the-south-basra/index.md")}: would write`,
    );
    expect(result.out.at(-1)).toBe(
      `Dry run, nothing was written. 6 posts from ${fixture} into ${out}/: 6 to write (6 new, 0 updated), 0 unchanged, 0 kept (changed since the last import). Skipped 3 items: 1 draft, 1 page, 1 attachment. 1 shortcode not converted, 2 images kept as links.`,
    );
    expect(run([fixture, "--out", out, "--dry-run"]).out).toEqual(result.out);
  });

  it.each(["posts/imported", "../elsewhere", "out"])(
    "refuses --out %s before anything is written, exit 1, with the fix",
    (out) => {
      const given = path.join(scratch, out);
      expect(run([fixture, "--out", given])).toEqual({
        exitCode: 1,
        out: [],
        err: [
          `import:wordpress: --out ${given} is not a folder the build reads posts from: the build publishes only posts/<folder>/index.md in the project's root, so posts written there would never be published. Fix: import straight into the posts folder, --out posts (the default), or into another project's, --out ../other-site/posts`,
        ],
      });
      expect(existsSync(given)).toBe(false);
    },
  );

  it("writes the whole report as Markdown with --report, grouped by post, each line with file:line", () => {
    const site = path.join(scratch, "site");
    mkdirSync(site);
    writeFileSync(path.join(site, ".eleventy.ts"), "export default () => {};\n");
    const posts = path.join(site, "posts");
    const report = path.join(site, "report.md");
    const result = run([fixture, "--out", posts, "--report", report]);
    expect(result.exitCode).toBe(0);
    expect(result.out.at(-1)).toBe(`The report is in ${report}.`);
    const gallery = `${posts}/photographs-from-basra/index.md`;
    const smoke = `${posts}/smoke-over-zubair/index.md`;
    expect(readFileSync(report, "utf8")).toBe(
      [
        "# WordPress import report",
        "",
        `Imported 6 posts from ${fixture} into ${posts}/: 6 written (6 new, 0 updated), 0 unchanged, 0 kept (changed since the last import). Skipped 3 items: 1 draft, 1 page, 1 attachment. 2 shortcodes not converted, 1 image kept as a link.`,
        "",
        "| what | count |",
        "| ---- | ----: |",
        "| posts | 6 |",
        "| notes left to check | 2 |",
        "| shortcodes not converted | 2 |",
        "| notices | 0 |",
        "| images kept as links to the old site | 1 |",
        "",
        "## To check",
        "",
        `### ${gallery}`,
        "",
        `- [ ] \`${gallery}:11\` \\[gallery ids="12,13,14" columns="3"\\] was not converted (WordPress shortcode "gallery"); the post shows a note in its place. Fix: replace the note with what the shortcode showed, or delete it`,
        `- [ ] \`${gallery}:13\` \\[pollvote id="7"\\] was not converted (WordPress shortcode "pollvote"); the post shows a note in its place. Fix: replace the note with what the shortcode showed, or delete it`,
        "",
        `### ${smoke}`,
        "",
        `- [ ] \`${smoke}:13\` the image http://blog.example.org/wp-content/uploads/2008/03/zubair.jpg is kept as a link to the old site, not shown (the site shows only its own images). Fix: copy it into ${posts}/smoke-over-zubair/ and show it from there: \\!\\[what it shows\\](zubair.jpg)`,
        "",
      ].join("\n"),
    );
  });

  it("refuses --report inside the posts folder before anything is written", () => {
    const out = path.join(scratch, "posts");
    const report = path.join(out, "report.md");
    expect(run([fixture, "--out", out, "--report", report])).toEqual({
      exitCode: 1,
      out: [],
      err: [
        `import:wordpress: --report ${report} is inside the posts folder ${out}, which the build reads. Fix: give a path outside the site's folders, such as --report report.md`,
      ],
    });
    expect(existsSync(report)).toBe(false);
  });
});
