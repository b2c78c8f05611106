import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, readPage } from "../helpers/build-site.ts";

/**
 * Posts saved with Windows line endings (CRLF). Written here, not as fixture files, so no editor
 * or formatter can turn them into LF. The two posts share their front matter: the check before
 * the build hands its reading to Eleventy's engine once, so the second post's front matter is
 * parsed by the engine itself, and both readers see CRLF.
 */
function crlfPosts(): string {
  const posts = mkdtempSync(path.join(tmpdir(), "dispatch-crlf-"));
  const frontMatter = [
    "---",
    "title: Windows line endings",
    "date: 2008-03-27",
    "tags: [Iraq, Basra]",
    "location: {name: Basra, coordinates: [47.81, 30.515]}",
    "---",
  ];
  for (const folder of ["crlf-one", "crlf-two"]) {
    mkdirSync(path.join(posts, folder));
    writeFileSync(
      path.join(posts, folder, "index.md"),
      [...frontMatter, "", `The body of ${folder}.`, ""].join("\r\n"),
    );
  }
  return posts;
}

describe("posts saved with Windows line endings (CRLF)", () => {
  const site = buildSite({ posts: crlfPosts() });

  it("build, flow lists and mappings in their front matter included", () => {
    expect(site.stderr).toBe("");
    expect(site.exitCode).toBe(0);
    // Eleventy's summary is printed once the whole build has succeeded.
    expect(site.stdout).toMatch(/^\[11ty\] Copied \d+ Wrote \d+ files in [\d.]+ seconds/);
  });

  it("keep their tags and location, read by the check and by Eleventy's engine alike", () => {
    for (const slug of ["crlf-one", "crlf-two"]) {
      const page = readPage(site.output, `/posts/${slug}/`);
      expect(page.querySelector("h1")?.textContent).toBe("Windows line endings");
      expect([...page.querySelectorAll('a[rel="tag"]')].map((a) => a.textContent)).toEqual([
        "Iraq",
        "Basra",
      ]);
    }
    const place = readPage(site.output, "/map/").querySelector("li.dispatch-map__feature");
    expect(place?.textContent).toBe("Basra2 analyses: Windows line endings · Windows line endings");
  });
});
