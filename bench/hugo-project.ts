/**
 * The Hugo reference: a Hugo project made from the same posts (`content/posts/<slug>.md` with the
 * post's title, date and tags, its Markdown body as it is), minimal layouts for single and list
 * pages, and the cache kept inside the project. Used when `hugo` is on the PATH.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

/**
 * The project's configuration, with Hugo's file cache inside the project (`<root>/.hugo_cache`,
 * an absolute path as Hugo requires) rather than in the temporary folder.
 */
export function hugoConfig(root: string): string {
  return [
    'baseURL = "http://example.org/"',
    'languageCode = "en"',
    'title = "Dispatch bench (Hugo)"',
    `cacheDir = ${JSON.stringify(path.join(root, ".hugo_cache"))}`,
    "",
  ].join("\n");
}

/** The page of one post: its title, date, body and tag links. */
const single = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1><p><time>{{ .Date.Format "2 January 2006" }}</time></p>
{{ .Content }}
<ul>{{ range .Params.tags }}<li><a href="{{ printf "/tags/%s/" (urlize .) | relURL }}">{{ . }}</a></li>{{ end }}</ul>
</main></body>
</html>
`;

/** Every list page (home, the posts section, tags, a tag): its title and its pages' links. */
const list = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
</main></body>
</html>
`;

/** A Dispatch post as a Hugo content file. */
export interface HugoPost {
  /** Path under the Hugo project, `content/posts/<slug>.md`. */
  file: string;
  /** YAML front matter (title, date, tags) and the Markdown body. */
  text: string;
}

/**
 * Converts a Dispatch post (`index.md`: YAML front matter between `---` lines, then Markdown)
 * into a Hugo content file with the same title, date (`YYYY-MM-DD`) and tags, and the body
 * unchanged. The strings are written JSON-quoted (valid YAML), one line each.
 * @param slug the post's folder name, which Hugo publishes at `/posts/<slug>/`
 * @throws Error when the post has no front matter or no title or date
 */
export function hugoPost(slug: string, markdown: string): HugoPost {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(markdown);
  if (!match) throw new Error(`${slug}: no front matter between --- lines`);
  const data = (parse(match[1] as string) ?? {}) as Record<string, unknown>;
  const { title, date } = data;
  if (typeof title !== "string" || title === "") throw new Error(`${slug}: no title`);
  const day =
    date instanceof Date ? date.toISOString().slice(0, 10) : typeof date === "string" ? date : "";
  if (!/^\d{4}-\d{2}-\d{2}/.test(day)) throw new Error(`${slug}: no date`);
  const tags = Array.isArray(data.tags) ? data.tags.map(String) : [];
  const front = [
    "---",
    `title: ${JSON.stringify(title)}`,
    `date: ${day.slice(0, 10)}`,
    `tags: ${JSON.stringify(tags)}`,
    "---",
  ];
  return { file: `content/posts/${slug}.md`, text: `${front.join("\n")}\n${match[2]}` };
}

/**
 * Makes the Hugo project in `root` (created if needed): `config.toml` ({@link hugoConfig}), the layouts
 * `layouts/_default/single.html` and `list.html`, and one content file per post
 * ({@link hugoPost}).
 * @param posts the posts, by folder name (slug) and the text of their `index.md`
 */
export function makeHugoProject(
  root: string,
  posts: ReadonlyArray<{ slug: string; markdown: string }>,
): void {
  mkdirSync(path.join(root, "layouts/_default"), { recursive: true });
  mkdirSync(path.join(root, "content/posts"), { recursive: true });
  writeFileSync(path.join(root, "config.toml"), hugoConfig(path.resolve(root)));
  writeFileSync(path.join(root, "layouts/_default/single.html"), single);
  writeFileSync(path.join(root, "layouts/_default/list.html"), list);
  for (const post of posts) {
    const { file, text } = hugoPost(post.slug, post.markdown);
    writeFileSync(path.join(root, file), text);
  }
}

/**
 * Hugo's version line when `hugo` is on the PATH (`hugo v0.111.3+extended linux/amd64 …`), else
 * `undefined`.
 */
export function hugoVersion(): string | undefined {
  const result = spawnSync("hugo", ["version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}
