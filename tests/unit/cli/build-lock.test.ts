import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  acquireLock,
  describeHolder,
  heartbeatMs,
  lockFileOf,
  readHolder,
  staleAfterMs,
  tryLock,
  type LockHolder,
} from "../../../src/cli/build-lock.ts";

function lockFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "dispatch-lock-")), "_site.lock");
}

/** The id of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid as number;
}

function holder(fields: Partial<LockHolder>): LockHolder {
  return {
    pid: process.pid,
    host: hostname(),
    by: "build",
    started: "2026-12-07T05:02:11.000Z",
    ...fields,
  };
}

describe("lockFileOf", () => {
  it.each([
    ["_site", "_site.lock"],
    ["_site/", "_site.lock"],
    ["out/dist", "out/dist.lock"],
  ])("%s → %s", (output, expected) => {
    expect(lockFileOf(output)).toBe(expected);
  });
});

describe("tryLock", () => {
  it("takes a free lock, refuses it to a second taker while held, and frees it on release", () => {
    const file = lockFile();
    const first = tryLock(file, "build");
    expect(first.ok).toBe(true);
    expect(readHolder(file)).toMatchObject({ pid: process.pid, host: hostname(), by: "build" });
    const second = tryLock(file, "build");
    expect(second).toMatchObject({ ok: false, holder: { pid: process.pid, by: "build" } });
    if (first.ok) {
      first.lock.release();
      first.lock.release();
    }
    expect(existsSync(file)).toBe(false);
  });

  it("takes the lock of an output folder whose parent does not exist yet", () => {
    const file = path.join(path.dirname(lockFile()), "new/site.lock");
    const result = tryLock(file, "build");
    expect(result.ok).toBe(true);
    if (result.ok) result.lock.release();
  });

  it("recovers the lock of a process that no longer runs", () => {
    const file = lockFile();
    writeFileSync(file, JSON.stringify(holder({ pid: deadPid() })));
    const result = tryLock(file, "build");
    expect(result.ok).toBe(true);
    expect(readHolder(file)?.pid).toBe(process.pid);
    if (result.ok) result.lock.release();
  });

  it("takes a holder on another machine to be running", () => {
    const file = lockFile();
    writeFileSync(file, JSON.stringify(holder({ pid: deadPid(), host: "elsewhere" })));
    expect(tryLock(file, "build")).toMatchObject({ ok: false, holder: { host: "elsewhere" } });
  });

  it.each([
    ["on another machine", holder({ pid: deadPid(), host: "3f2a9c1b7d4e" })],
    ["whose process id another program now has", holder({ pid: process.pid })],
  ])(
    "takes over the lock of a holder %s once it has gone a minute without a heartbeat",
    (_, stale) => {
      const file = lockFile();
      writeFileSync(file, JSON.stringify(stale));
      expect(tryLock(file, "build").ok).toBe(false);
      const old = new Date(Date.now() - staleAfterMs - 1_000);
      utimesSync(file, old, old);
      const result = tryLock(file, "build");
      expect(result.ok).toBe(true);
      expect(readHolder(file)).toMatchObject({ pid: process.pid, host: hostname() });
      if (result.ok) result.lock.release();
    },
  );

  it("touches its lock file every few seconds while held, so it never looks stale", () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      const file = lockFile();
      const result = tryLock(file, "build");
      if (!result.ok) throw new Error("lock not taken");
      const old = new Date(Date.now() - staleAfterMs - 1_000);
      utimesSync(file, old, old);
      vi.advanceTimersByTime(heartbeatMs);
      expect(Date.now() - statSync(file).mtimeMs).toBeLessThan(heartbeatMs);
      result.lock.release();
      expect(existsSync(file)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it("waits on a lock being written, and recovers one left unreadable for long", () => {
    const file = lockFile();
    writeFileSync(file, "");
    expect(tryLock(file, "build")).toMatchObject({ ok: false, holder: { pid: 0 } });
    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
    const result = tryLock(file, "build");
    expect(result.ok).toBe(true);
    if (result.ok) result.lock.release();
  });

  it("never removes a lock another process has taken since", () => {
    const file = lockFile();
    const result = tryLock(file, "build");
    const other = JSON.stringify(holder({ pid: 1 }));
    writeFileSync(file, other);
    if (result.ok) result.lock.release();
    expect(readFileSync(file, "utf8")).toBe(other);
  });
});

describe("acquireLock", () => {
  it("waits for a build, saying so once, and takes the lock when it is released", async () => {
    const file = lockFile();
    const first = tryLock(file, "build");
    const waits: LockHolder[] = [];
    const second = await acquireLock(file, {
      by: "build",
      pollMs: 1,
      onWait: (holder) => {
        waits.push(holder);
        if (first.ok) first.lock.release();
      },
    });
    expect(second.ok).toBe(true);
    expect(waits.map((holder) => holder.pid)).toEqual([process.pid]);
    if (second.ok) second.lock.release();
  });

  it("does not wait for the dev server, which holds its folder while it runs", async () => {
    const file = lockFile();
    writeFileSync(file, JSON.stringify(holder({ by: "serve" })));
    let waited = false;
    const result = await acquireLock(file, { by: "build", onWait: () => (waited = true) });
    expect(result).toMatchObject({ ok: false, holder: { by: "serve", pid: process.pid } });
    expect(waited).toBe(false);
  });
});

describe("describeHolder", () => {
  it("gives the process id and the time it started, in UTC", () => {
    expect(describeHolder(holder({ pid: 1234 }))).toBe("pid 1234, started 05:02:11 UTC");
    expect(describeHolder(holder({ pid: 0 }))).toBe("starting");
  });
});
