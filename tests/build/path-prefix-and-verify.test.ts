import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, inject, it } from "vitest";
import {
  buildProject,
  buildSite,
  dispatchArgs,
  makeProject,
  projectRoot,
  readPage,
  runVerify,
} from "../helpers/build-site.ts";

/** The line of the first test override a project's `src/site.ts` holds (`site: …`). */
const overrideLine =
  readFileSync(path.join(projectRoot, "src/site.ts"), "utf8").split("\n").length + 2;

/** A fixture posts folder with one short post. */
function onePost(): string {
  const posts = mkdtempSync(path.join(tmpdir(), "dispatch-one-post-"));
  mkdirSync(path.join(posts, "basra"));
  writeFileSync(
    path.join(posts, "basra/index.md"),
    "---\ntitle: Basra\ndate: 2008-03-27\n---\n\nThe text of the post.\n",
  );
  return posts;
}

/** Runs one of Dispatch's commands in `root` with `env` added, as npm would. */
function run(root: string, command: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, dispatchArgs(root, command, args), {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every URL attribute value in the site's HTML, with the file it is in. */
function urlsIn(output: string): { file: string; url: string }[] {
  const found: { file: string; url: string }[] = [];
  for (const file of readdirSync(output, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".html")) continue;
    const { document } = parseHTML(readFileSync(path.join(output, file), "utf8"));
    for (const element of document.querySelectorAll("[href], [src]")) {
      for (const name of ["href", "src"]) {
        const url = element.getAttribute(name);
        if (url !== null) found.push({ file, url });
      }
    }
  }
  return found;
}

describe("a build for the sub-path /basra-blog/", () => {
  const site = inject("realSiteUnderPrefix");

  it("succeeds, with one warning: crawlers never read the robots.txt under the prefix", () => {
    expect(site.exitCode).toBe(0);
    expect(site.stderr).toBe(
      'build: warning: crawlers read robots.txt only at the root of a host (RFC 9309 §2.3), so the robots.txt this build writes at https://dispatch.test/basra-blog/robots.txt is never read. Fix: add the line "Sitemap: https://dispatch.test/basra-blog/sitemap.xml" to https://dispatch.test/robots.txt, and let it allow /basra-blog/\n',
    );
    expect(site.stdout).toContain("Built _site/ for the path prefix /basra-blog/\n");
  });

  it("puts the prefix exactly once on every internal URL", () => {
    const internal = urlsIn(site.output).filter(({ url }) => url.startsWith("/"));
    expect(internal.length).toBeGreaterThan(5);
    for (const { file, url } of internal) {
      expect(url, file).toMatch(/^\/basra-blog\//);
      expect(url, file).not.toMatch(/^\/basra-blog\/basra-blog\//);
    }
    const post = readPage(site.output, "/posts/continuing-battle-for-the-south-basra/");
    expect(post.querySelector("script[src]")?.getAttribute("src")).toBe(
      "/basra-blog/assets/js/map.js",
    );
  });

  it("puts the prefix on the links in the coverage map's data, which HTML rewriting does not reach", () => {
    const map = readPage(site.output, "/map/");
    const island = map.querySelector('script[type="application/json"]')?.textContent ?? "null";
    const links = (
      JSON.parse(island) as { features: { properties: Record<string, unknown> }[] }
    ).features
      .flatMap((feature) => Object.values(feature.properties))
      .filter((value): value is string => typeof value === "string" && value.startsWith("/"));
    // The two Basra posts share one pin, which links to the place's list on the same page.
    expect(links).toEqual(["/basra-blog/map/#place-basra"]);
    for (const link of links) expect(link).toMatch(/^\/basra-blog\/(?!basra-blog\/)/);
  });

  it("passes npm run verify, which reads the prefix the build recorded", () => {
    const verify = runVerify(site.root);
    expect(verify.stderr).toBe("");
    expect(verify.stdout).toBe("verify: _site/ is sound (path prefix /basra-blog/).\n");
    expect(verify.exitCode).toBe(0);
  });

  it("fails npm run verify when checked as if served from the root", () => {
    const verify = runVerify(site.root, ["--pathprefix=/"]);
    expect(verify.exitCode).toBe(1);
    expect(verify.stderr).toContain(
      "_site/index.html:12: [link] <link href>: /basra-blog/assets/css/site.css does not resolve to a file in the output",
    );
  });
});

describe("a production build for the example site URL", () => {
  const posts = mkdtempSync(path.join(tmpdir(), "dispatch-example-url-"));
  mkdirSync(path.join(posts, "basra"));
  writeFileSync(
    path.join(posts, "basra/index.md"),
    "---\ntitle: Basra\ndate: 2008-03-27\n---\n\nThe text of the post.\n",
  );
  const site = buildSite({ posts, env: { DISPATCH_SITE_URL: "https://example.org" } });
  const fix =
    "Fix: set url in src/site.ts to the site's address, or build with DISPATCH_SITE_URL=https://<the site's domain> npm run build (canonical links, feeds, feed ids and the sitemap depend on it)";

  it("builds, with one warning and its fix", () => {
    expect(site.exitCode).toBe(0);
    expect(site.stderr).toBe(
      `build: warning: the site URL is https://example.org, a domain reserved for examples, and npm run verify fails on it. ${fix}\n`,
    );
  });

  it("fails npm run verify, which reads the URL from the sitemap, with the fix", () => {
    const verify = runVerify(site.root);
    expect(verify).toEqual({
      exitCode: 1,
      stdout: "",
      stderr:
        `_site/sitemap.xml:4: [site-url] the site was built for https://example.org, a domain reserved for examples, not the site's address. ${fix}\n` +
        "verify: 1 problem in _site/ (path prefix /).\n",
    });
  });

  it("passes npm run verify once built with DISPATCH_SITE_URL, without a warning", () => {
    const again = buildProject(site.root, {
      env: { DISPATCH_SITE_URL: "https://www.dispatch.test" },
    });
    expect([again.exitCode, again.stderr]).toEqual([0, ""]);
    expect(runVerify(site.root)).toEqual({
      exitCode: 0,
      stdout: "verify: _site/ is sound (path prefix /).\n",
      stderr: "",
    });
  });
});

describe("a tag authority that is none", () => {
  it("stops the build before anything is written, naming src/site.ts, its line and the value to write", () => {
    const site = buildSite({
      posts: onePost(),
      site: { tagAuthority: "Dispatch.test" },
      previousOutput: { "index.html": "the previous site" },
    });
    expect([site.exitCode, site.stdout, site.stderr]).toEqual([
      1,
      "",
      `src/site.ts:${overrideLine}: the tag authority "Dispatch.test" (site.tagAuthority, the name in every post's feed id) is not a domain name or an email address in lower case (RFC 4151 §2.1). Fix: write tagAuthority: "dispatch.test"\n`,
    ]);
    expect(readFileSync(path.join(site.output, "index.html"), "utf8")).toBe("the previous site");
  });
});

describe("a mistyped site URL", () => {
  const root = makeProject({
    posts: onePost(),
    previousOutput: { "index.html": "the previous site" },
  });
  const url = `src/site.ts:${
    readFileSync(path.join(projectRoot, "src/site.ts"), "utf8")
      .split("\n")
      .findIndex((line) => /^\s+url: siteOrigin\(/.test(line)) + 1
  }`;

  it.each<[string, string[], string, string]>([
    [
      "build",
      [],
      "news.example.net",
      'DISPATCH_SITE_URL: the site URL "news.example.net" is not an absolute http(s) URL. Fix: DISPATCH_SITE_URL=https://news.example.net',
    ],
    [
      "build",
      ["--pathprefix=/x/"],
      "https://x.com/path",
      `DISPATCH_SITE_URL: the site URL "https://x.com/path" has a path, but it is the site's origin; the path is the path prefix. Fix: DISPATCH_SITE_URL=https://x.com, and put the path in --pathprefix: npm run build -- --pathprefix=/path/`,
    ],
    [
      "verify",
      [],
      "news.example.net",
      'DISPATCH_SITE_URL: the site URL "news.example.net" is not an absolute http(s) URL. Fix: DISPATCH_SITE_URL=https://news.example.net',
    ],
    [
      "new",
      ["Basra"],
      "news.example.net",
      'DISPATCH_SITE_URL: the site URL "news.example.net" is not an absolute http(s) URL. Fix: DISPATCH_SITE_URL=https://news.example.net',
    ],
    [
      "serve",
      [],
      "https://x.com/path",
      `DISPATCH_SITE_URL: the site URL "https://x.com/path" has a path, but it is the site's origin; the path is the path prefix. Fix: DISPATCH_SITE_URL=https://x.com, and put the path in --pathprefix: npm run build -- --pathprefix=/path/`,
    ],
  ])(
    "npm run %s %j with DISPATCH_SITE_URL=%s prints one line, exits 1 and writes nothing",
    (command, args, value, line) => {
      const result = run(root, command, args, { DISPATCH_SITE_URL: value });
      expect(result).toEqual({ exitCode: 1, stdout: "", stderr: `${line}\n` });
      expect(readdirSync(path.join(root, "_site"))).toEqual(["index.html"]);
      expect(readFileSync(path.join(root, "_site/index.html"), "utf8")).toBe("the previous site");
      expect(readdirSync(path.join(root, "posts"))).toEqual(["basra"]);
    },
  );

  it("names url in src/site.ts and its line when the URL is written there", () => {
    writeFileSync(
      path.join(root, "src/site.ts"),
      readFileSync(path.join(root, "src/site.ts"), "utf8").replace(
        '|| "https://example.org")',
        '|| "news.example.net")',
      ),
    );
    const result = run(root, "build", [], { DISPATCH_SITE_URL: "" });
    expect(result).toEqual({
      exitCode: 1,
      stdout: "",
      stderr: `${url}: url: the site URL "news.example.net" is not an absolute http(s) URL. Fix: write the URL as "https://news.example.net"\n`,
    });
    expect(readFileSync(path.join(root, "_site/index.html"), "utf8")).toBe("the previous site");
  });
});

describe("a licence that is not { name, url }", () => {
  it.each<[string, unknown, string]>([
    [
      "text",
      "CC BY 4.0",
      `license is "CC BY 4.0", not an object. Fix: write the licence as an object: license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" }`,
    ],
    [
      "a javascript: URL",
      { name: "CC BY 4.0", url: "javascript:alert(1)" },
      `license.url "javascript:alert(1)" is not an absolute http(s) URL. Fix: write the address of the licence's deed or legal code, e.g. license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" }`,
    ],
  ])(
    "as %s stops the build before anything is written, naming src/site.ts and the fix",
    (_case, license, line) => {
      const root = makeProject({
        posts: onePost(),
        site: {},
        previousOutput: { "index.html": "the previous site" },
      });
      writeFileSync(
        path.join(root, "src/site.ts"),
        `${readFileSync(path.join(root, "src/site.ts"), "utf8")}\nsite.license = ${JSON.stringify(license)} as never;\n`,
      );
      const site = buildProject(root);
      expect([site.exitCode, site.stdout, site.stderr]).toEqual([
        1,
        "",
        `src/site.ts:${overrideLine - 1}: ${line}\n`,
      ]);
      expect(readFileSync(path.join(site.output, "index.html"), "utf8")).toBe("the previous site");
    },
  );
});

describe("a tag authority in a domain reserved for examples", () => {
  const site = buildSite({ posts: onePost(), site: { tagAuthority: "example.org" } });

  it("builds, with a warning naming src/site.ts, its line and the fix", () => {
    expect(site.exitCode).toBe(0);
    expect(site.stderr).toBe(
      `src/site.ts:${overrideLine}: warning: the tag authority "example.org" (tagAuthority) is a domain reserved for examples, and every post's feed id would carry it for ever; npm run verify fails on it. Fix: write the site's own domain name, tagAuthority: "<the site's domain>", before the first deploy\n`,
    );
  });

  it("fails npm run verify, which reads the id from the built feed", () => {
    const atom = readFileSync(path.join(site.output, "feed.xml"), "utf8");
    const line =
      atom
        .split("\n")
        .findIndex((text) => text.includes("<id>tag:example.org,2008-03-27:basra</id>")) + 1;
    expect(line).toBeGreaterThan(1);
    expect(runVerify(site.root)).toEqual({
      exitCode: 1,
      stdout: "",
      stderr:
        `_site/feed.xml:${line}: [feed-id] the feed id "tag:example.org,2008-03-27:basra" is named for example.org, a domain reserved for examples (tagAuthority in src/site.ts); feed readers keep ids for ever, so every post would change id once it is set. Fix: set tagAuthority in src/site.ts to the site's own domain name before the first deploy\n` +
        "verify: 1 problem in _site/ (path prefix /).\n",
    });
  });
});

describe("npm run verify on a broken site", () => {
  it("exits 1 and names the file, line and problem", () => {
    const fixture = path.join(projectRoot, "tests/fixtures/sites/broken-link");
    const verify = runVerify(projectRoot, [
      `--output=${path.relative(projectRoot, fixture)}`,
      "--pathprefix=/",
    ]);
    expect(verify.exitCode).toBe(1);
    expect(verify.stderr).toContain(
      "tests/fixtures/sites/broken-link/index.html:9: [link] <a href>: /posts/missing/ does not resolve to a file in the output",
    );
    expect(verify.stderr).toContain(
      "verify: 2 problems in tests/fixtures/sites/broken-link/ (path prefix /).",
    );
  });
});

describe("a post with script payloads in its front matter and map data", () => {
  const site = buildSite({ posts: path.join(projectRoot, "tests/fixtures/posts/xss") });
  /** The title payload as text, with the smart typography every title gets. */
  const curledTitle =
    "</title><script>window.xss = ‘title’</script><b onmouseover=“window.xss = ‘b’”>";
  const page = () => readPage(site.output, "/posts/xss/");

  it("builds", () => {
    expect(site.stderr).toBe("");
    expect(site.exitCode).toBe(0);
  });

  it("shows every payload as text", () => {
    const document = page();
    expect(document.querySelector("h1")?.textContent).toBe(curledTitle);
    expect(document.querySelector(".dek")?.textContent).toBe(
      '"><script>window.xss = ‘summary’</script>',
    );
    expect(document.querySelector(".dispatch-map__features strong")?.textContent).toBe(
      "</script><script>window.xss = 'island'</script>",
    );
    expect(document.querySelector("figcaption")?.textContent).toBe(
      "</figcaption><script>window.xss = 'caption'</script>",
    );
  });

  it("has no script but the map module and the data island, and no markup from the payloads", () => {
    const document = page();
    const scripts = [...document.querySelectorAll("script")].map(
      (script) => script.getAttribute("src") ?? script.getAttribute("type"),
    );
    expect(scripts).toEqual([
      "application/ld+json",
      "application/ld+json",
      "/assets/js/map.js",
      "application/json",
    ]);
    // The structured data holds the payloads as data, read back exactly.
    const article = JSON.parse(
      document.querySelector('script[type="application/ld+json"]')?.textContent ?? "null",
    ) as { headline: string; keywords: string[]; citation: { name: string }[] };
    expect(article.headline).toBe(curledTitle);
    expect(article.keywords).toEqual(["<img src=x onerror=\"window.xss = 'tag'\">"]);
    expect(article.citation[0]?.name).toBe("</cite><script>window.xss = 'citation'</script>");
    for (const selector of [
      "b",
      "svg[onload]",
      'img[src="x"]',
      "[onmouseover]",
      "[onerror]",
      "[onload]",
    ]) {
      expect(document.querySelector(selector), selector).toBeNull();
    }
    expect(document.querySelector(".dispatch-map__source a")).toBeNull();
  });

  it("passes npm run verify", () => {
    const verify = runVerify(site.root);
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });
});
