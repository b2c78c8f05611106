import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkPosts } from "../../../src/content/check-posts.ts";
import {
  bodyOnlySave,
  buildStarted,
  buildWritten,
  chooseRebuildMode,
  registerDevServer,
  type DevServerEleventy,
} from "../../../src/content/rebuild-mode.ts";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

// The dev server's state is global (every copy of the module finds it): each test puts back
// whatever was there before it.
const stateKey = Symbol.for("dispatch.devServer");
const global = globalThis as Record<symbol, unknown>;
let previous: { present: boolean; state: unknown };
beforeEach(() => {
  previous = { present: stateKey in global, state: global[stateKey] };
});
afterEach(() => {
  if (previous.present) global[stateKey] = previous.state;
  else delete global[stateKey];
});

/** The dev server's Eleventy as the rebuild mode sees it: the modes it is set to, its count of builds. */
class FakeEleventy implements DevServerEleventy {
  buildCount = 0;
  readonly modes: boolean[] = [];
  setIncrementalBuild(incremental: boolean): void {
    this.modes.push(incremental);
  }
}

/** A post's source with `title` and `body`. */
function post(title: string, body: string): string {
  return `---\ntitle: ${title}\ndate: 2008-03-27\ntags: [Iraq]\n---\n${body}\n`;
}

/** A temporary project with posts a and b, and a page. */
interface Project {
  root: string;
  /** Saves `text` as `file`, a second later than the last save (so its folder's stamp changes). */
  save(file: string, text: string): void;
}

function project(): Project {
  const root = mkdtempSync(path.join(tmpdir(), "dispatch-rebuild-mode-"));
  roots.push(root);
  let seconds = 0;
  const save = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
    const time = new Date(Date.UTC(2008, 2, 27) + ++seconds * 1000);
    utimesSync(path.join(root, file), time, time);
  };
  save("posts/a/index.md", post("A", "Text of A."));
  save("posts/b/index.md", post("B", "Text of B."));
  save("pages/index.njk", "<h1>Home</h1>\n");
  return { root, save };
}

/** The post files of {@link project}. */
const posts = ["posts/a/index.md", "posts/b/index.md"];

/**
 * One build as the plugin and Eleventy run it: started, the posts checked, what it wrote
 * recorded, then counted by Eleventy once every `eleventy.after` handler has run.
 * @param written project-relative post files the build wrote
 */
function build(
  eleventy: FakeEleventy,
  root: string,
  { incremental = false, written = posts }: { incremental?: boolean; written?: string[] } = {},
): void {
  buildStarted();
  expect(checkPosts(root)).toEqual([]);
  buildWritten(
    incremental,
    written.map((file) => `./${file}`),
    root,
  );
  eleventy.buildCount += 1;
}

/** The dev server on a new project, after its first full build succeeded. */
function served(written = posts): { eleventy: FakeEleventy } & Project {
  const made = project();
  const eleventy = new FakeEleventy();
  registerDevServer(eleventy);
  build(eleventy, made.root, { written });
  return { eleventy, ...made };
}

describe("chooseRebuildMode outside the dev server", () => {
  it("returns undefined and keeps no state", () => {
    const { root } = project();
    delete global[stateKey];
    buildStarted();
    expect(checkPosts(root)).toEqual([]);
    buildWritten(false, ["./posts/a/index.md"], root);
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBeUndefined();
    expect(global[stateKey]).toBeUndefined();
  });
});

describe("registerDevServer", () => {
  it("keeps the state on globalThis, so a second copy of the module finds it", () => {
    const eleventy = new FakeEleventy();
    eleventy.buildCount = 3;
    registerDevServer(eleventy);
    expect(global[stateKey]).toEqual({ eleventy, countAtStart: 3 });
  });

  it("rebuilds in full until a build has succeeded", () => {
    const { root, save } = project();
    const eleventy = new FakeEleventy();
    registerDevServer(eleventy);
    save("posts/a/index.md", post("A", "New text of A."));
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(false);
    expect(eleventy.modes).toEqual([false]);
  });
});

