/** Helpers for tests that run the dev server (`npm start`, `src/cli/serve.ts`) in a project. */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { dispatchArgs } from "./build-site.ts";

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves when `check` returns true, polling every 250 ms; rejects after `ms`. */
export async function until(
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

/**
 * Fetches a page; undefined while nothing answers. A connection refused or reset is tried again
 * twice, 250 ms apart: a server busy rebuilding on a loaded machine may drop one.
 */
export async function get(url: string): Promise<{ status: number; body: string } | undefined> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const response = await fetch(url);
      return { status: response.status, body: await response.text() };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return undefined;
}

/** A dev server started in a project, with what it has printed so far. */
export interface DevServer {
  process: ChildProcess;
  port: number;
  /** Everything printed on stdout since the start (or since the test last emptied it). */
  stdout: string;
  stderr: string;
}

/**
 * Starts `npm start` (the launcher, `src/cli/serve.ts`) in `root` on a free port.
 * @param env variables added to the environment, e.g. `{ DISPATCH_PATH_PREFIX: "/blog/" }`
 */
export async function startDevServer(
  root: string,
  env: Record<string, string> = {},
): Promise<DevServer> {
  const port = await freePort();
  const server: DevServer = {
    process: spawn(process.execPath, dispatchArgs(root, "serve"), {
      cwd: root,
      env: { ...process.env, ...env, PORT: String(port) },
    }),
    port,
    stdout: "",
    stderr: "",
  };
  server.process.stdout?.on("data", (chunk: Buffer) => (server.stdout += chunk.toString()));
  server.process.stderr?.on("data", (chunk: Buffer) => (server.stderr += chunk.toString()));
  return server;
}

/**
 * Makes a change with `change` and waits until `seen` says the watcher reported it, making the
 * change again every 5 s: a watcher that has only just started (or a loaded machine) may miss
 * a first save. `change` must leave the same files each time it runs.
 */
export async function changeUntilSeen(change: () => void, seen: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 9 && !seen(); attempt++) {
    change();
    await until(seen, 5_000, "the watcher").catch(() => undefined);
  }
  if (!seen()) throw new Error("the watcher never reported the change");
}

/**
 * Stops a dev server (SIGTERM) and resolves once it has exited, so that nothing it started
 * still writes in the run's temporary folder when the run removes it. Resolves at once for a
 * server that has already exited or never started; sends SIGKILL after `ms`.
 */
export async function stopDevServer(
  server: ChildProcess | DevServer | undefined,
  ms = 10_000,
): Promise<void> {
  const child = server && "process" in server ? server.process : server;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), ms);
  await exited;
  clearTimeout(timer);
}
