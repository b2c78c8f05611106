import { describe, expect, it } from "vitest";
import {
  summarizeBuilds,
  summarizePreview,
  type ArchiveResult,
  type BuildRun,
} from "../../../bench/archive-bench.ts";
import {
  buildsTable,
  formatFirstTemplate,
  hugoName,
  previewTable,
  targetInputs,
} from "../../../bench/archive-report.ts";

const MiB = 1024 ** 2;
const run = (ms: number, rss: number, first = Number.NaN, exitCode = 0): BuildRun => ({
  ms,
  exitCode,
  maxRssBytes: rss * MiB,
  firstTemplateMs: first,
});

describe("hugoName", () => {
  it.each([
    [
      "hugo v0.111.3+extended linux/amd64 BuildDate=2023-03-16T08:41:31Z VendorInfo=debian:0.111.3-1",
      "Hugo 0.111.3",
    ],
    ["hugo v0.140.0-e7bd51698e5c3778a86003018702b1a7dcb9559a linux/amd64", "Hugo 0.140.0"],
    ["Hugo Static Site Generator", "Hugo"],
  ])("%s → %s", (version, name) => {
    expect(hugoName(version)).toBe(name);
  });
});

describe("formatFirstTemplate", () => {
  it.each([
    [432.1, "0.43 s"],
    [Number.NaN, "no signal"],
  ])("%s ms → %s", (ms, text) => {
    expect(formatFirstTemplate(ms)).toBe(text);
  });
});

const preview = (start: number, body: number, frontMatter: number) =>
  summarizePreview(start, [
    { kind: "body", file: "a", ms: body },
    { kind: "front-matter", file: "b", ms: frontMatter },
  ]);

/** One size measured: Dispatch, bare Eleventy and (unless skipped) Hugo. */
const archive = (hugo: boolean): ArchiveResult => ({
  posts: 1000,
  mapPosts: 100,
  runs: 1,
  dispatch: {
    cold: summarizeBuilds([run(13800, 600, 900)]),
    warm: summarizeBuilds([run(8500, 500, 880)]),
    edited: summarizeBuilds([run(8700, 700)]),
    preview: preview(14000, 1700, 3700),
  },
  bare: { cold: summarizeBuilds([run(5300, 200)]), preview: preview(5000, 1200, 1250) },
  hugo: hugo
    ? {
        version: "hugo v0.111.3+extended",
        cold: summarizeBuilds([run(1100, 90)]),
        preview: preview(900, 480, 490),
      }
    : { skipped: "Hugo skipped: no hugo on the PATH (apt-get install hugo)" },
  verifyMs: Number.NaN,
  verifyPassed: false,
});

describe("buildsTable", () => {
  it("shows every build of every generator against bare Eleventy's cold build", () => {
    expect(buildsTable([archive(true)]).split("\n")).toEqual([
      "posts  generator      build                  time     × bare  first template  peak memory",
      "-----  -------------  ---------------------  -------  ------  --------------  -----------",
      " 1000  Dispatch       cold (no .cache/)      13.80 s   2.60×          0.90 s      600 MiB",
      " 1000  Dispatch       warm, nothing changed   8.50 s   1.60×          0.88 s      500 MiB",
      " 1000  Dispatch       warm, one post edited   8.70 s   1.64×  no signal           700 MiB",
      " 1000  bare Eleventy  cold                    5.30 s   1.00×                      200 MiB",
      " 1000  Hugo 0.111.3   cold                    1.10 s   0.21×                       90 MiB",
    ]);
  });

  it("has no Hugo row when Hugo was skipped", () => {
    expect(buildsTable([archive(false)])).not.toContain("Hugo");
  });
});

describe("previewTable", () => {
  it("shows each dev server's start and its saves", () => {
    expect(previewTable([archive(true)]).split("\n")).toEqual([
      "posts  generator                   serves after  body edit → seen  front-matter edit → seen",
      "-----  --------------------------  ------------  ----------------  ------------------------",
      " 1000  Dispatch (npm start)             14.00 s            1.70 s                    3.70 s",
      " 1000  bare Eleventy (--serve)           5.00 s            1.20 s                    1.25 s",
      " 1000  Hugo 0.111.3 (hugo server)        0.90 s            0.48 s                    0.49 s",
    ]);
  });
});

describe("targetInputs", () => {
  it("takes Dispatch's medians, its highest peak memory and bare Eleventy's rebuild", () => {
    expect(targetInputs(archive(true), 450)).toEqual({
      firstTemplateMs: 450,
      coldMs: 13800,
      warmMs: 8500,
      editedMs: 8700,
      bareColdMs: 5300,
      bodyEditMs: 1700,
      frontMatterEditMs: 3700,
      bareRebuildMs: 1250,
      peakRssBytes: 700 * MiB,
    });
  });
});
