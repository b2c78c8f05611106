import { describe, expect, it } from "vitest";
import { shareImagesSettled, trackShareImage } from "../../../src/share/pending.ts";

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

describe("shareImagesSettled", () => {
  it("resolves at once when no image is being drawn", async () => {
    expect(await hasSettled(shareImagesSettled())).toBe(true);
  });

  it.each([
    ["written", (job: ReturnType<typeof deferred>) => job.resolve()],
    ["failed", (job: ReturnType<typeof deferred>) => job.reject(new Error("disk full"))],
  ])("waits for an image until it is %s, and never rejects", async (_, settle) => {
    const job = deferred();
    job.promise.catch(() => undefined);
    trackShareImage(job.promise);
    const settled = shareImagesSettled();
    expect(await hasSettled(settled)).toBe(false);
    settle(job);
    await expect(settled).resolves.toBeUndefined();
  });

  it("waits for images tracked by another copy of the module (Eleventy may load it twice)", async () => {
    const job = deferred();
    trackShareImage(job.promise);
    // The same file under another URL is another copy of the module, with no state of its own.
    const second = new URL("../../../src/share/pending.ts?second-copy", import.meta.url).href;
    const copy = (await import(
      /* @vite-ignore */ second
    )) as typeof import("../../../src/share/pending.ts");
    expect(copy.shareImagesSettled).not.toBe(shareImagesSettled);
    const settled = copy.shareImagesSettled();
    expect(await hasSettled(settled)).toBe(false);
    job.resolve();
    await expect(settled).resolves.toBeUndefined();
  });
});
