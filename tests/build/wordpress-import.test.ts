import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manifestName } from "../../src/import/manifest.ts";
import { runImport } from "../../src/import/run.ts";
import {
  buildSite,
  dispatchArgs,
  projectRoot,
  readPage,
  runVerify,
  type BuiltSite,
  type VerifyRun,
} from "../helpers/build-site.ts";

const fixture = path.join(projectRoot, "tests/fixtures/wordpress/export.xml");

/** What an import printed, as its command would: each line ended by a newline. */
interface ImportRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `npm run import:wordpress` (the real CLI, `src/cli/import-wordpress.ts`) with `args`, in a
 * process of its own: for what only the command shows (its exit code, no stack trace).
 */
function runCli(args: string[]): ImportRun {
  const result = spawnSync(process.execPath, dispatchArgs(projectRoot, "import-wordpress", args), {
    cwd: projectRoot,
    encoding: "utf8",
  });
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the import in this process (`runImport`, which the CLI calls with the same arguments) and
 * returns what the command would print and its exit code.
 */
async function importWordpress(args: string[]): Promise<ImportRun> {
  let stdout = "";
  let stderr = "";
  const exitCode = await runImport(
    args,
    { out: (line) => (stdout += `${line}\n`), err: (line) => (stderr += `${line}\n`) },
    path.join(projectRoot, "pages"),
  );
  return { exitCode, stdout, stderr };
}

/** Temporary folders of this file, removed when it ends. */
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A new temporary folder, removed when the file ends. */
function scratchFolder(name: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), `dispatch-wordpress-${name}-`));
  folders.push(folder);
  return folder;
}

/**
 * The `posts/` folder of a new temporary Dispatch project (a folder holding `.eleventy.ts`): the
 * only kind of folder the import writes to. Removed when the file ends.
 */
function postsFolder(name: string): string {
  const project = scratchFolder(name);
  writeFileSync(path.join(project, ".eleventy.ts"), "export default () => {};\n");
  mkdirSync(path.join(project, "posts"));
  return path.join(project, "posts");
}

