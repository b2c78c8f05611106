import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeProject, projectRoot, readPage } from "../helpers/build-site.ts";
import { parseHTML } from "linkedom";
import {
  changeUntilSeen,
  get,
  startDevServer,
  stopDevServer,
  until,
  type DevServer,
} from "../helpers/dev-server.ts";

/** Every file of `_site/` but the search index (made again in the background), by path. */
function snapshot(root: string): Map<string, string> {
  const output = path.join(root, "_site");
  const files = new Map<string, string>();
  for (const entry of readdirSync(output, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(output, path.join(entry.parentPath, entry.name));
    if (file.startsWith(`pagefind${path.sep}`)) continue;
    files.set(file.split(path.sep).join("/"), readFileSync(path.join(output, file), "utf8"));
  }
  return files;
}

/** Eleventy's line at the end of a rebuild: `Wrote 14 files (skipped 23) in 0.4 seconds`. */
const rebuilt = /Wrote \d+ files?(?: \(skipped (\d+)\))? in/;

describe("npm start, rebuilding after a save", () => {
  const root = makeProject({ posts: path.join(projectRoot, "tests/fixtures/posts/taxonomy") });
  const post = path.join(root, "posts/a-same-day/index.md");
  // Another post's old URL: its redirect must outlive a rebuild that did not write that post.
  const other = path.join(root, "posts/b-same-day/index.md");
  writeFileSync(other, readFileSync(other, "utf8").replace("---\n", "---\naliases: [/old/b/]\n"));
  let server: DevServer | undefined;

  afterAll(() => {
    server?.process.kill("SIGTERM");
  });

  /**
   * Empties what the server printed, makes a change with `change` and waits for the rebuild's
   * line. The change is made again every 5 s until the watcher reports it: one that has only
   * just started may miss a first save (`change` leaves the same files each time).
   */
  async function rebuildAfterChange(change: () => void): Promise<RegExpExecArray> {
    const running = server as DevServer;
    running.stdout = "";
    await changeUntilSeen(change, () => /File (?:changed|added|deleted)/.test(running.stdout));
    await until(() => rebuilt.test(running.stdout), 45_000, "the rebuild");
    return rebuilt.exec(running.stdout) as RegExpExecArray;
  }

  /** {@link rebuildAfterChange} for writing `text` to `file`. */
  function rebuildAfter(file: string, text: string): Promise<RegExpExecArray> {
    return rebuildAfterChange(() => writeFileSync(file, text));
  }

  it("rebuilds only the pages that show a post's body when only its body changed, as a full rebuild would write them", async () => {
    server = await startDevServer(root);
    const running = server;
    await until(() => running.stdout.includes("Watching"), 60_000, "the first build");
    const incremental = await rebuildAfter(
      post,
      `${readFileSync(post, "utf8")}\nA sentence added while the server runs.\n`,
    );
    expect(Number(incremental[1])).toBeGreaterThan(0); // pages skipped: an incremental rebuild
    expect((await get(`http://127.0.0.1:${running.port}/posts/a-same-day/`))?.body).toContain(
      "A sentence added while the server runs.",
    );
    const afterIncremental = snapshot(root);
    // Saving a layout as it is rebuilds every page from the same sources.
    const layout = path.join(root, "layouts/base.njk");
    const full = await rebuildAfter(layout, readFileSync(layout, "utf8"));
    expect(full[1]).toBeUndefined();
    const afterFull = snapshot(root);
    expect([...afterIncremental.keys()].sort()).toEqual([...afterFull.keys()].sort());
    for (const [file, text] of afterFull) expect(afterIncremental.get(file), file).toBe(text);
    // The feeds carry the post in full, the home page its reading time: both were rebuilt.
    expect(afterFull.get("feed.xml")).toContain("A sentence added while the server runs.");
    expect(afterIncremental.get("_redirects")).toContain("/old/b/ /posts/b-same-day/ 301");
  });

  it("rebuilds every page when a post's front matter changed: other posts show its new title", async () => {
    const full = await rebuildAfter(
      post,
      readFileSync(post, "utf8").replace('title: "Same day A"', 'title: "Same day A, retitled"'),
    );
    expect(full[1]).toBeUndefined();
    const oldest = readPage(path.join(root, "_site"), "/posts/c-oldest/");
    expect(oldest.querySelector(".series-next a")?.textContent).toBe("Same day A, retitled");
  });

  it("rebuilds every page after a failed build, so a front-matter change saved with a mistake reaches them once fixed", async () => {
    const source = readFileSync(post, "utf8");
    const broken = `${source.replace('"Same day A, retitled"', '"Same day A, third title"')}\nA claim.[^missing]\n`;
    const failed = await rebuildAfter(post, broken);
    expect(failed[1]).toBeUndefined();
    await until(
      () => (server as DevServer).stderr.includes("footnote reference [^missing]"),
      10_000,
      "the problem",
    );
    const fixed = await rebuildAfter(post, broken.replace("\nA claim.[^missing]\n", "\n"));
    expect(fixed[1]).toBeUndefined();
    const oldest = readPage(path.join(root, "_site"), "/posts/c-oldest/");
    expect(oldest.querySelector(".series-next a")?.textContent).toBe("Same day A, third title");
  });

  it("rebuilds every page when a deleted post comes back, and removes the map files of a map taken out", async () => {
    const folder = path.join(root, "posts/d-newest");
    const saved = readFileSync(path.join(folder, "index.md"), "utf8");
    await rebuildAfterChange(() => rmSync(folder, { recursive: true, force: true }));
    await until(
      () => !existsSync(path.join(root, "_site/posts/d-newest")),
      10_000,
      "the page to go",
    );
    const back = await rebuildAfterChange(() => {
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, "index.md"), saved);
    });
    expect(back[1]).toBeUndefined();
    const archive = readPage(path.join(root, "_site"), "/archive/");
    expect(archive.body.textContent).toContain("The newest post");

    // A map added to the body, then taken out: its files go with it.
    const withMap = `${saved}\n\`\`\`geojson\n{"type": "Feature", "properties": {"title": "Port"}, "geometry": {"type": "Point", "coordinates": [47.81, 30.515]}}\n\`\`\`\n`;
    await rebuildAfter(path.join(folder, "index.md"), withMap);
    const mapFiles = () =>
      readdirSync(path.join(root, "_site/posts/d-newest")).filter((name) =>
        /^map-\d+(?:\.svg|\.geojson|-ground\.json)?$/.test(name),
      );
    // The static map, its ground, its data and its embed page's folder.
    const line = /^map-(\d+)\.svg$/.exec(
      mapFiles().find((name) => name.endsWith(".svg")) ?? "",
    )?.[1];
    expect(mapFiles().sort()).toEqual(
      expect.arrayContaining([`map-${line}`, `map-${line}.geojson`, `map-${line}.svg`]),
    );
    await rebuildAfter(path.join(folder, "index.md"), saved);
    expect(mapFiles()).toEqual([]);
  });
});

