/** Sizes of files as authors read them in messages. Imports nothing, so any folder may use it. */

/**
 * A size as a file manager shows it: `"48.0 MB"` from 1 MiB up, `"512 KB"` below (1 MB =
 * 1,048,576 bytes, 1 KB = 1,024, rounded up so a file just over a limit never reads as equal to it).
 * @param bytes a size in bytes, 0 or more
 */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(Math.ceil(bytes / 1024 / 102.4) / 10).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}
