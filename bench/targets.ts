/**
 * The targets and the verdict on each from what the bench measured. Issue 14's: first template
 * < 0.5 s, body-edit preview ≤ 0.3 s, front-matter edit ≤ 1.0× bare Eleventy's own rebuild (at the
 * largest size, 4,000 posts by default); and issue 7's peak memory < 1.5 GiB. Build times against
 * bare Eleventy are reported in the tables, not judged: no issue sets a limit on them.
 */
import { formatBytes, formatSeconds } from "./report.ts";

/** What the targets are checked against; times in milliseconds, memory in bytes, `NaN` = not measured. */
export interface TargetInputs {
  /** `npm run build` → Eleventy's first template on the real site (the slower of its builds). */
  firstTemplateMs: number;
  /** Dispatch at the largest size: cold build (no cache), median. */
  coldMs: number;
  /** Warm build, nothing changed, median. */
  warmMs: number;
  /** Warm build after one post edited, median. */
  editedMs: number;
  /** Bare Eleventy's cold build, median. */
  bareColdMs: number;
  /** Dispatch's dev server: save of a body edit → the new sentence served, median. */
  bodyEditMs: number;
  /** Dispatch's dev server: save of a title change → the new title served, median. */
  frontMatterEditMs: number;
  /** Bare Eleventy's `--serve`: save of a title change → the new title served, median. */
  bareRebuildMs: number;
  /** Dispatch's peak memory over its builds. */
  peakRssBytes: number;
}

/** One target: what it measured, what it allows, the verdict. */
export interface TargetCheck {
  target: string;
  actual: string;
  limit: string;
  verdict: "pass" | "FAIL" | "not measured";
}

/** 1.5 GiB, issue 7's limit on peak memory. */
export const peakMemoryLimit = 1.5 * 1024 ** 3;

const ratio = (a: number, b: number) => a / b;
const times = (r: number) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : "not measured");

/**
 * Checks every target of issue 14. A value that was not measured (`NaN`, e.g. no timing signal
 * or no bare Eleventy rebuild) gives "not measured", never a pass.
 */
export function checkTargets(m: TargetInputs): TargetCheck[] {
  const check = (
    target: string,
    value: number,
    limit: number,
    shown: string,
    limitShown: string,
    strict = false,
  ): TargetCheck => ({
    target,
    actual: shown,
    limit: limitShown,
    verdict: !Number.isFinite(value)
      ? "not measured"
      : (strict ? value < limit : value <= limit)
        ? "pass"
        : "FAIL",
  });
  const frontMatter = ratio(m.frontMatterEditMs, m.bareRebuildMs);
  return [
    check("first template (real site)", m.firstTemplateMs, 500, Number.isFinite(m.firstTemplateMs) ? formatSeconds(m.firstTemplateMs) : "no signal", "< 0.50 s", true),
    check("body edit → served", m.bodyEditMs, 300, formatSeconds(m.bodyEditMs), "≤ 0.30 s"),
    check("front-matter edit → served / bare Eleventy's rebuild", frontMatter, 1.0, times(frontMatter), "≤ 1.00×"),
    check("peak memory", m.peakRssBytes, peakMemoryLimit, Number.isFinite(m.peakRssBytes) ? formatBytes(m.peakRssBytes) : "not measured", "< 1.50 GiB", true),
  ]; // prettier-ignore
}

/**
 * One line that counts the verdicts: `Targets: 2 pass, 4 FAIL, 1 not measured.` (kinds with
 * no target left out).
 */
export function targetsSummary(checks: readonly TargetCheck[]): string {
  const counts = (["pass", "FAIL", "not measured"] as const)
    .map((verdict) => [verdict, checks.filter((c) => c.verdict === verdict).length] as const)
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${count} ${verdict}`);
  return `Targets: ${counts.length === 0 ? "none checked" : counts.join(", ")}.`;
}
