import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkPostsDestination } from "../../../src/import/destination.ts";

/** `<tmp>/site` (a Dispatch project: `.eleventy.ts`, `posts/`) and `<tmp>/other` (a folder). */
function folders(): { tmp: string; site: string } {
  const tmp = mkdtempSync(path.join(tmpdir(), "dispatch-destination-"));
  const site = path.join(tmp, "site");
  mkdirSync(path.join(site, "posts"), { recursive: true });
  writeFileSync(path.join(site, ".eleventy.ts"), "export default () => {};\n");
  writeFileSync(path.join(site, "package.json"), "{}\n");
  mkdirSync(path.join(tmp, "other/posts"), { recursive: true });
  mkdirSync(path.join(tmp, "second-site"));
  writeFileSync(path.join(tmp, "second-site/.eleventy.ts"), "export default () => {};\n");
  return { tmp, site };
}

const fix =
  "Fix: import straight into the posts folder, --out posts (the default), or into another project's, --out ../other-site/posts";
const notRead = (out: string) =>
  `--out ${out} is not a folder the build reads posts from: the build publishes only posts/<folder>/index.md in the project's root, so posts written there would never be published. ${fix}`;

describe("checkPostsDestination", () => {
  it.each([
    "posts",
    "./posts",
    "posts/",
    "./posts/",
    "ABSOLUTE/posts",
    "../second-site/posts",
    "posts/../posts",
  ])("accepts %s, a posts folder the build reads", (out) => {
    const { site } = folders();
    const given = out.replace("ABSOLUTE", site);
    expect(() => checkPostsDestination(given, site)).not.toThrow();
  });

  it.each([
    ["posts/imported", notRead("posts/imported")],
    ["../elsewhere", notRead("../elsewhere")],
    ["out", notRead("out")],
    [".", notRead(".")],
    ["posts/basra", notRead("posts/basra")],
    [
      "../other/posts",
      `--out ../other/posts is a folder named posts outside a Dispatch project (its parent holds no .eleventy.ts): the build publishes only posts/<folder>/index.md in the project's root, so posts written there would never be published. ${fix}`,
    ],
  ])("refuses %s with the fix", (out, message) => {
    const { site } = folders();
    expect(() => checkPostsDestination(out, site)).toThrow(message);
  });
});

describe("checkPostsDestination and links", () => {
  it("accepts a posts folder that is a symbolic link, and refuses a link named otherwise", () => {
    const { tmp, site } = folders();
    rmSync(path.join(site, "posts"), { recursive: true });
    symlinkSync(path.join(tmp, "other/posts"), path.join(site, "posts"), "dir");
    symlinkSync(path.join(site, "posts"), path.join(site, "posts-link"), "dir");
    expect(() => checkPostsDestination("posts", site)).not.toThrow();
    expect(() => checkPostsDestination("posts-link", site)).toThrow(
      "--out posts-link is not a folder the build reads posts from",
    );
  });
});
