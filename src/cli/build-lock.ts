/**
 * One build of an output folder at a time. `npm run build` and the dev server (`npm start`) hold
 * `<output>.lock` (`_site.lock`) while they write: a file created only if it does not exist
 * (`O_EXCL`, atomic on local disks), holding the holder's process id, host, kind and start time.
 * A second build waits for the first, saying so in one line; a build never writes a folder the
 * dev server is serving, and stops at once saying so. A lock left by a process that no longer
 * runs (killed, power cut), or untouched for a minute (its holder touches it every 5 s), is
 * recovered, never a permanent block.
 */
import { hostname } from "node:os";
import {
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

/** Who holds an output folder's lock. */
export interface LockHolder {
  /** Process id. */
  pid: number;
  /** Host name of the machine it runs on: a process id means nothing on another machine. */
  host: string;
  /** `build` (`npm run build`) or `serve` (the dev server, which holds it while it runs). */
  by: "build" | "serve";
  /** When it took the lock, ISO 8601 in UTC. */
  started: string;
}

/** A lock held by this process. */
export interface HeldLock {
  /** The lock file, `_site.lock`. */
  file: string;
  /** Removes the lock file if it is still this process's; safe to call more than once. */
  release(): void;
}

/** The lock file of an output folder: `_site` → `_site.lock`, beside it. */
export function lockFileOf(output: string): string {
  return `${output.replace(/[\\/]+$/, "")}.lock`;
}

/** Reads a lock file; `undefined` when it is gone, being written, or not a lock. */
export function readHolder(file: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(file, "utf8")) as Partial<LockHolder>;
    if (typeof holder.pid !== "number" || typeof holder.host !== "string") return undefined;
    return {
      pid: holder.pid,
      host: holder.host,
      by: holder.by === "serve" ? "serve" : "build",
      started: typeof holder.started === "string" ? holder.started : "",
    };
  } catch {
    return undefined;
  }
}

/**
 * True unless the holder is known to be gone: a process id on this machine that no longer runs.
 * A holder on another host (a shared network folder) is taken to be running.
 */
