/**
 * Preview latency as an author sees it: a dev server (`npm start`, `eleventy --serve`,
 * `hugo server`) is started in a project and waited for until it serves; then one post is saved
 * with a sentence added to its body (or its title changed), and its page is fetched over HTTP
 * from 127.0.0.1 every 10 ms until the new text is in it: the time from the save to then.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parse } from "yaml";
import { authorEnvironment } from "./author-environment.ts";
import { childProcess, signalChild } from "./temporary.ts";

/** The kinds of save measured: a sentence added to the body, or the title changed. */
export type EditKind = "body" | "front-matter";

/** A post's source after an edit, and the text its page shows once the edit is served. */
export interface EditedPost {
  markdown: string;
  /** Text the served page contains only after the edit. */
  expect: string;
}

/**
 * Adds a paragraph to the end of a post's body: `Added by the benchmark, edit <n>.`, which is
 * also what the page shows once the edit is served.
 */
export function addSentence(markdown: string, n: number): EditedPost {
  const expect = `Added by the benchmark, edit ${n}.`;
  return { markdown: `${markdown.replace(/\s*$/, "")}\n\n${expect}\n`, expect };
}

/**
 * Puts `Retitled in edit <n>: ` before a post's title, the `title:` line of its front matter
 * (the first `---` block), written again JSON-quoted; the page shows the new title once the edit
 * is served.
 * @throws Error when the front matter has no `title:` line
 */
export function retitle(markdown: string, n: number): EditedPost {
  const front = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(markdown)?.[0] ?? "";
  const line = /^title:.*$/m.exec(front)?.[0];
  if (line === undefined) throw new Error("the post's front matter has no title: line");
  const title = String((parse(line) as { title: unknown }).title);
  const expect = `Retitled in edit ${n}: ${title}`;
  const edited = front.replace(line, `title: ${JSON.stringify(expect)}`);
  return { markdown: `${edited}${markdown.slice(front.length)}`, expect };
}

/** One save measured: which post, how, and how long until the page showed it. */
export interface EditLatency {
  kind: EditKind;
  /** The post's source file, project-relative. */
  file: string;
  /** Save to the first response holding the new text, milliseconds; `NaN` when it never came. */
  ms: number;
  /** Why it was not measured. */
  error?: string;
}

/** A dev server to measure, and the edits to make. */
export interface PreviewOptions {
  /** The command as an author types it, e.g. `["npm", "start"]`; `{port}` stands for {@link port}. */
  command: readonly string[];
  cwd: string;
  port: number;
  /** Variables added to the author's environment (`PORT` is set from {@link port}). */
  env?: Record<string, string>;
  /** The saves, in order: a post's source file (absolute) and its page's URL path. */
  edits: ReadonlyArray<{ kind: EditKind; file: string; url: string; label: string }>;
  /** How long the server may take to serve the first page. @default 900000 */
  startTimeoutMs?: number;
  /** How long one edit may take to show. @default 180000 */
  editTimeoutMs?: number;
  log: (line: string) => void;
}

/** What a dev-server session measured. */
export interface PreviewResult {
  /** Spawn to the first page served, milliseconds; `NaN` when it never served. */
  startMs: number;
  edits: EditLatency[];
  /** Why the session stopped early, with the end of the server's output. */
  error?: string;
}

/** How often the page is fetched while waiting for an edit, milliseconds. */
export const pollIntervalMs = 10;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.now();

