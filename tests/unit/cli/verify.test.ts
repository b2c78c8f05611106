import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { LastBuild } from "../../../src/cli/last-build.ts";
import { recordVerdict, verifyCommand } from "../../../src/cli/verify.ts";

/** A folder holding a one-page `_site/`, whose link to `/gone/` is broken when `broken`. */
function project(broken = false): string {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-verify-"));
  mkdirSync(path.join(root, "_site"));
  writeFileSync(
    path.join(root, "_site/index.html"),
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Home</title>\n</head>\n<body>\n<main><h1>Home</h1>${broken ? '<a href="/gone/">x</a>' : ""}</main>\n</body>\n</html>\n`,
  );
  return root;
}

/** Runs the command in-process: its exit code and the lines it wrote to stdout and stderr. */
async function verify(args: string[], record: LastBuild | undefined, root = project()) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exitCode = await verifyCommand(
    { args, root, record },
    { log: (line) => stdout.push(line), error: (line) => stderr.push(line) },
  );
  return { exitCode, stdout, stderr };
}

const devServer = (output: string) =>
  `verify: ${output}/ was built by the dev server (npm start): it holds drafts and scheduled posts, and deploying it would publish them. Fix: run npm run build, then npm run verify.`;
const drafts = (output: string) =>
  `verify: warning: ${output}/ was built with DISPATCH_DRAFTS=1: it holds drafts and scheduled posts; deploy it only as a private preview, or run npm run build for the public site.`;

describe("recordVerdict", () => {
  it.each<[LastBuild | undefined, { refusal?: string; warning?: string }]>([
    [
      { output: "_site", pathPrefix: "/", by: "serve", drafts: true },
      { refusal: devServer("_site") },
    ],
    [{ output: "_site", pathPrefix: "/", by: "build", drafts: true }, { warning: drafts("_site") }],
    [{ output: "_site", pathPrefix: "/", by: "build", drafts: false }, {}],
    [{ output: "_site", pathPrefix: "/" }, {}],
    [undefined, {}],
  ])("%j: %j", (record, verdict) => {
    expect(recordVerdict("_site", record)).toEqual(verdict);
  });
});

describe("npm run verify and what built _site/", () => {
  it("refuses a site the dev server built, with the fix", async () => {
    expect(
      await verify([], { output: "_site", pathPrefix: "/", by: "serve", drafts: true }),
    ).toEqual({
      exitCode: 1,
      stdout: [],
      stderr: [devServer("_site")],
    });
  });

  it("checks a preview built with DISPATCH_DRAFTS=1, with a warning first", async () => {
    expect(
      await verify([], { output: "_site/", pathPrefix: "/", by: "build", drafts: true }),
    ).toEqual({
      exitCode: 0,
      stdout: ["verify: _site/ is sound (path prefix /)."],
      stderr: [drafts("_site")],
    });
  });

  it.each<[string, LastBuild | undefined]>([
    ["npm run build wrote", { output: "_site", pathPrefix: "/", by: "build", drafts: false }],
    ["an older record (no by) names", { output: "./_site", pathPrefix: "/" }],
    ["no record names", undefined],
  ])("checks a site %s, without a word of drafts", async (_, record) => {
    expect(await verify([], record)).toEqual({
      exitCode: 0,
      stdout: ["verify: _site/ is sound (path prefix /)."],
      stderr: [],
    });
  });

  it("reads a record of another folder as no record", async () => {
    const root = project();
    mkdirSync(path.join(root, "preview"));
    const record: LastBuild = { output: "_site", pathPrefix: "/x/", by: "serve" };
    expect(await verify(["--output=preview/"], record, root)).toEqual({
      exitCode: 0,
      stdout: ["verify: preview/ is sound (path prefix /)."],
      stderr: [],
    });
  });
});

describe("npm run verify's arguments and findings", () => {
  it("checks under the prefix the build recorded, unless one is given", async () => {
    const record: LastBuild = { output: "_site", pathPrefix: "/blog/", by: "build" };
    expect((await verify([], record)).stdout).toEqual([
      "verify: _site/ is sound (path prefix /blog/).",
    ]);
    expect((await verify(["--pathprefix=news"], record)).stdout).toEqual([
      "verify: _site/ is sound (path prefix /news/).",
    ]);
  });

  it("lists every problem, then how many, and exits 1", async () => {
    expect(await verify([], undefined, project(true))).toEqual({
      exitCode: 1,
      stdout: [],
      stderr: [
        "_site/index.html:8: [link] <a href>: /gone/ does not resolve to a file in the output",
        "verify: 1 problem in _site/ (path prefix /).",
      ],
    });
  });

  it("fails when two posts share a feed id, naming both files and the fix", async () => {
    const root = project();
    for (const [folder, line] of [
      ["basra", "id: http://old.example.org/?p=12"],
      ["zubair", 'id: "http://old.example.org/?p=12"'],
    ] as const) {
      mkdirSync(path.join(root, "posts", folder), { recursive: true });
      writeFileSync(
        path.join(root, "posts", folder, "index.md"),
        `---\ntitle: ${folder}\ndate: 2008-03-27\n${line}\n---\nText.\n`,
      );
    }
    expect(await verify([], undefined, root)).toEqual({
      exitCode: 1,
      stdout: [],
      stderr: [
        'posts/zubair/index.md:4: the feed id "http://old.example.org/?p=12" (the id feed readers know the post by) is also the feed id of posts/basra/index.md (id: on line 4); feed readers would show only one of the two posts. Fix: keep the id on the post feed readers already know by it and remove this id: line (the post\'s feed id is then made from its date and first slug), or give it another absolute URI',
        "verify: 1 problem in _site/ (path prefix /).",
      ],
    });
  });

  it.each([
    ["https://example.org/", 1],
    ["http://www.example.org/basra-blog/", 1],
    ["https://dispatch.test/", 0],
  ])("reads the site URL from the sitemap: %s exits %i", async (loc, exitCode) => {
    const root = project();
    writeFileSync(
      path.join(root, "_site/sitemap.xml"),
      `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url>\n    <loc>${loc}</loc>\n  </url>\n</urlset>\n`,
    );
    const origin = new URL(loc).origin;
    expect(await verify([], undefined, root)).toEqual(
      exitCode === 0
        ? { exitCode, stdout: ["verify: _site/ is sound (path prefix /)."], stderr: [] }
        : {
            exitCode,
            stdout: [],
            stderr: [
              `_site/sitemap.xml:4: [site-url] the site was built for ${origin}, a domain reserved for examples, not the site's address. Fix: set url in src/site.ts to the site's address, or build with DISPATCH_SITE_URL=https://<the site's domain> npm run build (canonical links, feeds, feed ids and the sitemap depend on it)`,
              "verify: 1 problem in _site/ (path prefix /).",
            ],
          },
    );
  });

  it("says there is no site to check", async () => {
    expect(await verify(["--output=nothing"], undefined)).toEqual({
      exitCode: 1,
      stdout: [],
      stderr: ["verify: there is no nothing/ to check; run npm run build first."],
    });
  });

  it("refuses an unknown option with the usage, exit 2", async () => {
    expect(await verify(["--prefix=/x/"], undefined)).toEqual({
      exitCode: 2,
      stdout: [],
      stderr: [
        "verify: Unknown option '--prefix'\nUsage: npm run verify [-- --pathprefix=/sub-path/] [--output=_site]",
      ],
    });
  });
});
