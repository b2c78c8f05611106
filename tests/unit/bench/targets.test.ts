import { describe, expect, it } from "vitest";
import {
  checkTargets,
  peakMemoryLimit,
  targetsSummary,
  type TargetInputs,
} from "../../../bench/targets.ts";

/** Issue 14's measurements at 4,000 posts before the work (7 December), first template made up. */
const before: TargetInputs = {
  firstTemplateMs: 900,
  coldMs: 40_400,
  warmMs: 40_000,
  editedMs: 40_200,
  bareColdMs: 11_800,
  bodyEditMs: 6_200,
  frontMatterEditMs: 12_600,
  bareRebuildMs: 5_100,
  peakRssBytes: 858 * 1024 ** 2,
};

/** Every target met. */
const after: TargetInputs = {
  firstTemplateMs: 420,
  coldMs: 23_000,
  warmMs: 11_000,
  editedMs: 12_500,
  bareColdMs: 11_800,
  bodyEditMs: 250,
  frontMatterEditMs: 4_900,
  bareRebuildMs: 5_100,
  peakRssBytes: 700 * 1024 ** 2,
};

describe("checkTargets", () => {
  it("fails what issue 14 measured before the work, memory aside", () => {
    expect(checkTargets(before)).toEqual([
      {
        target: "first template (real site)",
        actual: "0.90 s",
        limit: "< 0.50 s",
        verdict: "FAIL",
      },
      { target: "body edit → served", actual: "6.20 s", limit: "≤ 0.30 s", verdict: "FAIL" },
      {
        target: "front-matter edit → served / bare Eleventy's rebuild",
        actual: "2.47×",
        limit: "≤ 1.00×",
        verdict: "FAIL",
      },
      { target: "peak memory", actual: "858 MiB", limit: "< 1.50 GiB", verdict: "pass" },
    ]);
  });

  it("passes every target once met", () => {
    expect(checkTargets(after).map((c) => c.verdict)).toEqual(Array(4).fill("pass"));
  });

  it.each<[string, Partial<TargetInputs>, string, string]>([
    [
      "first template at exactly 0.5 s",
      { firstTemplateMs: 500 },
      "first template (real site)",
      "FAIL",
    ],
    ["body edit at exactly 0.3 s", { bodyEditMs: 300 }, "body edit → served", "pass"],
    ["body edit at 0.31 s", { bodyEditMs: 310 }, "body edit → served", "FAIL"],
    [
      "front-matter edit slower than bare Eleventy's rebuild",
      { frontMatterEditMs: 5_200 },
      "front-matter edit → served / bare Eleventy's rebuild",
      "FAIL",
    ],
    [
      "peak memory just under 1.5 GiB",
      { peakRssBytes: peakMemoryLimit - 1 },
      "peak memory",
      "pass",
    ],
    ["peak memory at exactly 1.5 GiB", { peakRssBytes: peakMemoryLimit }, "peak memory", "FAIL"],
  ])("%s: %s", (_, change, target, verdict) => {
    const check = checkTargets({ ...after, ...change }).find((c) => c.target === target);
    expect(check?.verdict).toBe(verdict);
  });

  it.each<[string, Partial<TargetInputs>, string[]]>([
    ["no timing signal", { firstTemplateMs: Number.NaN }, ["first template (real site)"]],
    ["no body edit seen", { bodyEditMs: Number.NaN }, ["body edit → served"]],
    [
      "bare Eleventy's rebuild not seen",
      { bareRebuildMs: Number.NaN },
      ["front-matter edit → served / bare Eleventy's rebuild"],
    ],
    ["no GNU time", { peakRssBytes: Number.NaN }, ["peak memory"]],
  ])("never passes what was not measured: %s", (_, change, unmeasured) => {
    const checks = checkTargets({ ...after, ...change });
    expect(checks.filter((c) => c.verdict === "not measured").map((c) => c.target)).toEqual(
      unmeasured,
    );
    expect(checks.filter((c) => c.verdict === "FAIL")).toEqual([]);
  });

  it("shows a missing timing signal as such", () => {
    expect(checkTargets({ ...after, firstTemplateMs: Number.NaN })[0]).toEqual({
      target: "first template (real site)",
      actual: "no signal",
      limit: "< 0.50 s",
      verdict: "not measured",
    });
  });
});

describe("targetsSummary", () => {
  it.each([
    [before, "Targets: 1 pass, 3 FAIL."],
    [after, "Targets: 4 pass."],
    [{ ...before, firstTemplateMs: Number.NaN }, "Targets: 1 pass, 2 FAIL, 1 not measured."],
  ])("counts the verdicts (%#)", (inputs, line) => {
    expect(targetsSummary(checkTargets(inputs))).toBe(line);
  });

  it("says when nothing was checked", () => {
    expect(targetsSummary([])).toBe("Targets: none checked.");
  });
});