describe("npm start with a post that fails to render at start-up", () => {
  const root = makeProject({ posts: path.join(projectRoot, "tests/fixtures/posts/taxonomy") });
  const post = path.join(root, "posts/b-same-day/index.md");
  const source = readFileSync(post, "utf8");
  writeFileSync(post, `${source}\nA claim.[^nowhere]\n`);
  let server: DevServer | undefined;

  afterAll(() => {
    server?.process.kill("SIGTERM");
  });

  it("builds the fixed post when it is saved, not the version it first read", async () => {
    server = await startDevServer(root);
    const running = server;
    await until(
      () => running.stderr.includes("The server starts anyway"),
      60_000,
      "the first build to fail",
    );
    expect(running.stderr).toContain("posts/b-same-day/index.md:");
    expect(running.stderr).toContain("[^nowhere]");
    const url = `http://127.0.0.1:${running.port}/posts/b-same-day/`;
    for (let attempt = 0; attempt < 9; attempt++) {
      writeFileSync(post, `${source}\nA claim with its source named.\n`);
      const fixed = await until(
        async () => (await get(url))?.body.includes("A claim with its source named.") ?? false,
        8_000,
        "the fixed page",
      ).then(
        () => true,
        () => false,
      );
      if (fixed) break;
    }
    expect((await get(url))?.body).toContain("A claim with its source named.");
    expect(running.stderr).not.toContain("Still failing");
  });
});