describe("chooseRebuildMode after a full build that succeeded", () => {
  it.each<[string, (save: Project["save"]) => string[], boolean]>([
    [
      "a save that changed only one post's body",
      (save) => {
        save("posts/a/index.md", post("A", "New text of A."));
        return ["./posts/a/index.md"];
      },
      true,
    ],
    [
      "a body-only save named without ./",
      (save) => {
        save("posts/b/index.md", post("B", "New text of B."));
        return ["posts/b/index.md"];
      },
      true,
    ],
    [
      "a save with no change at all",
      (save) => {
        save("posts/a/index.md", post("A", "Text of A."));
        return ["./posts/a/index.md"];
      },
      true,
    ],
    [
      "a post's title changed",
      (save) => {
        save("posts/a/index.md", post("A, revised", "Text of A."));
        return ["./posts/a/index.md"];
      },
      false,
    ],
    [
      "a post's front matter changed, not its data (a comment added)",
      (save) => {
        save("posts/a/index.md", post("A\n# a comment", "Text of A."));
        return ["./posts/a/index.md"];
      },
      false,
    ],
    [
      "a post's front matter that can no longer be read",
      (save) => {
        save("posts/a/index.md", post("A: the battle", "New text of A."));
        return ["./posts/a/index.md"];
      },
      false,
    ],
    [
      "two posts' bodies saved at once",
      (save) => {
        save("posts/a/index.md", post("A", "New text of A."));
        save("posts/b/index.md", post("B", "New text of B."));
        return ["./posts/a/index.md", "./posts/b/index.md"];
      },
      false,
    ],
    [
      "one post's body saved with another post's title",
      (save) => {
        save("posts/a/index.md", post("A", "New text of A."));
        save("posts/b/index.md", post("B, revised", "Text of B."));
        return ["./posts/a/index.md", "./posts/b/index.md"];
      },
      false,
    ],
    [
      "a page that is not a post",
      (save) => {
        save("pages/index.njk", "<h1>Dispatch</h1>\n");
        return ["./pages/index.njk"];
      },
      false,
    ],
    [
      "a file in a post's folder that is not its text",
      (save) => {
        save("posts/a/notes.txt", "Notes.\n");
        return ["./posts/a/notes.txt"];
      },
      false,
    ],
    [
      "a new post",
      (save) => {
        save("posts/c/index.md", post("C", "Text of C."));
        return ["./posts/c/index.md"];
      },
      false,
    ],
    ["no file", () => [], false],
  ])("%s: incremental is %s", (_, change, incremental) => {
    const { eleventy, root, save } = served();
    expect(chooseRebuildMode(change(save), root)).toBe(incremental);
    expect(eleventy.modes).toEqual([incremental]);
  });

  it("rebuilds in full for a body-only save of a post the build did not write", () => {
    const { eleventy, root, save } = served(["posts/a/index.md"]);
    save("posts/b/index.md", post("B", "New text of B."));
    expect(chooseRebuildMode(["./posts/b/index.md"], root)).toBe(false);
    save("posts/a/index.md", post("A", "New text of A."));
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(true);
    expect(eleventy.modes).toEqual([false, true]);
  });

  it("rebuilds in full for a post saved after its file was deleted", () => {
    const { eleventy, root } = served();
    rmSync(path.join(root, "posts/a"), { recursive: true });
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(false);
    expect(eleventy.modes).toEqual([false]);
  });

  it("compares saves with the front matter of the last full build once it succeeded", () => {
    const { eleventy, root, save } = served();
    save("posts/a/index.md", post("A, revised", "Text of A."));
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(false);
    build(eleventy, root);
    save("posts/a/index.md", post("A, revised", "New text of A."));
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(true);
    save("posts/a/index.md", post("A", "New text of A."));
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(false);
    expect(eleventy.modes).toEqual([false, true, false]);
  });
});

describe("chooseRebuildMode after a build that failed", () => {
  it.each<[string, (eleventy: FakeEleventy, root: string) => void]>([
    [
      "Eleventy failed before its eleventy.after handlers",
      (_, root) => {
        buildStarted();
        checkPosts(root);
      },
    ],
    [
      "an eleventy.after handler after ours failed",
      (_, root) => {
        buildStarted();
        checkPosts(root);
        buildWritten(true, ["./posts/a/index.md"], root);
      },
    ],
  ])("rebuilds in full when %s (the count of builds did not grow)", (_, failedBuild) => {
    const { eleventy, root, save } = served();
    save("posts/a/index.md", post("A", "New text of A."));
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(true);
    failedBuild(eleventy, root);
    save("posts/a/index.md", post("A", "Newer text of A."));
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(false);
    expect(eleventy.modes).toEqual([true, false]);
  });

  it("rebuilds in full when the check before the build failed, even once the post is as it was", () => {
    const { eleventy, root, save } = served();
    save("posts/a/index.md", post("1984", "Text of A."));
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(false);
    buildStarted();
    expect(checkPosts(root).map((problem) => [problem.file, problem.line])).toEqual([
      ["posts/a/index.md", 2],
    ]);
    save("posts/a/index.md", post("A", "New text of A."));
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(false);
    expect(eleventy.modes).toEqual([false, false]);
  });

  it("rebuilds incrementally again once a full build has succeeded", () => {
    const { eleventy, root, save } = served();
    buildStarted();
    checkPosts(root);
    save("posts/a/index.md", post("A", "New text of A."));
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(false);
    build(eleventy, root);
    save("posts/a/index.md", post("A", "Newer text of A."));
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(true);
    expect(eleventy.modes).toEqual([false, true]);
  });
});