/** A site's verify run, run once however many tests read it. */
function verifyOnce(site: () => BuiltSite): () => VerifyRun {
  let run: VerifyRun | undefined;
  return () => (run ??= runVerify(site().root));
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

const footnotesExport = path.join(
  projectRoot,
  "tests/fixtures/wordpress/footnotes-tables-refused-urls.xml",
);
const pageBuildersExport = path.join(
  projectRoot,
  "tests/fixtures/wordpress/page-builders-blocks-series.xml",
);
/** The author's own post in the page-builder export's folder, whose slug an imported post also has. */
const ownBlocks = "---\ntitle: My own blocks\ndate: 2008-05-03T09:00:00Z\n---\n\nMine.\n";

/**
 * Three exports imported, each into a folder of its own (the first by the real command, end to
 * end), then their posts built together as one site and verified once: the build is the slow part.
 */
describe("three WordPress exports imported, then built together as one site", () => {
  const shared = {} as {
    fixture: { out: string; first: ImportRun };
    footnotes: { out: string; first: ImportRun };
    pageBuilders: { out: string; first: ImportRun };
    site: BuiltSite;
    verify: () => VerifyRun;
  };
  beforeAll(async () => {
    const fixtureOut = postsFolder("fixture");
    shared.fixture = { out: fixtureOut, first: runCli([fixture, "--out", fixtureOut]) };
    const footnotesOut = postsFolder("footnotes");
    shared.footnotes = {
      out: footnotesOut,
      first: await importWordpress([footnotesExport, "--out", footnotesOut]),
    };
    const pageBuildersOut = postsFolder("page-builders");
    mkdirSync(path.join(pageBuildersOut, "blocks"));
    writeFileSync(path.join(pageBuildersOut, "blocks/index.md"), ownBlocks);
    shared.pageBuilders = {
      out: pageBuildersOut,
      first: await importWordpress([pageBuildersExport, "--out", pageBuildersOut]),
    };
    const posts = scratchFolder("posts");
    for (const folder of [fixtureOut, footnotesOut, pageBuildersOut]) {
      cpSync(folder, posts, { recursive: true, filter: (file) => !file.endsWith(manifestName) });
    }
    shared.site = buildSite({ posts });
    shared.verify = verifyOnce(() => shared.site);
  });

  describe("importing the WordPress fixture and building it", () => {
    let out: string;
    let first: ImportRun;
    let site: BuiltSite;
    beforeAll(() => {
      ({ out, first } = shared.fixture);
      site = shared.site;
    });

    it("converts the six published posts and reports the shortcodes it did not convert and the images it could not bring", () => {
      expect(first.exitCode).toBe(0);
      expect(first.stderr).toBe("");
      const file = path.join(out, "photographs-from-basra/index.md");
      const smoke = path.join(out, "smoke-over-zubair/index.md");
      expect(first.stdout).toBe(
        `${file}:15: [pollvote id="7"] was not converted (WordPress shortcode "pollvote"); the post shows a note in its place. Fix: replace the note with what the shortcode showed, or delete it\n` +
          `${path.join(out, "continuing-battle-for-the-south-basra/index.md")}:15: [kml_flashembed movie="" width="425" height="350" wmode="transparent" /] embedded a Flash video that is gone and names no video site's address, so readers see a note that it is not available. Fix: link the video if you can find it (a YouTube or Vimeo address alone on a line becomes the video), or delete the note\n` +
          `${file}:11: the gallery [gallery ids="12,13,14" columns="3"] shows 1 image: attachments 13 and 14 are not an image the export holds. Fix: export the site again with Tools → Export → All content (an export of Posts only holds no attachments) and import again, or add the missing photos to the gallery by hand\n` +
          `${file}:11: the gallery [gallery ids="12,13,14" columns="3"] has 1 image with no description (alt text): readers who cannot see it learn nothing of it. Fix: write what each shows in its <img alt="…">\n` +
          `${smoke}:13: http://blog.example.org/wp-content/uploads/2008/03/zubair-300x200.jpg could not be downloaded (blog.example.org is a name reserved for examples by RFC 2606, not a real site). Fix: give a copy of the old site's wp-content/uploads with --uploads <folder or URL>, or copy the file into ${path.dirname(smoke)}/ and show or link it from there\n` +
          `${file}:12: http://blog.example.org/wp-content/uploads/2008/03/zubair.jpg could not be downloaded (blog.example.org is a name reserved for examples by RFC 2606, not a real site). Fix: give a copy of the old site's wp-content/uploads with --uploads <folder or URL>, or copy the file into ${path.dirname(file)}/ and show or link it from there\n` +
          `Imported 6 posts from ${fixture} into ${out}/: 6 written (6 new, 0 updated), 0 unchanged, 0 kept (changed since the last import). Skipped 3 items: 1 draft, 1 page, 1 attachment. 1 shortcode not converted. Media: 0 fetched, 0 already present, 2 missing.\n`,
      );
      expect(readFileSync(file, "utf8").split("\n")[10]).toBe('<figure class="gallery">');
    });

    it("builds, with no raw shortcode left in any page", () => {
      expect(site.stderr).toBe("");
      expect(site.exitCode).toBe(0);
      const pages = htmlPages(site.output);
      expect(pages).toContain("posts/continuing-battle-for-the-south-basra/index.html");
      const raw: string[] = [];
      for (const page of pages) {
        const html = readFileSync(path.join(site.output, page), "utf8");
        const found =
          /\\?\[\/?(caption|embed|youtube|vimeo|kml_flashembed|gallery|pollvote)\b/i.exec(html);
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
        "figure.gallery",
      );
      // The one attachment of the gallery the export holds, not copied: a link in the grid.
      expect(gallery?.querySelector("figure a")?.getAttribute("href")).toBe(
        "http://blog.example.org/wp-content/uploads/2008/03/zubair.jpg",
      );
      expect(existsSync(path.join(site.output, "posts/basra-the-ceasefire-2/index.html"))).toBe(
        true,
      );
    });

    it("keeps the old WordPress URLs working as redirects to the imported posts", () => {
      const moved = readPage(site.output, "/2008/03/27/continuing-battle-for-the-south-basra/");
      expect(moved.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
        "https://dispatch.test/posts/continuing-battle-for-the-south-basra/",
      );
      const redirects = readFileSync(path.join(site.output, "_redirects"), "utf8");
      expect(redirects).toContain(
        "/2008/04/01/basra-the-ceasefire/ /posts/basra-the-ceasefire-2/ 301\n",
      );
    });

    it("passes npm run verify: valid HTML, links that resolve, nothing the site's policy blocks", () => {
      const verify = shared.verify();
      expect(verify.stderr).toBe("");
      expect(verify.exitCode).toBe(0);
    });

    it("changes nothing when run again", async () => {
      const before = snapshot(out);
      const second = await importWordpress([fixture, "--out", out]);
      expect(second.exitCode).toBe(0);
      expect(second.stdout).toContain(
        `Imported 6 posts from ${fixture} into ${out}/: 0 written (0 new, 0 updated), 6 unchanged, 0 kept`,
      );
      expect(snapshot(out)).toEqual(before);
    });

    it("never overwrites a post edited since the import without --force; --dry-run writes nothing", async () => {
      const file = path.join(out, "basra-the-ceasefire/index.md");
      const edited = `${readFileSync(file, "utf8")}\nAn editor's addition.\n`;
      writeFileSync(file, edited);
      const before = snapshot(out);
      const dry = await importWordpress([fixture, "--out", out, "--dry-run", "--drafts"]);
      expect(dry.exitCode).toBe(0);
      expect(dry.stdout.split("\n").slice(0, 2)).toEqual([
        `${file}: would keep (changed since the last import; --force to overwrite)`,
        `${path.join(out, "notes-on-the-basra-police/index.md")}: would write`,
      ]);
      expect(snapshot(out)).toEqual(before);

      const kept = await importWordpress([fixture, "--out", out]);
      expect(kept.stderr).toBe(
        `${file}: changed since the last import, so it was not overwritten. Fix: run again with --force to replace it with the export's version\n`,
      );
      expect(readFileSync(file, "utf8")).toBe(edited);

      const forced = await importWordpress([fixture, "--out", out, "--force"]);
      expect(forced.stderr).toBe("");
      expect(forced.stdout).toContain("1 written (0 new, 1 updated), 5 unchanged, 0 kept");
      expect(readFileSync(file, "utf8")).not.toContain("An editor's addition.");
    });

    it("refuses a missing file and a file that is not a WordPress export, with exit 1", () => {
      const missing = runCli([path.join(out, "nope.xml")]);
      expect(missing.exitCode).toBe(1);
      expect(missing.stderr).toBe(
        `import:wordpress: ${path.join(out, "nope.xml")} does not exist. Fix: give the path of the .xml file WordPress saved (Tools → Export)\n`,
      );
      const notWxr = runCli([path.join(projectRoot, "package.json")]);
      expect(notWxr.exitCode).toBe(1);
      expect(notWxr.stderr).toMatch(
        /^import:wordpress: .*package\.json:1: this is not XML \(.*\)\. Fix: export the site again/,
      );
      expect(notWxr.stderr).not.toContain("    at ");
    });
  });

  describe("importing posts with footnotes, code shortcodes, tables, bracketed text and old URLs the build would refuse", () => {
    let out: string;
    let first: ImportRun;
    let site: BuiltSite;
    beforeAll(() => {
      ({ out, first } = shared.footnotes);
      site = shared.site;
    });

    it("reports what it dropped with file and line, and skips the password-protected post", () => {
      expect(first.stderr).toBe("");
      expect(first.exitCode).toBe(0);
      const tables = path.join(out, "tables/index.md");
      expect(first.stdout).toBe(
        `${tables}:15: the audio http://old.example.org/wp-content/uploads/a.mp3 is a link to the old site, not played here. Fix: nothing to do, or copy the file into the post's folder and link to it\n` +
          `${tables}:17: a <script> was removed (the site runs no scripts, styles or forms from posts). Fix: nothing to do, or describe what it showed\n` +
          `${tables}:17: the embedded frame https://www.google.com/maps/embed?pb=1 is a link to it (the site's policy allows no frames from other sites). Fix: nothing to do, or replace it with a map block or an image\n` +
          `${path.join(out, "feedlike/index.md")}:5: the old URL /feed.xml was not kept in aliases: it is the path of /feed.xml, a file the build writes itself, so the build would refuse it; that old URL will not redirect. Fix: nothing to do, or redirect it on your host by hand\n` +
          `${path.join(out, "lower/index.md")}:2: the export has another post with wp:post_id 806 ("Upper"); both are imported, this one recorded as 806#2. Fix: nothing to do\n` +
          `${path.join(out, "lower/index.md")}:5: the old URL /2008/04/07/upper/ was not kept in aliases: it is also an alias at upper/index.md ("/2008/04/07/UPPER/", which differs only in upper and lower case: one file on a disk that ignores case); an old URL can redirect to one post only, so the build would refuse it; that old URL will not redirect. Fix: nothing to do, or redirect it on your host by hand\n` +
          `${tables}:15: http://old.example.org/wp-content/uploads/a.mp3 could not be downloaded (old.example.org is a name reserved for examples by RFC 2606, not a real site). Fix: give a copy of the old site's wp-content/uploads with --uploads <folder or URL>, or copy the file into ${path.dirname(tables)}/ and show or link it from there\n` +
          `Imported 6 posts from ${footnotesExport} into ${out}/: 6 written (6 new, 0 updated), 0 unchanged, 0 kept (changed since the last import). Skipped 1 item: 1 password-protected. 0 shortcodes not converted. Media: 0 fetched, 0 already present, 1 missing.\n`,
      );
      expect(existsSync(path.join(out, "members-only"))).toBe(false);
    });

    it("builds and passes npm run verify", () => {
      expect(site.stderr).toBe("");
      expect(site.exitCode).toBe(0);
      const verify = shared.verify();
      expect(verify.stderr).toBe("");
      expect(verify.exitCode).toBe(0);
    });

    it("unescapes the title and the author, keeps bracketed text and ::: as text, and code shortcodes as code", () => {
      const page = readPage(site.output, "/posts/qa-basra/");
      expect(page.querySelector("h1")?.textContent).toBe("Q&A: Basra – the “surge”");
      const body = page.querySelector(".post-body");
      expect([...(body?.querySelectorAll(":scope > p") ?? [])].map((p) => p.textContent)).toEqual([
        "He [the minister] denied it [via Reuters].",
        "::: lang ar\nnot a language block",
        "Run <?php echo 1; ?> once, then:",
        // A phone link's text keeps together: a no-break space.
        "Call the\u00a0desk or see the map.",
      ]);
      expect(body?.querySelector("p code")?.textContent).toBe("<?php echo 1; ?>");
      expect(body?.querySelector("pre code.language-js")?.textContent).toBe(
        'const x = "<div>";\n\nx.length;\n',
      );
      expect([...(body?.querySelectorAll("a") ?? [])].map((a) => a.getAttribute("href"))).toEqual([
        "tel:+4420",
        "/posts/footnotes/#map",
      ]);
      expect(readFileSync(path.join(out, "qa-basra/index.md"), "utf8")).toContain(
        'author: "Desk & Wire"',
      );
    });

    it("makes WordPress 6.3's footnotes (from the post meta) and hand-written ones Markdown footnotes", () => {
      const body = readPage(site.output, "/posts/footnotes/").querySelector(".post-body");
      expect(
        [...(body?.querySelectorAll(".footnotes li") ?? [])].map((li) =>
          li.textContent?.replace(/\s*↩[^]*$/, ""),
        ),
      ).toEqual([
        "Reported by two residents.",
        "According to the port authority.",
        "A note written by hand.",
      ]);
      const citations = [...(body?.querySelectorAll("sup a") ?? [])];
      expect(citations.map((a) => a.textContent)).toEqual(["[1]", "[2]", "[3]"]);
      for (const a of citations) {
        expect(
          body?.querySelector(`[id="${(a.getAttribute("href") ?? "").slice(1)}"]`),
        ).not.toBeNull();
      }
    });

    it("gives tables a caption, a tbody and scoped header cells, and keeps a paragraph's language", () => {
      const body = readPage(site.output, "/posts/tables/").querySelector(".post-body");
      const tables = [...(body?.querySelectorAll("table") ?? [])];
      expect(tables[0]?.querySelector("caption")?.textContent).toBe("Casualties");
      expect(
        [...(tables[0]?.querySelectorAll("th") ?? [])].map((th) => th.getAttribute("scope")),
      ).toEqual(["col", "col"]);
      expect(tables[1]?.querySelector("tbody td")?.textContent).toBe("Cell with a blank line");
      expect(body?.textContent).not.toContain("\\");
      const hebrew = body?.querySelector('p[lang="he"]');
      expect(hebrew?.getAttribute("dir")).toBe("rtl");
      expect(hebrew?.textContent).toBe("הפסקת אש בבצרה.");
      expect(body?.querySelector("script, iframe, audio")).toBeNull();
      expect(
        [...(body?.querySelectorAll(".legacy-embed a") ?? [])].map((a) => a.getAttribute("href")),
      ).toEqual(["http://old.example.org/wp-content/uploads/a.mp3"]);
    });

    it("writes redirects only for the old URLs it kept", () => {
      const redirects = readFileSync(path.join(site.output, "_redirects"), "utf8").split("\n");
      expect(redirects[0]).toBe("# Old URLs of posts (their aliases), written by Dispatch");
      // The site holds the other exports' posts too: these are the redirects to this export's.
      const slugs = readdirSync(out).filter((name) => !name.startsWith("."));
      expect(
        redirects.filter((line) => slugs.some((slug) => line.includes(` /posts/${slug}/ `))),
      ).toEqual([
        "/2008/04/02/qa-basra/ /posts/qa-basra/ 301",
        "/2008/04/03/footnotes/ /posts/footnotes/ 301",
        "/2008/04/04/tables/ /posts/tables/ 301",
        "/2008/04/07/UPPER/ /posts/upper/ 301",
      ]);
    });

    it("changes nothing when run again, and imports the password-protected post as a draft with --drafts", async () => {
      const before = snapshot(out);
      const second = await importWordpress([footnotesExport, "--out", out]);
      expect(second.stdout).toContain("0 written (0 new, 0 updated), 6 unchanged, 0 kept");
      expect(snapshot(out)).toEqual(before);
      const drafts = await importWordpress([footnotesExport, "--out", out, "--drafts"]);
      const members = path.join(out, "members-only/index.md");
      expect(drafts.stdout).toContain(
        `${members}:7: the post was password-protected on the old site, so it is imported as a draft. Fix: remove draft: true to publish it for everyone\n`,
      );
      expect(readFileSync(members, "utf8").split("\n")[6]).toBe("draft: true");
    });
  });

  describe("importing VideoPress, a page builder's post, reusable blocks, smilies and series beside an author's own post", () => {
    let out: string;
    let first: ImportRun;
    let site: BuiltSite;
    beforeAll(() => {
      ({ out, first } = shared.pageBuilders);
      site = shared.site;
    });

    it("reports the VideoPress shortcode, the page builder once, the taken folder, the missing block and the untitled post", () => {
      expect(first.stderr).toBe("");
      expect(first.exitCode).toBe(0);
      const blocks = path.join(out, "blocks-2/index.md");
      expect(first.stdout).toBe(
        `${path.join(out, "video-basra/index.md")}:12: [wpvideo abc123] was not converted (WordPress shortcode "wpvideo"); the post shows a note in its place. Fix: replace the note with what the shortcode showed, or delete it\n` +
          `${path.join(out, "divi/index.md")}:10: the page builder's layout shortcodes (et_pb_section, et_pb_row, et_pb_column, et_pb_text…) were removed and the text they held kept; what et_pb_divider showed of its own (a button, an image, a divider…) is not shown. Fix: check that the post reads as it should\n` +
          `${blocks}:5: the folder blocks/ is taken by a post this blog's import did not write (your own, or another blog's import), so this post is in blocks-2/, at /posts/blocks-2/, and its old URL /2008/05/03/blocks/ redirects there. Fix: if blocks/ is this same post, delete one of the two folders and keep the alias /2008/05/03/blocks/ in the one you keep; otherwise nothing to do\n` +
          `${blocks}:13: the reusable block 56 (<!-- wp:block {"ref":56} /-->) is not in the export, so what it showed was left out. Fix: copy its text from the old site (Appearance → Patterns, or Reusable blocks) into the post, or export it with the posts (Tools → Export → All content)\n` +
          `${path.join(out, "untitled-wordpress-post-904/index.md")}:2: the post has no title in the export, so it is titled "Untitled (WordPress post 904)". Fix: write its title after title:\n` +
          `Imported 4 posts from ${pageBuildersExport} into ${out}/: 4 written (4 new, 0 updated), 0 unchanged, 0 kept (changed since the last import). Skipped 2 items: 1 reusable block, 1 private. 1 shortcode not converted. Media: 0 fetched, 0 already present, 0 missing.\n`,
      );
      expect(readFileSync(path.join(out, "blocks/index.md"), "utf8")).toBe(ownBlocks);
    });

    it("builds and passes npm run verify, with no raw shortcode in any page", () => {
      expect(site.stderr).toBe("");
      expect(site.exitCode).toBe(0);
      for (const page of htmlPages(site.output)) {
        const text = readPage(site.output, `/${page}`).body.textContent ?? "";
        expect(text, page).not.toMatch(/\[\/?(?:wpvideo|et_pb_)/);
      }
      const verify = shared.verify();
      expect(verify.stderr).toBe("");
      expect(verify.exitCode).toBe(0);
    });

    it("shows the page builder's text, the reusable block, the smiley, the series and the code's blank lines", () => {
      const paragraphs = (url: string) =>
        [...readPage(site.output, url).querySelectorAll(".post-body p")].map((p) => p.textContent);
      expect(paragraphs("/posts/divi/")).toEqual([
        "The convoy left at dawn.",
        "It reached the port by noon.",
      ]);
      expect(paragraphs("/posts/blocks-2/")).toEqual([
        "Before the box.",
        "Subscribe to the newsletter.",
        "After the box.",
      ]);
      expect(paragraphs("/posts/video-basra/")).toContain("That was all 🙂");
      expect(readFileSync(path.join(out, "divi/index.md"), "utf8").split("\n")[4]).toBe(
        'series: "Siege of Basra"',
      );
      expect(
        readPage(site.output, "/posts/untitled-wordpress-post-904/").querySelector("pre code")
          ?.textContent,
      ).toBe("a = 1\n\n\nb = 2\n");
    });

    it("changes nothing and says the same when run again", async () => {
      const before = snapshot(out);
      const second = await importWordpress([pageBuildersExport, "--out", out]);
      expect(second.stdout.split("\n").slice(0, 5)).toEqual(first.stdout.split("\n").slice(0, 5));
      expect(second.stdout).toContain("0 written (0 new, 0 updated), 4 unchanged, 0 kept");
      expect(snapshot(out)).toEqual(before);
    });
  });
});

const hardCases = path.join(projectRoot, "tests/fixtures/wordpress/hard-cases.xml");

describe("importing a blog in a subfolder whose posts describe HTML, use Gutenberg and nest shortcodes, built under /blog/", () => {
  let out: string;
  let first: ImportRun;
  let site: BuiltSite;
  beforeAll(async () => {
    out = postsFolder("hard");
    first = await importWordpress([hardCases, "--out", out]);
    site = buildSite({ posts: out, args: ["--pathprefix=/blog/"] });
  });

  it("reports the unclosed shortcode, the old URL's other day, the Plain permalink and the images", () => {
    expect(first.stderr).toBe("");
    expect(first.exitCode).toBe(0);
    const nested = path.join(out, "shortcodes-in-shortcodes/index.md");
    const late = path.join(out, "late-in-basra/index.md");
    const html = path.join(out, "writing-html/index.md");
    expect(first.stdout).toBe(
      `${nested}:16: [caption id="a1" width="200"] was not converted (WordPress shortcode "caption"); the post shows a note in its place. Fix: replace the note with what the shortcode showed, or delete it\n` +
        `${late}:3: the old URL says 2008-03-30, but in the site's time zone (UTC) the post's date is 2008-03-31; its page shows 2008-03-31 and its old URL still redirects. Fix: nothing to do, or set the site's time zone in src/site.ts to the old blog's\n` +
        `1 post had an old URL with no path (WordPress's "Plain" permalinks, /?p=123): no redirect is written for it, since a static site cannot redirect by query. Fix: nothing to do, or add the old path to the post's aliases by hand\n` +
        `${html}:16: http://old.example.org/blog/wp-content/uploads/2008/03/tank.jpg could not be downloaded (old.example.org is a name reserved for examples by RFC 2606, not a real site). Fix: give a copy of the old site's wp-content/uploads with --uploads <folder or URL>, or copy the file into ${path.dirname(html)}/ and show or link it from there\n` +
        `${nested}:16: http://old.example.org/blog/wp-content/uploads/a.jpg could not be downloaded (old.example.org is a name reserved for examples by RFC 2606, not a real site). Fix: give a copy of the old site's wp-content/uploads with --uploads <folder or URL>, or copy the file into ${path.dirname(nested)}/ and show or link it from there\n` +
        `Imported 4 posts from ${hardCases} into ${out}/: 4 written (4 new, 0 updated), 0 unchanged, 0 kept (changed since the last import). 1 shortcode not converted. Media: 0 fetched, 0 already present, 2 missing.\n`,
    );
  });

  it("builds, with no raw shortcode in any page", () => {
    // The one warning of a build under a prefix (src/cli/build-warnings.ts).
    expect(site.stderr).toBe(
      'build: warning: crawlers read robots.txt only at the root of a host (RFC 9309 §2.3), so the robots.txt this build writes at https://dispatch.test/blog/robots.txt is never read. Fix: add the line "Sitemap: https://dispatch.test/blog/sitemap.xml" to https://dispatch.test/robots.txt, and let it allow /blog/\n',
    );
    expect(site.exitCode).toBe(0);
    const raw: string[] = [];
    for (const page of htmlPages(site.output)) {
      const html = readFileSync(path.join(site.output, page), "utf8");
      const found = /\[\/?(caption|embed)\b[^\]]*\](?! written literally)/i.exec(html);
      if (found) raw.push(`${page}: ${found[0]}`);
    }
    expect(raw).toEqual([]);
  });

  it("shows text that described HTML or a Dispatch tag as text, never as HTML or a tag", () => {
    const body = readPage(site.output, "/posts/writing-html/").querySelector(".post-body");
    expect([...(body?.querySelectorAll("p") ?? [])].map((p) => p.textContent)).toEqual([
      "To embed, write <script>alert(1)</script> or <img src=x onerror=alert(1)>, and & <b> makes text bold.",
      // A code span: exactly as written, with straight quotes, and never run.
      '{% map "../../../etc/passwd" %}',
      '{% video "https://vimeo.com/76979871" "Not a tag" %}',
      "Our Gutenberg post, its short link, and Image: A tank.",
    ]);
    expect(body?.querySelectorAll("script, img, b, figure").length).toBe(0);
  });

  it("links to other imported posts at their new URLs, and to relative images on the old site", () => {
    const links = readPage(site.output, "/posts/writing-html/").querySelectorAll(".post-body a");
    expect([...links].map((a) => a.getAttribute("href"))).toEqual([
      "/blog/posts/gutenberg-post/",
      "/blog/posts/shortcodes-in-shortcodes/",
      "http://old.example.org/blog/wp-content/uploads/2008/03/tank.jpg",
    ]);
  });

  it("turns Gutenberg blocks into paragraphs, a titled video and intact code, with no stray backslash", () => {
    const body = readPage(site.output, "/posts/gutenberg-post/").querySelector(".post-body");
    expect(body?.textContent).not.toContain("\\");
    expect([...(body?.querySelectorAll(":scope > p") ?? [])].map((p) => p.textContent)).toEqual([
      "Intro paragraph.",
      "The end.",
    ]);
    expect(body?.querySelector("figure a[href]")?.getAttribute("href")).toBe(
      "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    );
    expect(body?.querySelector("figure")?.textContent).toContain("The ceasefire speech");
    expect(body?.querySelector("pre code")?.textContent).toBe('if (a < b) {\n\n  return "x";\n}\n');
  });

  it("converts a shortcode nested in [caption], marks the unclosed one, prints [[caption]] as [caption] and keeps <pre> intact", () => {
    const body = readPage(site.output, "/posts/shortcodes-in-shortcodes/").querySelector(
      ".post-body",
    );
    expect(body?.querySelector("figcaption")?.textContent).toBe("A caption around an embed");
    expect(body?.querySelector('[data-wordpress-shortcode="caption"]')?.textContent).toBe(
      'Not converted from WordPress: the shortcode caption id="a1" width="200"',
    );
    expect(body?.textContent).toContain("Middle, and [caption] written literally.");
    expect(body?.querySelector("pre code")?.textContent).toBe("a\n\n  b\n");
  });

  it("merges tags that would share a page, keeping the first spelling, and unescapes their names", () => {
    expect(readdirSync(path.join(site.output, "tags")).sort()).toEqual([
      "index.html",
      "iraq",
      "war-peace",
    ]);
    expect(readPage(site.output, "/tags/iraq/").querySelector("h1")?.textContent).toBe("Iraq");
    expect(readPage(site.output, "/tags/war-peace/").querySelector("h1")?.textContent).toBe(
      "War & Peace",
    );
  });

  it("makes old URLs paths under the old blog's root, served under the prefix", () => {
    expect(readFileSync(path.join(site.output, "_redirects"), "utf8")).toBe(
      "# Old URLs of posts (their aliases), written by Dispatch\n" +
        "/blog/2008/03/27/writing-html/ /blog/posts/writing-html/ 301\n" +
        "/blog/2008/03/28/gutenberg-post/ /blog/posts/gutenberg-post/ 301\n" +
        "/blog/2008/03/30/late-in-basra/ /blog/posts/late-in-basra/ 301\n",
    );
  });

  it("passes npm run verify", () => {
    const verify = runVerify(site.root);
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });

  it("changes nothing when run again", async () => {
    const before = snapshot(out);
    const second = await importWordpress([hardCases, "--out", out]);
    expect(second.stdout).toContain("0 written (0 new, 0 updated), 4 unchanged, 0 kept");
    expect(snapshot(out)).toEqual(before);
  });
});

describe("import:wordpress and the author's own folders", () => {
  it("gives a post whose slug is an author's folder -2, and --force never touches that folder", async () => {
    const out = postsFolder("own");
    const own = path.join(out, "continuing-battle-for-the-south-basra/index.md");
    mkdirSync(path.dirname(own));
    writeFileSync(own, "---\ntitle: Mine\n---\nWritten by hand.\n");
    const forced = await importWordpress([fixture, "--out", out, "--force"]);
    expect(forced.stderr).toBe("");
    expect(forced.stdout).toContain("6 written (6 new, 0 updated), 0 unchanged, 0 kept");
    expect(readFileSync(own, "utf8")).toBe("---\ntitle: Mine\n---\nWritten by hand.\n");
    expect(
      readFileSync(path.join(out, "continuing-battle-for-the-south-basra-2/index.md"), "utf8"),
    ).toContain('slug: "continuing-battle-for-the-south-basra-2"');
    const again = await importWordpress([fixture, "--out", out, "--force"]);
    expect(again.stdout).toContain("0 written (0 new, 0 updated), 6 unchanged, 0 kept");
  });

  it("leaves a post deleted since the import deleted, says so, and restores it with --force", async () => {
    const out = postsFolder("deleted");
    await importWordpress([fixture, "--out", out]);
    const folder = path.join(out, "basra-the-ceasefire");
    rmSync(folder, { recursive: true });
    const again = await importWordpress([fixture, "--out", out]);
    expect(again.exitCode).toBe(0);
    expect(again.stderr).toBe(
      `${path.join(folder, "index.md")}: deleted since the last import, so it was left deleted. Fix: run again with --force to restore it from the export\n`,
    );
    expect(again.stdout).toContain(
      "0 written (0 new, 0 updated), 5 unchanged, 0 kept (changed since the last import). 1 left deleted (deleted since the last import).",
    );
    expect(existsSync(folder)).toBe(false);
    const restored = await importWordpress([fixture, "--out", out, "--force"]);
    expect(restored.stdout).toContain("1 written (1 new, 0 updated), 5 unchanged");
    expect(existsSync(path.join(folder, "index.md"))).toBe(true);
  });

  it("refuses a folder as the export and a file as --out, with exit 1 and no stack trace", async () => {
    const out = scratchFolder("paths");
    const folder = await importWordpress([out]);
    expect(folder.exitCode).toBe(1);
    expect(folder.stderr).toBe(
      `import:wordpress: ${out} is a folder. Fix: give the path of the .xml file WordPress saved (Tools → Export), not its folder\n`,
    );
    const file = path.join(out, "a-file");
    writeFileSync(file, "");
    const outFile = await importWordpress([fixture, "--out", file]);
    expect(outFile.exitCode).toBe(1);
    expect(outFile.stderr).toBe(
      `import:wordpress: --out ${file} is a file, not a folder. Fix: give the folder the posts go in, such as --out posts\n`,
    );
  });

  it("reads an export declared in windows-1256 and one in UTF-16", async () => {
    const xml = readFileSync(hardCases, "utf8")
      .replace('encoding="UTF-8"', 'encoding="windows-1256"')
      .replace("Late in Basra", "مقهى في البصرة");
    const out = scratchFolder("encoding");
    // windows-1256 has every letter of the title and ASCII; Node's TextDecoder reads it.
    const arabic = new Map([
      ["م", 0xe3],
      ["ق", 0xde],
      ["ه", 0xe5],
      ["ى", 0xec],
      ["ف", 0xdd],
      ["ي", 0xed],
      ["ا", 0xc7],
      ["ل", 0xe1],
      ["ب", 0xc8],
      ["ص", 0xd5],
      ["ر", 0xd1],
      ["ة", 0xc9],
    ]);
    const bytes = Uint8Array.from([...xml], (c) => arabic.get(c) ?? c.charCodeAt(0));
    const file1256 = path.join(out, "export-1256.xml");
    writeFileSync(file1256, bytes);
    const a = postsFolder("encoding-a");
    const result = await importWordpress([file1256, "--out", a]);
    expect(result.exitCode).toBe(0);
    expect(readFileSync(path.join(a, "late-in-basra/index.md"), "utf8")).toContain(
      'title: "مقهى في البصرة"',
    );
    const file16 = path.join(out, "export-16.xml");
    writeFileSync(
      file16,
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(xml.replace("windows-1256", "UTF-16"), "utf16le"),
      ]),
    );
    const b = postsFolder("encoding-b");
    const result16 = await importWordpress([file16, "--out", b]);
    expect(result16.exitCode).toBe(0);
    expect(readFileSync(path.join(b, "late-in-basra/index.md"), "utf8")).toContain(
      'title: "مقهى في البصرة"',
    );
  });
});
