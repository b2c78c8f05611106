import { describe, expect, it } from "vitest";
import { outputWritesSettled, trackOutputWrite } from "../../../src/shared/output-writes.ts";

/** A promise and the functions that settle it. */
function deferred(): { promise: Promise<void>; resolve(): void; reject(error: Error): void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Whether `promise` has settled after the queued callbacks ran. */
async function hasSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
  return settled;
}

describe("outputWritesSettled", () => {
  it("resolves at once when nothing is being written", async () => {
    expect(await hasSettled(outputWritesSettled())).toBe(true);
  });

  it.each([
    ["written", (job: ReturnType<typeof deferred>) => job.resolve()],
    ["failed", (job: ReturnType<typeof deferred>) => job.reject(new Error("disk full"))],
  ])("waits for a write until it is %s, and never rejects", async (_, settle) => {
    const job = deferred();
    job.promise.catch(() => undefined);
    trackOutputWrite(job.promise);
    const settled = outputWritesSettled();
    expect(await hasSettled(settled)).toBe(false);
    settle(job);
    await expect(settled).resolves.toBeUndefined();
  });

  it("waits for writes tracked by another copy of the module (Eleventy may load it twice)", async () => {
    const job = deferred();
    trackOutputWrite(job.promise);
    // The same file under another URL is another copy of the module, with no state of its own.
    const second = new URL("../../../src/shared/output-writes.ts?second-copy", import.meta.url)
      .href;
    const copy = (await import(
      /* @vite-ignore */ second
    )) as typeof import("../../../src/shared/output-writes.ts");
    expect(copy.outputWritesSettled).not.toBe(outputWritesSettled);
    const settled = copy.outputWritesSettled();
    expect(await hasSettled(settled)).toBe(false);
    job.resolve();
    await expect(settled).resolves.toBeUndefined();
  });
});
