/**
 * A fixture project whose one post, `posts/basra/`, is the WordPress import's conversion of an
 * export's items, with every file of the old site's uploads folder (`uploads`) named by the
 * resolver as a local copy of the same name; the test writes those files into the post's folder,
 * then builds the project.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { WxrItem } from "../../src/import/export/wxr.ts";
import type { MediaResolver } from "../../src/import/media/resolver.ts";
import { convertExport } from "../../src/import/post/convert-export.ts";

/** The folder of posts made, the post's own folder and the `index.md` the import wrote. */
export interface ImportedPostFolder {
  /** The folder holding `posts/`: give `path.join(fixtures, "posts")` to `makeProject`. */
  fixtures: string;
  /** `posts/basra/`, where the post's local files go. */
  dir: string;
  /** The whole `index.md`. */
  markdown: string;
  /** Removes the folder. */
  remove(): void;
}

/**
 * Converts the items of an export of `http://old.example.org` and writes its first post.
 * @param items the export's items: the post (`wp:post_id` 10, slug `basra`) and its attachments
 * @param uploads the old site's uploads folder, `http://old.example.org/wp-content/uploads/2008/03`:
 *   a file under it is a local copy by its name (`…/03/quay.jpg` → `quay.jpg`)
 * @param prefix the temporary folder's name, `dispatch-<what>-`
 */
export function importedPost(
  items: readonly WxrItem[],
  uploads: string,
  prefix: string,
): ImportedPostFolder {
  const media: MediaResolver = {
    local: (url) => (url.startsWith(`${uploads}/`) ? url.slice(uploads.length + 1) : undefined),
  };
  const { posts } = convertExport(
    { siteUrl: "http://old.example.org", authors: new Map(), items: [...items] },
    { media: () => media },
  );
  const markdown = posts[0]?.text ?? "";
  const fixtures = mkdtempSync(path.join(tmpdir(), prefix));
  const dir = path.join(fixtures, "posts/basra");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "index.md"), markdown);
  return {
    fixtures,
    dir,
    markdown,
    remove: () => rmSync(fixtures, { recursive: true, force: true }),
  };
}
