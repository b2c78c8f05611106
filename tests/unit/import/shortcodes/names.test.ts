import { describe, expect, it } from "vitest";
import { knownShortcodeNames } from "../../../../src/import/shortcodes/names.ts";

describe("the shortcodes WordPress and common plugins register", () => {
  it.each([
    ["gallery", true],
    ["wpvideo", true],
    ["contact-form-7", true],
    ["the", false],
    ["photo", false],
  ])("%s is known: %s", (name, known) => {
    expect(knownShortcodeNames.has(name)).toBe(known);
  });
});
