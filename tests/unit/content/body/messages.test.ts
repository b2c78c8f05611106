import { describe, expect, it } from "vitest";
import {
  aboutReference,
  leavesSiteWords,
  missingFileWords,
  onComputerWords,
  referenceWords,
  shown,
} from "../../../../src/content/body/messages.ts";
import type { MissingFile } from "../../../../src/content/body/on-disk.ts";

describe("shown", () => {
  it.each([
    ["photo.png", "photo.png"],
    ["a\u0000.png", "a\\u0000.png"],
    ["tab\there\u007f", "tab\\u0009here\\u007f"],
    ["café.png", "café.png"],
  ])("prints %j as %j", (name, printed) => {
    expect(shown(name)).toBe(printed);
  });
});

describe("missingFileWords", () => {
  it.each<[MissingFile, string, string]>([
    [
      { kind: "folder" },
      "is a folder in posts/a/, not a file",
      'write the name of a file in it, e.g. "images/photo.png"',
    ],
    [
      { kind: "link" },
      "is a symbolic link in posts/a/, which the build does not publish",
      "put the file itself in posts/a/ in place of the link",
    ],
    [
      { kind: "percent-escaped" },
      "is not a file in posts/a/: web servers do not read the %-escapes in its name",
      'rename the file to a name of letters, digits, "-" and "_" (no "&", "#", "?" or "%"), and write that name',
    ],
    [
      { kind: "other-spelling", spelled: "images/Pic.png", onlyComposition: false },
      "is not a file in posts/a/",
      'write its name as it is on disk, "images/Pic.png" (web servers tell capitals apart)',
    ],
    [
      { kind: "other-spelling", spelled: "café.jpg", onlyComposition: true },
      "is not a file in posts/a/",
      `its accented letters are encoded differently from the file's name, "café.jpg" (Unicode NFC and NFD): type the name again, or rename the file`,
    ],
    [
      { kind: "elsewhere", path: "deep/map.svg" },
      "is not a file in posts/a/",
      'write its path in posts/a/, "deep/map.svg"',
    ],
    [
      { kind: "absent", name: "a\u0000.png", folder: "posts/a/sub" },
      "is not a file in posts/a/",
      "add a\\u0000.png to posts/a/sub/, or correct the path",
    ],
  ])("words %j", (missing, message, fix) => {
    expect(missingFileWords(missing, "images/", "posts/a/")).toEqual({ message, fix });
  });
});

describe("the words of a whole problem", () => {
  it("names a path on the author's computer and suggests its file name", () => {
    expect(onComputerWords("C:\\Users\\me\\pic.png", "posts/a")).toEqual({
      message:
        '"C:\\\\Users\\\\me\\\\pic.png" is a path on your computer, which readers\' browsers cannot open',
      fix: 'copy the file into posts/a/ and write its name, e.g. "pic.png"',
    });
  });

  it("names the other site a path leads to", () => {
    expect(leavesSiteWords("/\\evil.example/", "evil.example")).toEqual({
      message:
        '"/\\\\evil.example/" leads to another site, evil.example: browsers read it as //evil.example/ (to them a backslash is a slash, and tabs and line breaks are dropped)',
      fix: 'write a path of this site with one / at the start, e.g. "/posts/basra/", or the other site\'s full address, "https://evil.example/…"',
    });
  });

  it.each([
    [
      "image",
      'image "../b/photo.png" is outside posts/a/: only a post\'s own folder is published with it',
    ],
    [
      "link",
      'linked file "../b/photo.png" is outside posts/a/: only a post\'s own folder is published with it',
    ],
  ] as const)("puts a %s's words after what it is", (kind, message) => {
    expect(
      aboutReference(
        kind,
        "../b/photo.png",
        referenceWords.outsideFolder("../b/photo.png", "posts/a"),
      ),
    ).toEqual({ message, fix: 'copy the file into posts/a/ and write its name, e.g. "photo.png"' });
  });

  it("writes a backslashed path with slashes, one at the start", () => {
    expect(referenceWords.backslash("\\\\docs\\report.pdf").fix).toBe(
      'write / instead: "/docs/report.pdf"',
    );
  });
});