describe("chooseRebuildMode after an incremental build", () => {
  it("still compares saves with the front matter of the last full build", () => {
    const { eleventy, root, save } = served();
    save("posts/a/index.md", post("A", "New text of A."));
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(true);
    build(eleventy, root, { incremental: true, written: ["posts/a/index.md"] });
    // Post b, which the incremental build did not write, is still known from the full build.
    save("posts/b/index.md", post("B", "New text of B."));
    expect(chooseRebuildMode(["./posts/b/index.md"], root)).toBe(true);
    build(eleventy, root, { incremental: true, written: ["posts/b/index.md"] });
    save("posts/a/index.md", post("A", "Newer text of A."));
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(true);
    build(eleventy, root, { incremental: true, written: ["posts/a/index.md"] });
    save("posts/a/index.md", post("A, revised", "Newer text of A."));
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(false);
    expect(eleventy.modes).toEqual([true, true, true, false]);
  });
});

describe("bodyOnlySave, for the dev server's instant preview", () => {
  it.each<[string, (save: Project["save"]) => string, string | undefined]>([
    [
      "a save that changed only one post's body",
      (save) => {
        save("posts/a/index.md", post("A", "New text of A."));
        return "posts/a/index.md";
      },
      "New text of A.\n",
    ],
    [
      "a post's title changed",
      (save) => {
        save("posts/a/index.md", post("A, revised", "New text of A."));
        return "posts/a/index.md";
      },
      undefined,
    ],
    [
      "a new post",
      (save) => {
        save("posts/c/index.md", post("C", "Text of C."));
        return "posts/c/index.md";
      },
      undefined,
    ],
    [
      "a page that is not a post",
      (save) => {
        save("pages/index.njk", "<h1>Dispatch</h1>\n");
        return "pages/index.njk";
      },
      undefined,
    ],
  ])(
    "%s: gives the saved post's body (%j), as the coming rebuild will judge it, without setting its mode",
    (_, change, body) => {
      const { eleventy, root, save } = served();
      const file = change(save);
      expect(bodyOnlySave(file, root)?.body).toBe(body);
      expect(eleventy.modes).toEqual([]);
      expect(chooseRebuildMode([`./${file}`], root)).toBe(body !== undefined);
    },
  );

  it("gives nothing after a build that failed, nor outside the dev server", () => {
    const { root, save } = served();
    buildStarted();
    checkPosts(root);
    save("posts/a/index.md", post("A", "New text of A."));
    expect(bodyOnlySave("posts/a/index.md", root)).toBeUndefined();
    delete global[stateKey];
    expect(bodyOnlySave("posts/a/index.md", root)).toBeUndefined();
  });

  it("compares with the last full build once it succeeded, as chooseRebuildMode does", () => {
    const { eleventy, root, save } = served();
    save("posts/a/index.md", post("A, revised", "Text of A."));
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(false);
    build(eleventy, root);
    save("posts/a/index.md", post("A, revised", "New text of A."));
    expect(bodyOnlySave("posts/a/index.md", root)?.body).toBe("New text of A.\n");
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(true);
  });

  it("judges a save while a rebuild runs by the builds before it, whose outcome is known", () => {
    const { eleventy, root, save } = served();
    save("posts/a/index.md", post("A", "New text of A."));
    expect(chooseRebuildMode(["./posts/a/index.md"], root)).toBe(true);
    buildStarted();
    // The rebuild runs: the count of builds has not grown yet.
    save("posts/b/index.md", post("B", "New text of B."));
    expect(bodyOnlySave("posts/b/index.md", root, true)?.body).toBe("New text of B.\n");
    expect(bodyOnlySave("posts/b/index.md", root, false)).toBeUndefined();
    save("posts/b/index.md", post("B, revised", "New text of B."));
    expect(bodyOnlySave("posts/b/index.md", root, true)).toBeUndefined();
    // A rebuild that starts after a failed one judges no save body-only until one succeeds.
    expect(chooseRebuildMode(["./posts/b/index.md"], root)).toBe(false);
    save("posts/a/index.md", post("A", "Newer text of A."));
    expect(bodyOnlySave("posts/a/index.md", root, true)).toBeUndefined();
    expect(eleventy.modes).toEqual([true, false]);
  });
});
