/** Writes a post to a temporary file and returns what Eleventy would hand markdown-it for it. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { bodyLineOffset } from "../../src/shared/lines.ts";

export interface PostFile {
  /** Absolute path of the written `index.md`. */
  file: string;
  /** The source without its front matter, as Eleventy passes it to markdown-it. */
  body: string;
  /** markdown-it's `env`: the page data Eleventy passes. */
  env: { page: { inputPath: string; fileSlug: string } };
}

/** Writes `lines` as `<tmp>/<slug>/index.md`. */
export function writePost(lines: readonly string[], slug = "basra"): PostFile {
  const source = lines.join("\n");
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "dispatch-md-")), slug);
  const file = path.join(dir, "index.md");
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, source);
  const body = source.split("\n").slice(bodyLineOffset(source)).join("\n");
  return { file, body, env: { page: { inputPath: file, fileSlug: slug } } };
}
