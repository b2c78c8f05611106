import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeProject, projectRoot } from "../helpers/build-site.ts";

/** A free TCP port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves when `check` returns true, polling every 250 ms; rejects after `ms`. */
async function until(
  check: () => boolean | Promise<boolean>,
  ms: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("npm start with a broken post", () => {
  const root = makeProject({ posts: path.join(projectRoot, "tests/fixtures/posts/invalid-json") });
  let server: ChildProcess | undefined;
  let stderr = "";

  afterAll(() => {
    server?.kill("SIGTERM");
  });

  it("prints the problem, then serves the site once the post is fixed", async () => {
    const port = await freePort();
    server = spawn(process.execPath, ["--import", "tsx", "src/cli/serve.ts"], {
      cwd: root,
      env: { ...process.env, PORT: String(port) },
    });
    server.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    server.stdout?.resume();

    await until(() => stderr.includes("Build failed"), 30_000, "the build to fail");
    expect(stderr).toContain("posts/invalid-json/index.md:11: map data is not valid JSON");
    expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

    writeFileSync(
      path.join(root, "posts/invalid-json/index.md"),
      "---\ntitle: Fixed\ndate: 2008-03-25\n---\n\nFixed text.\n",
    );
    const url = `http://127.0.0.1:${port}/posts/invalid-json/`;
    let body = "";
    await until(
      async () => {
        try {
          const response = await fetch(url);
          body = await response.text();
          return response.ok;
        } catch {
          return false;
        }
      },
      45_000,
      "the server to answer",
    );
    expect(body).toContain("<h1>Fixed</h1>");
  });
});
