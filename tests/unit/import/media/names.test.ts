import { describe, expect, it } from "vitest";
import { originalUrl, safeName, uniqueName } from "../../../../src/import/media/names.ts";

const uploads = "http://old.example.org/wp-content/uploads/2008/03";

describe("originalUrl: the original a WordPress copy was made from", () => {
  it.each([
    [`${uploads}/photo-300x200.jpg`, `${uploads}/photo.jpg`],
    [`${uploads}/photo-1024x768@2x.jpg`, `${uploads}/photo.jpg`],
    [`${uploads}/photo-scaled.jpg`, `${uploads}/photo.jpg`],
    [`${uploads}/photo-rotated.png`, `${uploads}/photo.png`],
    [`${uploads}/photo-e1234567890123.jpg`, `${uploads}/photo.jpg`],
    [`${uploads}/photo-e1234567890123-300x200.jpg`, `${uploads}/photo.jpg`],
    [`${uploads}/photo-scaled-300x200.jpg?w=300#x`, `${uploads}/photo.jpg`],
    [`${uploads}/map-2008-300x200.JPG`, `${uploads}/map-2008.JPG`],
  ])("%s → %s", (url, original) => {
    expect(originalUrl(url)).toBe(original);
  });

  it.each([
    `${uploads}/photo.jpg`,
    `${uploads}/1024x768.jpg`,
    `${uploads}/report-2008.pdf`,
    `${uploads}/e1234567890123`,
    "not a url",
  ])("%s is no copy: undefined", (url) => {
    expect(originalUrl(url)).toBeUndefined();
  });
});

describe("safeName: a name safe in a post's folder and in Markdown", () => {
  it.each([
    ["photo.jpg", "photo.jpg"],
    ["Basra%20Port.JPG", "basra-port.jpg"],
    ["caf%C3%A9%20(1).png", "cafe-1.png"],
    ["..%2F..%2Fetc%2Fpasswd.jpg", "etc-passwd.jpg"],
    [".htaccess", "htaccess"],
    ["-rf.pdf", "rf.pdf"],
    ["a..b.pdf", "a.b.pdf"],
    ["%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9.jpg", "file.jpg"],
    ["100%.jpg", "100.jpg"],
    [`${"a".repeat(200)}.jpg`, `${"a".repeat(80)}.jpg`],
    ["index.md", "index.md"],
  ])("%s → %s", (name, safe) => {
    expect(safeName(name)).toBe(safe);
  });

  it("uses the fallback stem when nothing of the name is left", () => {
    expect(safeName("%E2%80%94.png", "image")).toBe("image.png");
  });
});

describe("uniqueName: distinct names in one folder", () => {
  it("gives photo.jpg, then photo-2.jpg, then photo-3.jpg", () => {
    const taken = new Set(["index.md"]);
    expect(
      ["photo.jpg", "photo.jpg", "photo.jpg", "map.png"].map((name) => uniqueName(name, taken)),
    ).toEqual(["photo.jpg", "photo-2.jpg", "photo-3.jpg", "map.png"]);
  });
});
