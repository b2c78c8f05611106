import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dispatchArgs, makeProject, projectRoot, runVerify } from "../helpers/build-site.ts";
import { changeUntilSeen, freePort, get, stopDevServer, until } from "../helpers/dev-server.ts";

describe("npm start", () => {
  const root = makeProject({ posts: path.join(projectRoot, "tests/fixtures/posts/invalid-json") });
  const post = path.join(root, "posts/invalid-json/index.md");
  const broken = readFileSync(post, "utf8");
  // Written before the server starts: in this temporary project, whose node_modules is a link
  // to the repository's, Eleventy's watcher misreads the path of a file added while it runs.
  mkdirSync(path.join(root, "posts/draft-note"));
  writeFileSync(
    path.join(root, "posts/draft-note/index.md"),
    "---\ntitle: A draft\ndate: 2008-03-26\ndraft: true\naliases: [/old/draft/]\n---\n\nNot yet.\n",
  );
  let server: ChildProcess | undefined;
  let port = 0;
  let stderr = "";
  let stdout = "";

  afterAll(() => stopDevServer(server));

  it("with a broken post: prints the problem and comes up all the same", async () => {
    port = await freePort();
    server = spawn(process.execPath, dispatchArgs(root, "serve"), {
      cwd: root,
      env: { ...process.env, DISPATCH_SITE_URL: "https://example.org", PORT: String(port) },
    });
    server.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    server.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    await until(
      () => stderr.includes("The server starts anyway"),
      30_000,
      "the first build to fail",
    );
    expect(stderr).toContain("posts/invalid-json/index.md:11: map data is not valid JSON");
    expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    // Serving locally, the example site URL (src/site.ts) is no mistake: no warning about it.
    expect(stderr).not.toContain("build: warning");
    await until(
      async () => (await get(`http://127.0.0.1:${port}/`)) !== undefined,
      30_000,
      "the server to answer",
    );

    writeFileSync(post, "---\ntitle: Fixed\ndate: 2008-03-25\n---\n\nFixed text.\n");
    const url = `http://127.0.0.1:${port}/posts/invalid-json/`;
    await until(
      async () => (await get(url))?.body.includes(">Fixed</h1>") ?? false,
      45_000,
      "the fixed page",
    );
  });

  it("prints the problems of a post broken while it runs", async () => {
    // Eleventy says "Watching…" once its file watcher is ready.
    await until(() => stdout.includes("Watching"), 30_000, "the watcher");
    stderr = "";
    stdout = "";
    await changeUntilSeen(
      () => writeFileSync(post, broken),
      () => stdout.includes("File changed"),
    );
    await until(
      () => stderr.includes("posts/invalid-json/index.md:11: map data is not valid JSON"),
      45_000,
      "the problem",
    );
    await until(() => stderr.includes("Build failed:"), 10_000, "the end of the report");
    expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    // Printed as a build prints it: no "1. … (via TemplateContentRenderError)" chain.
    expect(stderr).not.toContain("(via ");
    expect(stderr).toContain(
      "Build failed: 1 problem in content; save a fix and the site builds again.",
    );
  });

  it("serves drafts and scheduled posts, marked as such", async () => {
    writeFileSync(post, "---\ntitle: Fixed\ndate: 2008-03-25\n---\n\nFixed text.\n");
    const url = `http://127.0.0.1:${port}/posts/draft-note/`;
    await until(async () => (await get(url))?.status === 200, 45_000, "the draft page");
    expect((await get(url))?.body).toContain(
      '<p class="publication-status">Draft: not published; only the dev server shows it.</p>',
    );
  });

  it("removes a redirect page once its alias is removed from the post", async () => {
    const old = `http://127.0.0.1:${port}/old/live/`;
    writeFileSync(
      post,
      "---\ntitle: Fixed\ndate: 2008-03-25\naliases: [/old/live/]\n---\n\nFixed text.\n",
    );
    await until(async () => (await get(old))?.status === 200, 45_000, "the redirect page");
    expect((await get(old))?.body).toContain('<link rel="canonical"');
    writeFileSync(post, "---\ntitle: Fixed\ndate: 2008-03-25\n---\n\nFixed text.\n");
    // The page goes first, then its emptied folders: the folders are waited for, not raced.
    await until(
      async () =>
        (await get(old))?.status === 404 && !existsSync(path.join(root, "_site/old/live")),
      45_000,
      "the redirect page and its folders to go",
    );
    expect(readFileSync(path.join(root, "_site/_redirects"), "utf8")).toBe(
      "# Old URLs of posts (their aliases), written by Dispatch\n/old/draft/ /posts/draft-note/ 301\n",
    );
  });

  it("rebuilds when a post is deleted, removing its page and files", async () => {
    const url = `http://127.0.0.1:${port}/posts/draft-note/`;
    expect((await get(url))?.status).toBe(200);
    expect((await get(`http://127.0.0.1:${port}/old/draft/`))?.status).toBe(200);
    expect((await get(`http://127.0.0.1:${port}/`))?.body).toContain("/posts/draft-note/");
    rmSync(path.join(root, "posts/draft-note"), { recursive: true });
    // The folder goes in one removal, its page first: the folder is waited for, not raced.
    await until(
      async () =>
        (await get(url))?.status === 404 && !existsSync(path.join(root, "_site/posts/draft-note")),
      45_000,
      "the page and its folder to go",
    );
    // Its alias goes with it: the old path no longer redirects to a page that is gone.
    await until(
      async () => (await get(`http://127.0.0.1:${port}/old/draft/`))?.status === 404,
      45_000,
      "the redirect page to go",
    );
    expect(existsSync(path.join(root, "_site/_redirects"))).toBe(false);
    await until(
      async () => !(await get(`http://127.0.0.1:${port}/`))?.body.includes("/posts/draft-note/"),
      45_000,
      "the home page without the post",
    );
  });

  it("leaves a _site/ that npm run verify refuses, since it holds drafts", () => {
    const verify = runVerify(root);
    expect(verify.stderr).toBe(
      "verify: _site/ was built by the dev server (npm start): it holds drafts and scheduled posts, and deploying it would publish them. Fix: run npm run build, then npm run verify.\n",
    );
    expect(verify.exitCode).toBe(1);
  });
});
