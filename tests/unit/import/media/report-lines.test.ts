import { describe, expect, it } from "vitest";
import type { MediaOutcome } from "../../../../src/import/media/download.ts";
import type { PlannedFile } from "../../../../src/import/media/plan.ts";
import {
  mediaLine,
  missingLine,
  refusedLine,
  wouldFetchLine,
} from "../../../../src/import/media/report-lines.ts";

const up = "http://old.org/wp-content/uploads/2008/03";
const post = {
  file: "posts/basra/index.md",
  text: [
    "---",
    'title: "Basra"',
    "---",
    "",
    `[Image: Port](${up}/port.jpg?a=1&amp;b=2)`,
    "",
    "![Map](map.png)",
    "",
    "[Image: Tank](https://flickr.com/tank.jpg)",
  ].join("\n"),
  images: [{ url: `${up}/thumb.jpg`, line: 5 }],
};
const file = (name: string, ...urls: string[]): PlannedFile => ({
  slug: "basra",
  postId: "1",
  name,
  kind: "image",
  urls,
  sources: urls,
});

describe("the line of a post's file", () => {
  it.each([
    [[`${up}/port.jpg?a=1&b=2`], 5],
    [[`${up}/thumb-300x200.jpg`], 5],
    [["https://flickr.com/tank.jpg"], 9],
    [["http://nowhere.org/x.jpg"], 1],
  ])("%j is on line %i", (urls, line) => {
    expect(mediaLine(post, urls)).toBe(line);
  });
});

describe("the report's media lines", () => {
  const folderFix = "copy the file into posts/basra/ and show or link it from there";
  it.each([
    [
      { status: "missing", cause: "not-found", why: "HTTP 404" },
      `(HTTP 404). Fix: find the file (in a backup of wp-content/uploads) and run the import again with --uploads <that folder>, or ${folderFix}`,
    ],
    [
      { status: "missing", cause: "unavailable", why: "timeout: no answer within 30 s" },
      `(timeout: no answer within 30 s). Fix: run the import again later (the files it has are kept), or give a copy of wp-content/uploads with --uploads <folder>, or ${folderFix}`,
    ],
    [
      {
        status: "missing",
        cause: "refused",
        why: "redirected to cdn.net, a host not allowed; --allow-host cdn.net",
      },
      `(redirected to cdn.net, a host not allowed). Fix: run the import again with --allow-host cdn.net if you trust it, or ${folderFix}`,
    ],
    [
      { status: "missing", cause: "refused", why: "larger than 50 MB" },
      "(larger than 50 MB). Fix: download it yourself as posts/basra/port.jpg and run the import again, which then plays or links that copy; or put a video on a video site and embed it with {% video %}",
    ],
  ] as const)("a file not brought: %j", (outcome, end) => {
    expect(
      missingLine(
        post,
        file("port.jpg", `${up}/port.jpg?a=1&b=2`),
        outcome as MediaOutcome & {
          status: "missing";
        },
      ),
    ).toBe(`posts/basra/index.md:5: ${up}/port.jpg?a=1&b=2 could not be downloaded ${end}`);
  });

  it("an image on a host not allowed", () => {
    expect(
      refusedLine(post, {
        slug: "basra",
        postId: "1",
        url: "https://flickr.com/tank.jpg",
        host: "flickr.com",
      }),
    ).toBe(
      "posts/basra/index.md:9: https://flickr.com/tank.jpg could not be downloaded (host not allowed: flickr.com is not the old site's). Fix: run the import again with --allow-host flickr.com if you trust it, or copy the file into posts/basra/ and show it from there",
    );
  });

  it("a file a dry run would fetch, on the line that shows it", () => {
    expect(wouldFetchLine(post, file("map.png", `${up}/map-300x300.png`))).toBe(
      `posts/basra/index.md:7: would fetch ${up}/map-300x300.png as map.png`,
    );
  });
});