/** The page at `url` on 127.0.0.1, or undefined while nothing answers. */
async function fetchPage(
  port: number,
  url: string,
): Promise<{ status: number; body: string } | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${url}`, { cache: "no-store" });
    return { status: response.status, body: await response.text() };
  } catch {
    return undefined;
  }
}

/** A running server and what it has printed. */
interface Server {
  child: ChildProcess;
  output: string;
  /** When it last printed anything (`performance.now()`). */
  lastOutput: number;
  exited: boolean;
}

/** The command with `{port}` replaced by the port. */
const commandLine = (options: PreviewOptions) =>
  options.command.map((arg) => arg.replaceAll("{port}", String(options.port)));

function startServer(options: PreviewOptions): Server {
  const [command, ...args] = commandLine(options);
  const child = childProcess(
    spawn(command as string, args, {
      cwd: options.cwd,
      env: authorEnvironment(process.env, { ...options.env, PORT: String(options.port) }),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    }),
    true,
  );
  const server: Server = { child, output: "", lastOutput: now(), exited: false };
  const record = (chunk: Buffer) => {
    server.output += chunk.toString();
    server.lastOutput = now();
  };
  child.stdout?.on("data", record);
  child.stderr?.on("data", record);
  child.once("exit", () => (server.exited = true));
  child.once("error", (error) => {
    server.output += `\n${error.message}`;
    server.exited = true;
  });
  return server;
}

/** Stops the server's process group (SIGTERM, SIGKILL after 10 s) and waits for it to exit. */
async function stopServer(server: Server): Promise<void> {
  if (server.exited) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  signalChild(server.child, "SIGTERM");
  const timer = setTimeout(() => signalChild(server.child, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Waits until the server has printed nothing for a second (a rebuild still finishing, a watcher
 * starting), at least a second and at most a minute: an author saves a while after the last.
 */
async function settle(server: Server): Promise<void> {
  const start = now();
  await sleep(1000);
  while (!server.exited && now() - server.lastOutput < 1000 && now() - start < 60_000) {
    await sleep(100);
  }
}

const tail = (server: Server) => server.output.trim().split("\n").slice(-15).join("\n");

/**
 * Fetches `url` every {@link pollIntervalMs} until its body contains `expect`; resolves to when
 * it did (`performance.now()`), or undefined after `timeoutMs` or once the server has exited.
 */
async function pollUntil(
  server: Server,
  port: number,
  url: string,
  expect: string,
  timeoutMs: number,
): Promise<number | undefined> {
  const deadline = now() + timeoutMs;
  while (now() < deadline && !server.exited) {
    const asked = now();
    const page = await fetchPage(port, url);
    if (page?.status === 200 && page.body.includes(expect)) return now();
    await sleep(Math.max(0, pollIntervalMs - (now() - asked)));
  }
  return undefined;
}

/**
 * Starts the dev server, waits until it serves the first edit's page, makes each edit in turn
 * (waiting for the server to settle before each) and measures save → seen; then stops the
 * server. Never rejects for a server that fails: the result says what was not measured.
 */
export async function measurePreview(options: PreviewOptions): Promise<PreviewResult> {
  const startTimeoutMs = options.startTimeoutMs ?? 900_000;
  const editTimeoutMs = options.editTimeoutMs ?? 180_000;
  const first = options.edits[0];
  const result: PreviewResult = { startMs: Number.NaN, edits: [] };
  const spawned = now();
  const server = startServer(options);
  try {
    const served = first
      ? await pollUntil(server, options.port, first.url, "", startTimeoutMs)
      : undefined;
    if (served === undefined) {
      const what = server.exited ? "exited before serving" : `served nothing within ${startTimeoutMs / 1000} s`; // prettier-ignore
      result.error = `${commandLine(options).join(" ")} ${what}:\n${tail(server)}`;
      return result;
    }
    result.startMs = served - spawned;
    options.log(
      `    ${commandLine(options).join(" ")} serves after ${(result.startMs / 1000).toFixed(2)} s`,
    );
    for (const [index, edit] of options.edits.entries()) {
      await settle(server);
      const source = readFileSync(edit.file, "utf8");
      const edited =
        edit.kind === "body" ? addSentence(source, index + 1) : retitle(source, index + 1);
      const saved = now();
      writeFileSync(edit.file, edited.markdown);
      const seen = await pollUntil(server, options.port, edit.url, edited.expect, editTimeoutMs);
      const latency: EditLatency = { kind: edit.kind, file: edit.label, ms: Number.NaN };
      if (seen === undefined) {
        latency.error = server.exited
          ? `the server exited:\n${tail(server)}`
          : `not seen within ${editTimeoutMs / 1000} s`;
      } else latency.ms = seen - saved;
      result.edits.push(latency);
      options.log(
        `    ${edit.kind} edit of ${edit.label}: ${latency.error ?? `${(latency.ms / 1000).toFixed(3)} s`}`,
      );
      if (server.exited) break;
    }
    return result;
  } finally {
    await stopServer(server);
  }
}
