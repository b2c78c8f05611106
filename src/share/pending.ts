/**
 * Share images still being drawn. A build that fails while its pages render never reaches
 * `eleventy.after`, where the share plugin waits for its images, so an image drawn in the
 * background could be written into the staging folder after the build removed it; the build
 * waits for {@link shareImagesSettled} first. Kept on `globalThis`, since Eleventy may load the
 * plugin's module more than once.
 */

const registryKey = Symbol.for("dispatch.pendingShareImages");

function registry(): Set<Promise<unknown>> {
  const holder = globalThis as { [registryKey]?: Set<Promise<unknown>> };
  holder[registryKey] ??= new Set();
  return holder[registryKey];
}

/** Records a share image being drawn until it is written or has failed. */
export function trackShareImage(job: Promise<unknown>): void {
  const pending = registry();
  pending.add(job);
  job.then(
    () => pending.delete(job),
    () => pending.delete(job),
  );
}

/** Resolves once every share image under way has been written or has failed; never rejects. */
export async function shareImagesSettled(): Promise<void> {
  await Promise.allSettled([...registry()]);
}
