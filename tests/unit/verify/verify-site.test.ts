import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveInternalUrl } from "../../../src/verify/links.ts";
import { verifySite } from "../../../src/verify/index.ts";

const sites = path.resolve(import.meta.dirname, "../../fixtures/sites");
const at = (name: string) => path.join(sites, name);

/** Problems as `file:line: [check] message` strings, for exact comparison. */
async function problems(site: string, pathPrefix = "/"): Promise<string[]> {
  return (await verifySite(at(site), pathPrefix)).map(
    (p) => `${p.file}:${p.line}: [${p.check}] ${p.message}`,
  );
}

describe("verifySite", () => {
  it("finds nothing wrong with a sound site", async () => {
    expect(await problems("sound")).toEqual([]);
  });

  it("reports every internal link or image that resolves to no file, with its line", async () => {
    expect(await problems("broken-link")).toEqual([
      "index.html:9: [link] <a href>: /posts/missing/ does not resolve to a file in the output",
      "index.html:10: [link] <img src>: /images/missing.png does not resolve to a file in the output",
    ]);
  });

  it("reports a feed that is not well-formed XML", async () => {
    const found = await problems("invalid-feed");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^feed\.xml:3: \[xml\] not well-formed XML: /);
  });

  it("reports inline scripts, javascript: URLs and inline event handlers, but not JSON islands", async () => {
    expect(await problems("inline-script")).toEqual([
      "index.html:6: [script] inline <script>: only JSON data islands may be inline",
      "index.html:9: [script] javascript: URL in href= on <a>",
      "index.html:10: [script] inline event handler onclick= on <button>",
    ]);
  });

  it("reports a doubled path prefix and a URL that escapes it", async () => {
    expect(await problems("doubled-prefix", "/basra-blog/")).toEqual([
      "index.html:6: [link] <link href>: /basra-blog/basra-blog/assets/site.css repeats the path prefix /basra-blog/",
      "index.html:7: [link] <link href>: /assets/site.css escapes the path prefix /basra-blog/",
    ]);
  });

  it("reports invalid HTML with html-validate's rule", async () => {
    const found = await problems("invalid-html");
    expect(found).toEqual([
      "index.html:9: [html] Element <p> is implicitly closed by adjacent <div> (no-implicit-close)",
      "index.html:9: [html] Stray end tag '</p>' (close-order)",
      'index.html:10: [html] <img> is missing required "alt" attribute (wcag/h37)',
    ]);
  });
});

describe("resolveInternalUrl", () => {
  const options = { outputDir: at("sound"), pathPrefix: "/" };
  it.each([
    ["/posts/a/", "index.html", { file: "posts/a/index.html" }],
    ["/posts/a", "index.html", { file: "posts/a/index.html" }],
    ["posts/a/index.html?x=1#top", "index.html", { file: "posts/a/index.html" }],
    ["../../", "posts/a/index.html", { file: "index.html" }],
    ["/", "posts/a/index.html", { file: "index.html" }],
    [
      "../../../etc/passwd",
      "posts/a/index.html",
      { problem: "../../../etc/passwd points outside the site" },
    ],
    ["/%E0%A4%A", "index.html", { problem: "/%E0%A4%A is not a valid URL (bad percent-encoding)" }],
  ])("%s from %s", (url, page, expected) => {
    expect(resolveInternalUrl(url, page, options)).toEqual(expected);
  });
});
