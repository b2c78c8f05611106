import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { allowedHosts, uploadsSource } from "../../../src/import/import-media.ts";

const scratch = mkdtempSync(path.join(tmpdir(), "dispatch-import-media-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("--uploads", () => {
  it.each([
    [undefined, undefined],
    [scratch, { folder: scratch }],
    ["https://archive.example.net/uploads/", { url: "https://archive.example.net/uploads/" }],
  ])("%s → %j", (value, source) => {
    expect(uploadsSource(value)).toEqual(source);
  });

  it.each([
    [
      "missing",
      "does not exist. Fix: give the folder holding a copy of the old site's wp-content/uploads (its 2008/, 2009/… folders)",
    ],
    [
      "file.txt",
      "is a file, not a folder. Fix: give the folder holding a copy of the old site's wp-content/uploads (its 2008/, 2009/… folders)",
    ],
  ])("refuses %s with the fix", (name, said) => {
    const value = path.join(scratch, name);
    if (name === "file.txt") writeFileSync(value, "x");
    expect(() => uploadsSource(value)).toThrow(`--uploads ${value} ${said}`);
  });

  it.each(["file:///srv/uploads", "ftp://old.org/uploads", "javascript:alert(1)"])(
    "refuses %s: neither a folder nor an http(s) address",
    (value) => {
      expect(() => uploadsSource(value)).toThrow(
        `--uploads ${value} is neither a folder nor an http(s) address. Fix: give the folder holding a copy of wp-content/uploads, or the http(s) address it is served at`,
      );
    },
  );
});

describe("--allow-host", () => {
  it("takes host names and the host of an address", () => {
    expect(allowedHosts(["images.agency.com", "https://cdn.x.org/a/"])).toEqual([
      "images.agency.com",
      "https://cdn.x.org/a/",
    ]);
  });

  it.each(["a b", "*.agency.com", "-bad.org", "file:///etc"])("refuses %j", (value) => {
    expect(() => allowedHosts([value])).toThrow(`--allow-host ${value} is not a host name`);
  });
});
