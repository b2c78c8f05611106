/**
 * The reference the benchmark compares Dispatch with: bare Eleventy (no plugins, its own
 * markdown-it, one minimal layout) over the same posts, in a folder of its own.
 */
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The bare project's Eleventy configuration: no plugins, Markdown rendered without templates. */
const config = `export const config = {
  dir: { input: ".", includes: "_includes" },
  markdownTemplateEngine: false,
  templateFormats: ["md"],
};
`;

/**
 * The bare project's `package.json`: `npm run build` and `npm start` run Eleventy's own command
 * line, as an author of a bare Eleventy site runs it (`PORT` chooses the dev server's port).
 */
const packageJson = `${JSON.stringify(
  {
    name: "bare-eleventy-bench",
    private: true,
    type: "module",
    scripts: {
      build: "eleventy --quiet",
      start: "eleventy --serve --quiet --port=${PORT:-8080}",
    },
  },
  null,
  2,
)}\n`;

/** The one layout: a minimal HTML page around the post. */
const layout = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><h1>{{ title }}</h1>{{ content | safe }}</main></body>
</html>
`;

/**
 * Makes the bare project in `root` (created if needed) with the posts of `postsDir` copied under
 * `posts/`, each using the minimal layout, `nodeModules` linked as its `node_modules`, and a
 * `package.json` whose `build` and `start` scripts run Eleventy.
 */
export function makeBareProject(root: string, postsDir: string, nodeModules: string): void {
  mkdirSync(root, { recursive: true });
  symlinkSync(nodeModules, path.join(root, "node_modules"), "dir");
  mkdirSync(path.join(root, "_includes"), { recursive: true });
  writeFileSync(path.join(root, "package.json"), packageJson);
  writeFileSync(path.join(root, "eleventy.config.mjs"), config);
  writeFileSync(path.join(root, "_includes/post.njk"), layout);
  cpSync(postsDir, path.join(root, "posts"), { recursive: true });
  writeFileSync(path.join(root, "posts/posts.11tydata.json"), '{ "layout": "post.njk" }\n');
}
