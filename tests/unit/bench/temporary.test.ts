import type { ChildProcess } from "node:child_process";
import { EventEmitter } from "node:events";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  childProcess,
  removeFolder,
  removeTemporary,
  removeTemporaryOnSignals,
  temporaryFolder,
  temporaryFolders,
} from "../../../bench/temporary.ts";

const made: string[] = [];
const folder = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `dispatch-bench-test-${name}-`));
  made.push(dir);
  return dir;
};

/** A stand-in for a child process: it records the signals it is sent, and exits when told. */
function fakeChild(): ChildProcess & { signals: string[] } {
  const signals: string[] = [];
  const child = Object.assign(new EventEmitter(), {
    signals,
    kill: (signal: string) => signals.push(signal) > 0,
  });
  return child as unknown as ChildProcess & { signals: string[] };
}

afterEach(() => {
  removeTemporary();
  vi.restoreAllMocks();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("temporary folders and children", () => {
  it("removes the noted folders and stops the noted children", () => {
    const a = temporaryFolder(folder("a"));
    const b = temporaryFolder(folder("b"));
    writeFileSync(path.join(a, "index.md"), "text");
    const child = childProcess(fakeChild());
    expect(temporaryFolders()).toEqual([a, b]);
    expect(removeTemporary()).toEqual([a, b]);
    expect(child.signals).toEqual(["SIGTERM"]);
    expect(existsSync(a)).toBe(false);
    expect(existsSync(b)).toBe(false);
    expect(temporaryFolders()).toEqual([]);
  });

  it("forgets a child once it has exited, and sends it nothing", () => {
    const child = childProcess(fakeChild());
    child.emit("exit", 0, null);
    removeTemporary();
    expect(child.signals).toEqual([]);
  });

  it("keeps a folder with --keep but forgets it", () => {
    const kept = temporaryFolder(folder("kept"));
    removeFolder(kept, true);
    expect(existsSync(kept)).toBe(true);
    expect(temporaryFolders()).toEqual([]);
  });
});

describe("removeTemporaryOnSignals", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("on %s removes the folders, says so and exits %d", (signal, code) => {
    const before = {
      SIGINT: process.listeners("SIGINT"),
      SIGTERM: process.listeners("SIGTERM"),
    };
    const exit = vi.spyOn(process, "exit").mockImplementation(() => undefined as never);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      removeTemporaryOnSignals();
      const project = temporaryFolder(folder("signal"));
      process.emit(signal);
      expect(error.mock.calls).toEqual([
        [`bench: stopped by ${signal}; removed 1 temporary folder`],
      ]);
      expect(exit.mock.calls).toEqual([[code]]);
      expect(existsSync(project)).toBe(false);
    } finally {
      // The handlers of this test only: the worker's own stay.
      for (const name of ["SIGINT", "SIGTERM"] as const) {
        for (const listener of process.listeners(name)) {
          if (!before[name].includes(listener)) process.removeListener(name, listener);
        }
      }
    }
  });
});
