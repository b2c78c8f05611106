/**
 * Eleventy's `DuplicatePermalinkOutputError` (two templates writing one output file), told as an
 * author's problem: the post, the line of its `permalink:` (or `slug:`), the other file and the
 * fix. The check before the build finds clashes between posts and with the paths the build is
 * known to write; this covers what only Eleventy knows, such as a page the project adds in
 * `pages/` at the path of a post.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { ContentError, type ContentProblem } from "../errors.ts";
import { isPostSource } from "./permalinks/permalink.ts";
import { readPost } from "./post.ts";
import { storedPost } from "./store.ts";

/** The errors an Eleventy error wraps (`originalError`, `cause`), outermost first. */
function chain(error: unknown): unknown[] {
  const errors: unknown[] = [];
  let current: unknown = error;
  while (current && typeof current === "object" && !errors.includes(current)) {
    errors.push(current);
    current =
      (current as { originalError?: unknown }).originalError ??
      (current as { cause?: unknown }).cause;
  }
  return errors;
}

/**
 * The input files an Eleventy output-conflict message names: `The template at "./a.md"
 * attempted to overwrite an existing template at "./_site/x/index.html"` and the numbered list of
 * `Output conflict: multiple input files are writing to …`. Project-relative, without `./`.
 */
export function conflictingInputs(message: string): string[] {
  const files = new Set<string>();
  for (const match of message.matchAll(/^\s*\d+\.\s+(\S.*?)\s*$/gm)) files.add(match[1] as string);
  for (const match of message.matchAll(/The template at "([^"]+)"/g)) files.add(match[1] as string);
  return [...files].map((file) => file.replace(/^\.\//, ""));
}

/**
 * Turns Eleventy's `DuplicatePermalinkOutputError` found in an error chain into a
 * {@link ContentError} with one problem for each post it names: on the line of the post's
 * `permalink:` (else `slug:`, else line 1), naming the other file(s) and the fix.
 * @param root the project root the named files are relative to (the build's working directory)
 * @returns `undefined` when the chain holds no such error, or it names no post
 */
export function duplicateOutputError(error: unknown, root = "."): ContentError | undefined {
  const duplicate = chain(error).find(
    (entry) =>
      (entry as { constructor?: { name?: string } }).constructor?.name ===
      "DuplicatePermalinkOutputError",
  ) as Error | undefined;
  if (!duplicate) return undefined;
  const inputs = conflictingInputs(duplicate.message);
  const problems: ContentProblem[] = [];
  for (const file of inputs) {
    if (!isPostSource(file) || !existsSync(path.join(root, file))) continue;
    const others = inputs.filter((other) => other !== file);
    // The post store's reading of the post; read here only when the store has none.
    const post = storedPost(path.join(root, file)) ?? readPost(root, file, "UTC", "");
    const { permalink } = post;
    const field = permalink?.fromPermalinkField
      ? "permalink"
      : permalink?.fromSlugField
        ? "slug"
        : "";
    const url = permalink?.url ?? post.aliases.url;
    problems.push({
      file,
      line: permalink?.line ?? 1,
      message: `the post's URL ${url} is written by ${others.length > 0 ? others.join(" and ") : "another page"} too; two pages cannot share one file`,
      fix:
        field === "permalink"
          ? "give this post another permalink, or remove it"
          : field === "slug"
            ? "give this post another slug"
            : "add a slug to the post, e.g. slug: <another-name>, or rename its folder",
    });
  }
  return problems.length > 0 ? new ContentError(problems) : undefined;
}
