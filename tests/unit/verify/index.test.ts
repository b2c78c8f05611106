import path from "node:path";
import { describe, expect, it } from "vitest";
import { verifySite } from "../../../src/verify/index.ts";
import { parsePolicy } from "../../../src/verify/csp.ts";
import { contentSecurityPolicy } from "../../../src/security/csp.ts";
import { openStreetMapTiles } from "../../../src/site.ts";

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

  it("reports a path that browsers take to another site (a backslash, a tab between the slashes)", async () => {
    const leaves =
      "leads to another site, evil.example: browsers read it as //evil.example/ (to them a backslash is a slash, and tabs and line breaks are dropped)";
    expect(await problems("link-elsewhere")).toEqual([
      `index.html:9: [link] "/\\\\evil.example/" ${leaves}`,
      `index.html:10: [link] "/\\t/evil.example/x.png" ${leaves}`,
    ]);
  });

  it("reports a feed that is not well-formed XML: the bare & and the unclosed element", async () => {
    const found = await problems("invalid-feed");
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^feed\.xml:3: \[xml\] not well-formed XML: /);
    expect(found[1]).toBe("feed.xml:6: [xml] not well-formed XML: unclosed tag: title");
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

describe("verifySite with the site's Content-Security-Policy", () => {
  it("reports what browsers would block: inline styles, hosts the policy does not list, frames", async () => {
    const policy = parsePolicy(contentSecurityPolicy({ tiles: openStreetMapTiles }, "header"));
    const found = (await verifySite(at("csp-blocked"), "/", undefined, policy)).map(
      (p) => `${p.line}: [${p.check}] ${p.message}`,
    );
    expect(found).toEqual([
      "6: [csp] <style> element: the Content-Security-Policy (style-src 'self') blocks inline styles",
      "9: [html] Inline style is not allowed (no-inline-style)",
      "10: [csp] <img src>: https://upload.example.org/basra.jpg is blocked by the Content-Security-Policy (img-src 'self' data: https://tile.openstreetmap.org)",
      "12: [csp] <iframe src>: https://www.youtube.com/embed/x is blocked by the Content-Security-Policy (frame-src https://www.youtube-nocookie.com https://player.vimeo.com)",
      "13: [link] #%E0%A4%A is not a valid fragment (bad percent-encoding)",
    ]);
  });

  it("reads .atom feeds strictly, skips folders named like pages, splits srcset on comma and space", async () => {
    expect(await problems("odd-xml")).toEqual([
      "archive.html/index.html:8: [link] <img srcset>: /missing.png does not resolve to a file in the output",
      "feed.atom:3: [xml] not well-formed XML: undefined entity.",
    ]);
  });
});

describe("verifySite on SVG files and feed entries", () => {
  it("reports scripts, handlers, foreignObject and external references in any SVG, and one that is not well-formed", async () => {
    expect(
      (await problems("hostile-svg-and-feeds")).filter((found) => found.includes(".svg:")),
    ).toEqual([
      "chart.svg:2: [svg] a <script> element: it would run on the site whenever the file is opened",
      "chart.svg:3: [svg] an event handler onclick= on <rect>: it would run on the site whenever the file is opened",
      "chart.svg:4: [svg] a <foreignObject> element: it embeds HTML, which can run scripts and load other files",
      "chart.svg:4: [svg] an HTML element <p> (namespace http://www.w3.org/1999/xhtml): HTML in a drawing can run scripts and load files",
      "chart.svg:5: [svg] an external reference to https://tracker.example/pixel.png, loaded from elsewhere whenever the drawing is shown, in xlink:href= on <image>",
      "control.svg:2: [xml] not well-formed XML: disallowed character.",
    ]);
  });

  it("reports handlers, scripts, javascript: and data: URLs and srcdoc in Atom and JSON Feed entries, per tag too", async () => {
    const holds = (where: string, finding: string) =>
      `[feed] ${where} holds ${finding}, which feed readers may run: no feed may carry it`;
    const atom = (file: string) => [
      `${file}:10: ${holds("<content>", "<iframe>")}`,
      `${file}:10: ${holds("<content>", "event handler onerror= on <img>")}`,
      `${file}:10: ${holds("<content>", "javascript: URL in href= on <a>")}`,
      `${file}:10: ${holds("<content>", "srcdoc= on <iframe>")}`,
      `${file}:14: ${holds("<content>", "<script>")}`,
      `${file}:14: ${holds("<content>", "event handler onload= on <svg>")}`,
    ];
    const json = (finding: string) => `feed.json:11: ${holds('"content_html"', finding)}`;
    expect(
      (await problems("hostile-svg-and-feeds")).filter((found) => found.includes("[feed]")),
    ).toEqual([
      json("<button>"),
      json("<form>"),
      json("data: URL in src= on <img>"),
      json("javascript: URL in formaction= on <button>"),
      json("javascript: URL in href= on <a>"),
      ...atom("feed.xml"),
      ...atom("tags/iraq/feed.xml"),
    ]);
  });
});
