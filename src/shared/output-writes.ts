/**
 * Files still being written into a build's output in the background: share pictures drawn by
 * sharp, browser bundles made by esbuild. A build that fails while its pages render never reaches
 * `eleventy.after`, where the plugins wait for them, so such a file could be written into the
 * staging folder after the build removed it (and leave the folder behind); the build waits for
 * {@link outputWritesSettled} first. Kept on `globalThis`, since Eleventy may load a plugin's
 * module more than once.
 */

const registryKey = Symbol.for("dispatch.outputWritesUnderWay");

function registry(): Set<Promise<unknown>> {
  const holder = globalThis as { [registryKey]?: Set<Promise<unknown>> };
  holder[registryKey] ??= new Set();
  return holder[registryKey];
}

/** Records a write into the output under way until it has ended, written or failed. */
export function trackOutputWrite(job: Promise<unknown>): void {
  const pending = registry();
  pending.add(job);
  const done = () => pending.delete(job);
  job.then(done, done);
}

/** Resolves once every write under way has been written or has failed; never rejects. */
export async function outputWritesSettled(): Promise<void> {
  await Promise.allSettled([...registry()]);
}
