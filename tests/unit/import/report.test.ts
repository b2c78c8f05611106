import { describe, expect, it } from "vitest";
import { skippedSummary } from "../../../src/import/report.ts";
import { actionLine, mediaSummary, postReport, summaryLine } from "../../../src/import/report.ts";
import type { ImportedPost } from "../../../src/import/post/convert-export.ts";

describe("the summary of skipped items", () => {
  it.each([
    [["draft"], "Skipped 1 item: 1 draft."],
    [["draft", "page", "draft", "trash", "trash"], "Skipped 5 items: 2 drafts, 1 page, 2 trash."],
    [
      ["attachment", "attachment", "nav_menu_item"],
      "Skipped 3 items: 2 attachments, 1 nav_menu_item.",
    ],
  ])("%j → %s", (reasons, sentence) => {
    expect(skippedSummary(reasons.map((reason) => ({ id: "1", title: "T", reason })))).toBe(
      sentence,
    );
  });
});

const post = (fields: Partial<ImportedPost> = {}): ImportedPost => ({
  id: "1",
  slug: "basra",
  text: "",
  draft: false,
  unconverted: [],
  images: [],
  alias: "/2008/03/27/basra/",
  aliasRefused: false,
  notices: [],
  ...fields,
});

describe("the report's lines", () => {
  it.each([
    ["write", true, { stream: "out", line: "p/index.md: would write" }],
    ["unchanged", true, undefined],
    [
      "keep",
      true,
      {
        stream: "out",
        line: "p/index.md: would keep (changed since the last import; --force to overwrite)",
      },
    ],
    ["write", false, undefined],
    [
      "keep",
      false,
      {
        stream: "err",
        line: "p/index.md: changed since the last import, so it was not overwritten. Fix: run again with --force to replace it with the export's version",
      },
    ],
    [
      "deleted",
      false,
      {
        stream: "err",
        line: "p/index.md: deleted since the last import, so it was left deleted. Fix: run again with --force to restore it from the export",
      },
    ],
  ] as const)("a post to %s, dry run %s: %j", (action, dryRun, said) => {
    expect(actionLine({ file: "p/index.md", action }, dryRun)).toEqual(said);
  });

  it("reports a written post's shortcodes, notices, day shift and images, and the posts with no old path", () => {
    const written = post({
      unconverted: [{ line: 9, name: "gallery", text: "[gallery]" }],
      images: [{ url: "http://o.org/up/a.jpg", line: 10 }],
      notices: [{ line: 2, message: "a notice" }],
      dayShift: { oldDay: "2008-03-30", siteDay: "2008-03-31" },
    });
    const kept = post({ notices: [{ line: 2, message: "not said" }], alias: undefined });
    const report = postReport(
      [
        { post: written, file: "p/basra/index.md", action: "write" },
        { post: kept, file: "p/kept/index.md", action: "keep" },
      ],
      "UTC",
    );
    expect(report).toEqual({
      shortcodes: [
        'p/basra/index.md:9: [gallery] was not converted (WordPress shortcode "gallery"); the post shows a note in its place. Fix: replace the note with what the shortcode showed, or delete it',
      ],
      notes: [
        "p/basra/index.md:2: a notice",
        "p/basra/index.md:3: the old URL says 2008-03-30, but in the site's time zone (UTC) the post's date is 2008-03-31; its page shows 2008-03-31 and its old URL still redirects. Fix: nothing to do, or set the site's time zone in src/site.ts to the old blog's",
        "1 post had an old URL with no path (WordPress's \"Plain\" permalinks, /?p=123): no redirect is written for it, since a static site cannot redirect by query. Fix: nothing to do, or add the old path to the post's aliases by hand",
      ],
      images: [
        "p/basra/index.md:10: the image http://o.org/up/a.jpg is kept as a link to the old site, not shown (the site shows only its own images). Fix: copy it into p/basra/ and show it from there: ![what it shows](a.jpg)",
      ],
    });
  });

  it("reports the day shifts of many posts as one line, with the first as an example", () => {
    const shifted = (slug: string) => ({
      post: post({ dayShift: { oldDay: "2008-03-30", siteDay: "2008-03-31" } }),
      file: `p/${slug}/index.md`,
      action: "write" as const,
    });
    const many = postReport(["a", "b", "c", "d"].map(shifted), "Asia/Baghdad").notes;
    expect(many).toEqual([
      "4 posts have an old URL whose day is not their day in the site's time zone (Asia/Baghdad), such as p/a/index.md:3, whose old URL says 2008-03-30 and whose page shows 2008-03-31; their pages show the site's day and their old URLs still redirect. Fix: nothing to do, or set the site's time zone in src/site.ts to the old blog's",
    ]);
    const few = postReport(["a", "b", "c"].map(shifted), "UTC").notes;
    expect(few.map((line) => line.split(": ")[0])).toEqual([
      "p/a/index.md:3",
      "p/b/index.md:3",
      "p/c/index.md:3",
    ]);
  });

  it.each([
    [
      false,
      ["write", "update", "keep", "deleted"],
      "Imported 4 posts from e.xml into out/: 2 written (1 new, 1 updated), 0 unchanged, 1 kept (changed since the last import). 1 left deleted (deleted since the last import). Skipped 1 item: 1 page. 1 shortcode not converted, 2 images kept as links.",
    ],
    [
      true,
      ["write", "unchanged"],
      "Dry run, nothing was written. 2 posts from e.xml into out/: 1 to write (1 new, 0 updated), 1 unchanged, 0 kept (changed since the last import). Skipped 1 item: 1 page. 1 shortcode not converted, 2 images kept as links.",
    ],
  ] as const)("sums up a run, dry run %s", (dryRun, actions, line) => {
    const outcomes = actions.map((action) => ({ post: post(), file: "f", action }));
    const report = { shortcodes: ["s"], notes: [], images: ["a", "b"] };
    const skipped = [{ id: "2", title: "About", reason: "page" }];
    expect(
      summaryLine({
        input: "e.xml",
        out: "out",
        dryRun,
        posts: outcomes.map((o) => o.post),
        outcomes,
        skipped,
        report,
      }),
    ).toBe(line);
  });
});

describe("the summary's media", () => {
  const counts = { fetched: 3, present: 1, missing: 2, toFetch: 4 };
  it.each([
    [false, "Media: 3 fetched, 1 already present, 2 missing."],
    [true, "Media: 4 to fetch, 1 already present, 2 missing."],
  ])("dry run %s: %s", (dryRun, sentence) => {
    expect(mediaSummary(counts, dryRun)).toBe(sentence);
  });

  it.each([
    [[], "1 shortcode not converted. Media: 3 fetched, 1 already present, 2 missing."],
    [
      ["a"],
      "1 shortcode not converted, 1 image kept as a link. Media: 3 fetched, 1 already present, 2 missing.",
    ],
  ])(
    "ends the summary; images kept as links %j are said only when there are any",
    (images, end) => {
      const outcomes = [{ post: post(), file: "f", action: "write" as const }];
      const line = summaryLine({
        input: "e.xml",
        out: "out",
        dryRun: false,
        posts: [post()],
        outcomes,
        skipped: [],
        report: { shortcodes: ["s"], notes: [], images },
        media: counts,
      });
      expect(line).toBe(
        `Imported 1 post from e.xml into out/: 1 written (1 new, 0 updated), 0 unchanged, 0 kept (changed since the last import). ${end}`,
      );
    },
  );
});
