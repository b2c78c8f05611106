/**
 * `npm start`: builds the site and serves it at http://localhost:8080 with live reload. Unlike
 * Eleventy's own `--serve`, a broken post at start-up does not stop the server from coming up:
 * the problems are printed, and the build runs again when a file changes.
 */
import { existsSync, watch, type FSWatcher } from "node:fs";
import { normalizePathPrefix } from "../site.ts";
import { createEleventy, reportFailure } from "./eleventy.ts";

/** What a change to which restarts a failed first build. */
const sources = ["posts", "pages", "layouts", "assets", "src", ".eleventy.ts"];

/** Resolves at the next change to any file of the project's sources. */
function nextChange(): Promise<void> {
  return new Promise((resolve) => {
    const watchers: FSWatcher[] = [];
    const done = () => {
      for (const watcher of watchers) watcher.close();
      resolve();
    };
    for (const source of sources.filter((path) => existsSync(path))) {
      watchers.push(watch(source, { recursive: true }, done));
    }
  });
}

const pathPrefix = normalizePathPrefix(process.env.DISPATCH_PATH_PREFIX ?? "/");
for (;;) {
  const eleventy = createEleventy({ output: "_site", pathPrefix, runMode: "serve" });
  try {
    await eleventy.init();
    await eleventy.watch();
  } catch (error) {
    reportFailure(error, "fix it and save: the site builds again");
    await nextChange();
    continue;
  }
  await eleventy.serve(Number(process.env.PORT ?? 8080));
  break;
}
