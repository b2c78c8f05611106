import { describe, expect, it } from "vitest";
import { summarizeBuilds, summarizePreview, type BuildRun } from "../../../bench/archive-bench.ts";

const MiB = 1024 ** 2;
const run = (ms: number, rss: number, first = Number.NaN, exitCode = 0): BuildRun => ({
  ms,
  exitCode,
  maxRssBytes: rss * MiB,
  firstTemplateMs: first,
});

describe("summarizeBuilds", () => {
  it.each<[string, BuildRun[], number, number, number]>([
    [
      "three builds",
      [run(9000, 400, 700), run(8000, 500, 650), run(12000, 450, 900)],
      9000,
      500,
      700,
    ],
    [
      "two builds: the mean of the middle",
      [run(9000, 400, 600), run(8000, 420, 700)],
      8500,
      420,
      650,
    ],
    [
      "a failed build left out",
      [run(9000, 400, 700), run(Number.NaN, Number.NaN, Number.NaN, 1), run(7000, 300, 500)],
      8000,
      400,
      600,
    ],
    ["builds with no timing signal", [run(9000, 400), run(8000, 500)], 8500, 500, Number.NaN],
    [
      "every build failed",
      [run(Number.NaN, Number.NaN, Number.NaN, 1)],
      Number.NaN,
      Number.NaN,
      Number.NaN,
    ],
  ])("%s: median time, highest memory, median first template", (_, runs, ms, rss, first) => {
    expect(summarizeBuilds(runs)).toEqual({
      ms,
      maxRssBytes: rss * MiB,
      firstTemplateMs: first,
      runs,
    });
  });
});

describe("summarizePreview", () => {
  it("gives the median of each kind of save, the unseen ones left out", () => {
    const edits = [
      { kind: "body" as const, file: "a", ms: 1500 },
      { kind: "body" as const, file: "b", ms: 1700 },
      { kind: "body" as const, file: "c", ms: Number.NaN, error: "not seen within 180 s" },
      { kind: "front-matter" as const, file: "d", ms: 3800 },
    ];
    expect(summarizePreview(9000, edits)).toEqual({
      startMs: 9000,
      bodyEditMs: 1600,
      frontMatterEditMs: 3800,
      edits,
    });
  });

  it("keeps why the session stopped", () => {
    expect(summarizePreview(Number.NaN, [], "npm start exited before serving")).toEqual({
      startMs: Number.NaN,
      bodyEditMs: Number.NaN,
      frontMatterEditMs: Number.NaN,
      edits: [],
      error: "npm start exited before serving",
    });
  });
});
