import { describe, expect, it } from "vitest";
import type { Attribute } from "../../../src/images/markup.ts";
import { safeImageAttributes } from "../../../src/images/safe-attributes.ts";

describe("safeImageAttributes", () => {
  it.each<[string, Attribute, boolean]>([
    ["keeps the alt text", ["alt", "The port"], true],
    ["keeps a title", ["title", "Basra"], true],
    ["keeps the width and height", ["width", "640"], true],
    ["keeps an id", ["id", "port"], true],
    ["keeps a class", ["class", "wide"], true],
    ["keeps a language", ["lang", "ar"], true],
    ["keeps a direction", ["dir", "rtl"], true],
    ["keeps the src", ["src", "photo.jpg"], true],
    ["keeps a loading hint", ["loading", "lazy"], true],
    ["keeps a decoding hint", ["decoding", "async"], true],
    ["keeps a fetch priority", ["fetchpriority", "high"], true],
    ["keeps hidden", ["hidden", ""], true],
    ["keeps a role", ["role", "presentation"], true],
    ["keeps an aria- attribute", ["aria-describedby", "note"], true],
    ["keeps a name written in capitals", ["ALT", "Shouted"], true],
    ["drops an event handler", ["onerror", "alert(1)"], false],
    ["drops an event handler in capitals", ["ONLOAD", "alert(1)"], false],
    ["drops style", ["style", "display:none"], false],
    ["drops srcdoc", ["srcdoc", "<script>alert(1)</script>"], false],
    ["drops srcset (the markup writes its own)", ["srcset", "a.jpg 1x"], false],
    ["drops a data- attribute", ["data-x", "1"], false],
    ["drops an aria- name with digits", ["aria-x1", "1"], false],
  ])("%s", (_, attribute, kept) => {
    expect(safeImageAttributes([attribute])).toEqual(kept ? [attribute] : []);
  });

  it("keeps the allowed attributes in the order written", () => {
    expect(
      safeImageAttributes([
        ["class", "wide"],
        ["onerror", "x"],
        ["alt", "Port"],
        ["style", "y"],
        ["aria-hidden", "true"],
      ]),
    ).toEqual([
      ["class", "wide"],
      ["alt", "Port"],
      ["aria-hidden", "true"],
    ]);
  });
});
