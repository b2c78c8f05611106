import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildSite,
  projectRoot,
  readPage,
  runVerify,
  type BuiltSite,
} from "../helpers/build-site.ts";

const fixture = path.join(projectRoot, "tests/fixtures/wordpress/export.xml");

/** Runs `npm run import:wordpress` (the real CLI) with `args`. */
function runImport(args: string[]) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(projectRoot, "src/cli/import-wordpress.ts"), ...args],
    { cwd: projectRoot, encoding: "utf8" },
  );
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir`, relative, with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((entry) => statSync(path.join(dir, entry)).isFile())
    .sort();
  return new Map(files.map((file) => [file, readFileSync(path.join(dir, file), "latin1")]));
}

/** Every built HTML page, relative to the output. */
function htmlPages(output: string): string[] {
  return readdirSync(output, { recursive: true, encoding: "utf8" })
    .filter((entry) => entry.endsWith(".html"))
    .sort();
}

describe("importing the WordPress fixture and building it", () => {
  let out: string;
  let first: ReturnType<typeof runImport>;
  let site: BuiltSite;
  beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), "dispatch-wordpress-"));
    first = runImport([fixture, "--out", out]);
    site = buildSite({ posts: out });
  });

  it("converts the six published posts and reports the shortcodes it did not convert and the images it linked", () => {
    expect(first.exitCode).toBe(0);
    expect(first.stderr).toBe("");
    const file = path.join(out, "photographs-from-basra/index.md");
    const smoke = path.join(out, "smoke-over-zubair/index.md");
    expect(first.stdout).toBe(
      `${file}:11: [gallery ids="12,13,14" columns="3"] was not converted (WordPress shortcode "gallery"); the post shows a note in its place. Fix: replace the note with what the shortcode showed, or delete it\n` +
        `${file}:13: [pollvote id="7"] was not converted (WordPress shortcode "pollvote"); the post shows a note in its place. Fix: replace the note with what the shortcode showed, or delete it\n` +
        `${smoke}:13: the image http://blog.example.org/wp-content/uploads/2008/03/zubair.jpg is kept as a link to the old site, not shown (the site shows only its own images). Fix: copy it into ${path.dirname(smoke)}/ and show it from there: ![what it shows](zubair.jpg)\n` +
        `Imported 6 posts from ${fixture} into ${out}/: 6 written (6 new, 0 updated), 0 unchanged, 0 kept (changed since the last import). Skipped 3 items: 1 draft, 1 page, 1 attachment. 2 shortcodes not converted, 1 image kept as a link.\n`,
    );
    expect(readFileSync(file, "utf8").split("\n")[10]).toContain(
      'data-wordpress-shortcode="gallery"',
    );
  });

  it("builds, with no raw shortcode left in any page", () => {
    expect(site.stderr).toBe("");
    expect(site.exitCode).toBe(0);
    const pages = htmlPages(site.output);
    expect(pages).toContain("posts/continuing-battle-for-the-south-basra/index.html");
    const raw: string[] = [];
    for (const page of pages) {
      const html = readFileSync(path.join(site.output, page), "utf8");
      const found = /\\?\[\/?(caption|embed|youtube|vimeo|kml_flashembed|gallery|pollvote)\b/i.exec(
        html,
      );
      if (found) raw.push(`${page}: ${found[0]}`);
    }
    expect(raw).toEqual([]);
  });

  it("shows each conversion on its page", () => {
    const basra = readPage(site.output, "/posts/continuing-battle-for-the-south-basra/");
    expect(basra.querySelector("h1")?.textContent).toBe("Continuing Battle for the South: Basra");
    expect(basra.querySelector(".post-body .legacy-embed, .legacy-embed")?.textContent).toBe(
      "The video embedded in the original post is not available.",
    );
    const figure = readPage(site.output, "/posts/smoke-over-zubair/").querySelector(
      "figure:not([data-dispatch-map])",
    );
    // The old site's image is a link to its full size, not an image the site's policy would block.
    expect(figure?.querySelector("img")).toBeNull();
    const image = figure?.querySelector("a");
    expect(image?.getAttribute("href")).toBe(
      "http://blog.example.org/wp-content/uploads/2008/03/zubair.jpg",
    );
    expect(image?.textContent).toBe("Image: Black smoke over flat desert");
    expect(figure?.querySelector("figcaption")?.textContent).toBe(
      "Smoke over the Zubair-1 pipeline, 27 March 2008",
    );
    const videos = readPage(site.output, "/posts/residents-of-basra/").querySelectorAll(
      "figure a[href]",
    );
    expect([...videos].map((link) => link.getAttribute("href"))).toEqual([
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
      "https://vimeo.com/76979871",
    ]);
    const gallery = readPage(site.output, "/posts/photographs-from-basra/").querySelector(
      '[data-wordpress-shortcode="gallery"]',
    );
    expect(gallery?.textContent).toBe(
      'Not converted from WordPress: the shortcode gallery ids="12,13,14" columns="3"',
    );
    expect(existsSync(path.join(site.output, "posts/basra-the-ceasefire-2/index.html"))).toBe(true);
  });

  it("keeps the old WordPress URLs working as redirects to the imported posts", () => {
    const moved = readPage(site.output, "/2008/03/27/continuing-battle-for-the-south-basra/");
    expect(moved.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
      "https://example.org/posts/continuing-battle-for-the-south-basra/",
    );
    const redirects = readFileSync(path.join(site.output, "_redirects"), "utf8");
    expect(redirects).toContain(
      "/2008/04/01/basra-the-ceasefire/ /posts/basra-the-ceasefire-2/ 301\n",
    );
  });

  it("passes npm run verify: valid HTML, links that resolve, nothing the site's policy blocks", () => {
    const verify = runVerify(site.root);
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });

  it("changes nothing when run again", () => {
    const before = snapshot(out);
    const second = runImport([fixture, "--out", out]);
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain(
      `Imported 6 posts from ${fixture} into ${out}/: 0 written (0 new, 0 updated), 6 unchanged, 0 kept`,
    );
    expect(snapshot(out)).toEqual(before);
  });

  it("never overwrites a post edited since the import without --force; --dry-run writes nothing", () => {
    const file = path.join(out, "basra-the-ceasefire/index.md");
    const edited = `${readFileSync(file, "utf8")}\nAn editor's addition.\n`;
    writeFileSync(file, edited);
    const before = snapshot(out);
    const dry = runImport([fixture, "--out", out, "--dry-run", "--drafts"]);
    expect(dry.exitCode).toBe(0);
    expect(dry.stdout.split("\n").slice(0, 2)).toEqual([
      `${file}: would keep (changed since the last import; --force to overwrite)`,
      `${path.join(out, "notes-on-the-basra-police/index.md")}: would write`,
    ]);
    expect(snapshot(out)).toEqual(before);

    const kept = runImport([fixture, "--out", out]);
    expect(kept.stderr).toBe(
      `${file}: changed since the last import, so it was not overwritten. Fix: run again with --force to replace it with the export's version\n`,
    );
    expect(readFileSync(file, "utf8")).toBe(edited);

    const forced = runImport([fixture, "--out", out, "--force"]);
    expect(forced.stderr).toBe("");
    expect(forced.stdout).toContain("1 written (0 new, 1 updated), 5 unchanged, 0 kept");
    expect(readFileSync(file, "utf8")).not.toContain("An editor's addition.");
  });

  it("refuses a missing file and a file that is not a WordPress export, with exit 1", () => {
    const missing = runImport([path.join(out, "nope.xml")]);
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toBe(
      `import:wordpress: ${path.join(out, "nope.xml")} does not exist. Fix: give the path of the .xml file WordPress saved (Tools → Export)\n`,
    );
    const notWxr = runImport([path.join(projectRoot, "package.json")]);
    expect(notWxr.exitCode).toBe(1);
    expect(notWxr.stderr).toMatch(
      /^import:wordpress: .*package\.json:1: this is not XML \(.*\)\. Fix: export the site again/,
    );
    expect(notWxr.stderr).not.toContain("    at ");
  });
});