export function isRunning(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Age in milliseconds of a file, or `undefined` when it is gone. */
function ageOf(file: string): number | undefined {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? Date.now() - stat.mtimeMs : undefined;
}

/** A lock file that cannot be read is a holder still writing it, unless older than this (ms). */
const unreadableGrace = 10_000;

/** How often, in milliseconds, a holder touches its lock file to show it still runs. */
export const heartbeatMs = 5_000;

/**
 * A lock file untouched for this long (ms) is stale whoever it names: its holder has stopped
 * beating, though its process id may now be another program's, or name a process on another
 * machine (a container that is gone, a shared folder).
 */
export const staleAfterMs = 60_000;

/**
 * Removes the lock file of a holder that no longer runs. Recoveries are themselves one at a time
 * (`<lock>.recover`, created only if it does not exist; one left by a killed recovery expires
 * after {@link unreadableGrace}), and the lock is removed only if it still names the same
 * holder, so a lock just taken by another waiter is never removed.
 */
function recoverStale(file: string, stale: string): void {
  const guard = `${file}.recover`;
  if ((ageOf(guard) ?? 0) > unreadableGrace) rmSync(guard, { force: true });
  try {
    writeFileSync(guard, String(process.pid), { flag: "wx" });
  } catch {
    return; // Another process is recovering it: try again later.
  }
  try {
    let current: string | undefined;
    try {
      current = readFileSync(file, "utf8");
    } catch {
      current = undefined;
    }
    if (current === stale) rmSync(file, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

/**
 * Takes the lock file if it is free, its holder no longer runs ({@link isRunning}), or its holder
 * has not touched it for {@link staleAfterMs} (every holder does so each {@link heartbeatMs}).
 * @param file the lock file ({@link lockFileOf})
 * @param by what this process is: `build` or `serve`
 * @returns the lock, or the running holder that has it
 */
export function tryLock(
  file: string,
  by: LockHolder["by"],
): { ok: true; lock: HeldLock } | { ok: false; holder: LockHolder } {
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    by,
    started: new Date().toISOString(),
  };
  const text = `${JSON.stringify(me)}\n`;
  // `--output=new/site`: the folder beside which the lock is kept may not exist yet.
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, text, { flag: "wx" });
      return { ok: true, lock: heldLock(file, text) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    let stale: string | undefined;
    try {
      stale = readFileSync(file, "utf8");
    } catch {
      continue; // Released between the two calls: take it.
    }
    const holder = readHolder(file);
    const unreadableAndOld = !holder && (ageOf(file) ?? 0) > unreadableGrace;
    const beating = (ageOf(file) ?? 0) <= staleAfterMs;
    if (holder && beating && isRunning(holder)) return { ok: false, holder };
    if (!holder && !unreadableAndOld) {
      // Being written by its holder this very moment.
      return { ok: false, holder: { pid: 0, host: hostname(), by: "build", started: "" } };
    }
    if (attempt >= 3)
      return { ok: false, holder: holder ?? { pid: 0, host: "", by: "build", started: "" } };
    recoverStale(file, stale);
  }
}

/** Locks of this process, by file: {@link holdOutput} releases them when the process exits. */
const held = new Map<string, () => void>();
let exitHooked = false;

/** Releases every lock on exit, including Ctrl-C and `kill` (SIGINT, SIGTERM, SIGHUP). */
function hookExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  const releaseAll = () => {
    for (const release of [...held.values()]) release();
  };
  process.on("exit", releaseAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      releaseAll();
      // Ended as the signal would have ended it, unless something else (Eleventy's server)
      // listens for it and ends the process itself.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

function heldLock(file: string, text: string): HeldLock {
  // The heartbeat: a lock untouched for `staleAfterMs` is taken over by the next build.
  const beat = setInterval(() => {
    try {
      const now = new Date();
      utimesSync(file, now, now);
    } catch {
      // Gone: released, or removed by hand.
    }
  }, heartbeatMs);
  beat.unref();
  const release = () => {
    clearInterval(beat);
    held.delete(file);
    try {
      if (readFileSync(file, "utf8") === text) unlinkSync(file);
    } catch {
      // Already gone.
    }
  };
  held.set(file, release);
  return { file, release };
}

/** Options of {@link acquireLock}. */
export interface AcquireOptions {
  /** What this process is. */
  by: LockHolder["by"];
  /** Called once, when the lock is held by a running build this process will wait for. */
  onWait?(holder: LockHolder): void;
  /**
   * Milliseconds between two tries while waiting.
   * @default 250
   */
  pollMs?: number;
}

/**
 * Takes an output folder's lock, waiting while another build holds it. Does not wait for the dev
 * server, which holds its folder for as long as it runs, nor, when this process is the dev
 * server, for another dev server.
 * @param file the lock file ({@link lockFileOf})
 * @returns the lock, or the holder this process must not wait for
 */
export async function acquireLock(
  file: string,
  options: AcquireOptions,
): Promise<{ ok: true; lock: HeldLock } | { ok: false; holder: LockHolder }> {
  let told = false;
  for (;;) {
    const result = tryLock(file, options.by);
    if (result.ok || result.holder.by === "serve") return result;
    if (!told) {
      told = true;
      options.onWait?.(result.holder);
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
  }
}

/** `pid 1234, started 05:02:11 UTC`, or less when the holder is not known yet. */
export function describeHolder(holder: LockHolder): string {
  const time = /T(\d\d:\d\d:\d\d)/.exec(holder.started)?.[1];
  if (!holder.pid) return "starting";
  return time ? `pid ${holder.pid}, started ${time} UTC` : `pid ${holder.pid}`;
}

/**
 * Takes the lock of `output` for this process, printing what the author needs to know: one line
 * while it waits for another build, or why it cannot go on. The lock is released when the
 * process exits, however it ends (exit, Ctrl-C, SIGTERM, SIGHUP).
 * @param output the output folder, `_site`
 * @param by `build` (`npm run build`) or `serve` (`npm start`)
 * @returns the lock, or `undefined` when this process must stop (exit 1): a build of a folder the
 *   dev server is serving, or a second dev server
 */
export async function holdOutput(
  output: string,
  by: LockHolder["by"],
): Promise<HeldLock | undefined> {
  const folder = `${output.replace(/[\\/]+$/, "")}/`;
  const result = await acquireLock(lockFileOf(output), {
    by,
    onWait: (holder) =>
      console.error(
        `Waiting for another build of ${folder} to finish (${describeHolder(holder)})…`,
      ),
  });
  if (result.ok) {
    hookExit();
    return result.lock;
  }
  const who = describeHolder(result.holder);
  console.error(
    by === "build"
      ? `build: the dev server (npm start, ${who}) is serving ${folder}, which a build would replace under it; stop the dev server first (Ctrl-C in its terminal), or build into another folder: npm run build -- --output=public`
      : `start: the dev server is already running in this project (${who}), serving ${folder}; use that one, or stop it first (Ctrl-C in its terminal)`,
  );
  return undefined;
}