describe("npm start, previewing a save that changes only a post's body", () => {
  const root = makeProject({ posts: path.join(projectRoot, "tests/fixtures/posts/taxonomy") });
  const post = path.join(root, "posts/a-same-day/index.md");
  // A draft, under a path prefix: both as the dev server serves them.
  const source = readFileSync(post, "utf8").replace("---\n", "---\ndraft: true\n");
  writeFileSync(post, source);
  const page = path.join(root, "_site/posts/a-same-day/index.html");
  let server: DevServer | undefined;

  afterAll(() => stopDevServer(server));

  /**
   * Saves `text` as the post until the watchers report it; resolves with what was printed. An
   * `atomic` save writes a new file and renames it over the post, as vim and `sed -i` do.
   */
  async function save(text: string, seen: RegExp, atomic = false): Promise<DevServer> {
    const running = server as DevServer;
    running.stdout = "";
    running.stderr = "";
    // What each attempt printed: a save the watchers missed (a watcher just started, a loaded
    // machine) is made again 5 s later, after the rebuild it may have had.
    await changeUntilSeen(
      () => {
        running.stdout = "";
        running.stderr = "";
        if (atomic) {
          writeFileSync(`${post}.swp`, text);
          renameSync(`${post}.swp`, post);
        } else writeFileSync(post, text);
      },
      () => seen.test(running.stdout),
    );
    return running;
  }

  it("writes the page with the new body before the rebuild, prefix and draft mark kept", async () => {
    server = await startDevServer(root, { DISPATCH_PATH_PREFIX: "/blog/" });
    const started = server;
    // The server listens (Eleventy's dev server says so on stderr) once the preview's watcher is
    // in place (src/cli/serve.ts).
    await until(
      () => `${started.stdout}${started.stderr}`.includes("Server at"),
      60_000,
      "the first build",
    );
    const running = await save(
      `${source}\nA sentence seen at once, with [the archive](/archive/).\n`,
      /Preview: \/blog\/posts\/a-same-day\/ shown/,
    );
    const previewed = parseHTML(readFileSync(page, "utf8")).document;
    const body = previewed.querySelector(".post-body");
    expect(body?.textContent).toContain("A sentence seen at once, with the archive.");
    expect(body?.querySelector("a[href$='archive/']")?.getAttribute("href")).toBe("/blog/archive/");
    expect(previewed.querySelector(".publication-status")?.textContent).toContain("Draft");
    await until(() => rebuilt.test(running.stdout), 45_000, "the rebuild");
    expect(running.stdout.indexOf("Preview:")).toBeLessThan(running.stdout.search(rebuilt));
    expect(readFileSync(page, "utf8")).toContain("A sentence seen at once");
  });

  it("previews saves made by renaming a new file over the post, and the saves after them", async () => {
    for (const [sentence, atomic] of [
      ["Saved the way vim saves.", true],
      ["Saved in place after it.", false],
      ["Saved the way vim saves, again.", true],
    ] as const) {
      const running = await save(
        `${source}\n${sentence}\n`,
        /Preview: \/blog\/posts\/a-same-day\/ shown/,
        atomic,
      );
      expect(readFileSync(page, "utf8")).toContain(sentence);
      // The rebuild after it ends before the next save (and before the next test reads).
      await until(() => rebuilt.test(running.stdout), 45_000, "the rebuild");
    }
  });

  it.each<[string, (text: string) => string, string | undefined]>([
    [
      "a front-matter save",
      (text) => text.replace('title: "Same day A"', 'title: "Same day A, retitled"'),
      undefined,
    ],
    [
      "a body whose Markdown fails",
      (text) => `${text}\nA claim.[^missing]\n`,
      "footnote reference [^missing]",
    ],
  ])(
    "shows no preview of %s: the rebuild writes the page or prints the problem",
    async (_, edit, problem) => {
      const before = readFileSync(page, "utf8");
      const running = await save(edit(readFileSync(post, "utf8")), /File changed/);
      if (problem) {
        await until(() => running.stderr.includes("Build failed:"), 45_000, "the problem");
        expect(running.stderr).toContain(problem);
        expect(readFileSync(page, "utf8")).toBe(before);
      } else {
        await until(() => rebuilt.test(running.stdout), 45_000, "the rebuild");
        expect(readFileSync(page, "utf8")).toContain("Same day A, retitled");
      }
      expect(running.stdout).not.toContain("Preview:");
    },
  );
});
