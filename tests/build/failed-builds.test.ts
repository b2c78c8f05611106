/**
 * A build that fails late, while Eleventy is writing the pages of the real site, still prints
 * the author's problem (never a clean-up error instead), keeps the previous site and leaves no
 * staging folder behind.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildProject,
  buildSite,
  makeProject,
  projectRoot,
  type BuiltSite,
} from "../helpers/build-site.ts";

const basra = "continuing-battle-for-the-south-basra";

/** The real posts, the Basra post given a lead image that is a text file named like a PNG. */
function postsWithBadLeadImage(): string {
  const posts = mkdtempSync(path.join(tmpdir(), "dispatch-posts-"));
  cpSync(path.join(projectRoot, "posts"), posts, { recursive: true });
  const source = path.join(posts, basra, "index.md");
  writeFileSync(path.join(posts, basra, "lead.png"), "Notes from the port, not a picture.\n");
  writeFileSync(
    source,
    readFileSync(source, "utf8").replace("---\n", "---\nimage: {src: lead.png, alt: The port}\n"),
  );
  return posts;
}

describe("a build of the real site that fails while writing its pages", () => {
  const cases: Array<[string, () => BuiltSite, string]> = [
    [
      "a lead image that cannot be read",
      () =>
        buildSite({ posts: postsWithBadLeadImage(), previousOutput: { "index.html": "previous" } }),
      `posts/${basra}/index.md:2: front matter field "image.src": the image "lead.png" cannot be read: the file is not a PNG, JPEG, GIF, WebP, AVIF or SVG image (it may be empty, or another kind of file renamed). Fix: open it in an image editor and save it again as JPEG or PNG, or put the original file in its place`,
    ],
    [
      "a missing stylesheet",
      () => {
        const root = makeProject({ previousOutput: { "index.html": "previous" } });
        rmSync(path.join(root, "styles/site.css"));
        return buildProject(root);
      },
      "styles/site.css: the site's stylesheet is missing, so no page would have its layout. Fix: put it back (git checkout -- styles/site.css), or write one at styles/site.css",
    ],
  ];

  it.each(cases)(
    "%s: names the problem, keeps the previous site, removes the staging folder",
    (_, run, problem) => {
      const built = run();
      expect(built.exitCode).toBe(1);
      expect(built.stderr.split("\n")).toEqual([
        problem,
        "Build failed: 1 problem in content; _site/ was left as it was.",
        "",
      ]);
      expect(readFileSync(path.join(built.output, "index.html"), "utf8")).toBe("previous");
      expect(existsSync(path.join(built.root, "_site.building"))).toBe(false);
    },
  );
});
