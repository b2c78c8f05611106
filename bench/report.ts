/**
 * The benchmark's pure helpers: the median of repeated measurements, units for people, and the
 * plain-text tables `npm run bench` prints.
 */

/**
 * The median of `values` (the mean of the two middle values for an even count).
 * @throws RangeError when `values` is empty
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The median of the measured `values`, those that are finite numbers (a failed run is `NaN`);
 * `NaN` when none was measured.
 */
export function measuredMedian(values: readonly number[]): number {
  const measured = values.filter((value) => Number.isFinite(value));
  return measured.length === 0 ? Number.NaN : median(measured);
}

/** Milliseconds as seconds with two decimals: `1234.5` → `"1.23 s"`; `NaN` (not measured) → `"not measured"`. */
export function formatSeconds(ms: number): string {
  return Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "not measured";
}

/** Bytes in binary units: `512` → `"512 B"`, `14336` → `"14.0 KiB"`, `1.5 GiB` → `"1.50 GiB"`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

/**
 * A plain-text table: a header row, a rule, then one line per row; each column as wide as its
 * widest cell, text left-aligned and cells that start with a digit right-aligned.
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return /^[\d.-]/.test(cell) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
