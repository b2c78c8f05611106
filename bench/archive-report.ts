/**
 * The archive part of `npm run bench`'s report: the builds table, the dev servers table, and the
 * values the targets are checked against (`bench/targets.ts`).
 */
import type { ArchiveResult, BuildSummary, PreviewSummary } from "./archive-bench.ts";
import { formatBytes, formatSeconds, formatTable } from "./report.ts";
import type { TargetInputs } from "./targets.ts";

/** `hugo v0.111.3+extended linux/amd64 …` → `Hugo 0.111.3`; anything else → `Hugo`. */
export function hugoName(version: string): string {
  const number = /\bv(\d+\.\d+(?:\.\d+)?)/.exec(version)?.[1];
  return number ? `Hugo ${number}` : "Hugo";
}

/** A time to the first template, or "no signal" when the build never printed it. */
export function formatFirstTemplate(ms: number): string {
  return Number.isFinite(ms) ? formatSeconds(ms) : "no signal";
}

const memory = (bytes: number) => (Number.isFinite(bytes) ? formatBytes(bytes) : "not measured");
const ratio = (ms: number, bare: number) =>
  Number.isFinite(ms / bare) ? `${(ms / bare).toFixed(2)}×` : "";

/** The builds table: every kind of build of every generator at every size. */
export function buildsTable(archives: readonly ArchiveResult[]): string {
  const rows = archives.flatMap((a) => {
    const bare = a.bare.cold.ms;
    const row = (generator: string, build: string, s: BuildSummary, signal: boolean) => [
      String(a.posts),
      generator,
      build,
      formatSeconds(s.ms),
      ratio(s.ms, bare),
      signal ? formatFirstTemplate(s.firstTemplateMs) : "",
      memory(s.maxRssBytes),
    ];
    return [
      row("Dispatch", "cold (no .cache/)", a.dispatch.cold, true),
      row("Dispatch", "warm, nothing changed", a.dispatch.warm, true),
      row("Dispatch", "warm, one post edited", a.dispatch.edited, true),
      row("bare Eleventy", "cold", a.bare.cold, false),
      ...("version" in a.hugo ? [row(hugoName(a.hugo.version), "cold", a.hugo.cold, false)] : []),
    ];
  });
  return formatTable(
    ["posts", "generator", "build", "time", "× bare", "first template", "peak memory"],
    rows,
  );
}

/** The dev servers table: time to serve, then save → the new text served, by kind of save. */
export function previewTable(archives: readonly ArchiveResult[]): string {
  const rows = archives.flatMap((a) => {
    const row = (generator: string, p: PreviewSummary) => [
      String(a.posts),
      generator,
      formatSeconds(p.startMs),
      formatSeconds(p.bodyEditMs),
      formatSeconds(p.frontMatterEditMs),
    ];
    return [
      row("Dispatch (npm start)", a.dispatch.preview),
      row("bare Eleventy (--serve)", a.bare.preview),
      ...("version" in a.hugo ? [row(`${hugoName(a.hugo.version)} (hugo server)`, a.hugo.preview)] : []),
    ]; // prettier-ignore
  });
  return formatTable(
    ["posts", "generator", "serves after", "body edit → seen", "front-matter edit → seen"],
    rows,
  );
}

/**
 * What the targets are checked against: the archive `a` (the largest size measured) and the
 * real site's time to first template (`NaN` when its builds printed no signal).
 */
export function targetInputs(a: ArchiveResult, realFirstTemplateMs: number): TargetInputs {
  const peaks = [a.dispatch.cold, a.dispatch.warm, a.dispatch.edited]
    .map((s) => s.maxRssBytes)
    .filter((value) => Number.isFinite(value));
  return {
    firstTemplateMs: realFirstTemplateMs,
    coldMs: a.dispatch.cold.ms,
    warmMs: a.dispatch.warm.ms,
    editedMs: a.dispatch.edited.ms,
    bareColdMs: a.bare.cold.ms,
    bodyEditMs: a.dispatch.preview.bodyEditMs,
    frontMatterEditMs: a.dispatch.preview.frontMatterEditMs,
    bareRebuildMs: a.bare.preview.frontMatterEditMs,
    peakRssBytes: peaks.length === 0 ? Number.NaN : Math.max(...peaks),
  };
}
