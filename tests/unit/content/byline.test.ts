import { describe, expect, it } from "vitest";
import { bylineNames, bylineParts } from "../../../src/content/byline.ts";

describe("bylineNames", () => {
  it.each([
    ["Ali Hassan", ["Ali Hassan"]],
    ["James Glanz and Michael Kamber", ["James Glanz", "Michael Kamber"]],
    ["Ali Hassan, Sara Ahmed and Tom Lee", ["Ali Hassan", "Sara Ahmed", "Tom Lee"]],
    ["Ali Hassan, Sara Ahmed, and Tom Lee", ["Ali Hassan", "Sara Ahmed", "Tom Lee"]],
    ["James Glanz, Jr.", ["James Glanz, Jr."]],
    ["Glanz, James", ["Glanz, James"]],
    ["  Nūr al-Dīn\n Ḥasan ", ["Nūr al-Dīn Ḥasan"]],
    ["علي حسن", ["علي حسن"]],
    ["علي حسن وسارة أحمد", ["علي حسن وسارة أحمد"]],
    ["James Glanz & Michael Kamber", ["James Glanz & Michael Kamber"]],
    ["James Glanz AND Michael Kamber", ["James Glanz AND Michael Kamber"]],
    ["Reuters and AFP staff", ["Reuters", "AFP staff"]],
    ["Staff and agencies", ["Staff and agencies"]],
    ["Ali Hassan and staff", ["Ali Hassan and staff"]],
    ["Ali Hassan, Sara Ahmed and agencies", ["Ali Hassan, Sara Ahmed and agencies"]],
    ["bell hooks and Cornel West", ["bell hooks", "Cornel West"]],
    ["Ali Hassan and", ["Ali Hassan and"]],
    ["Reuters", ["Reuters"]],
    ["", []],
    [undefined, []],
  ])("splits the text %j into %j", (byline, expected) => {
    expect(bylineNames(byline)).toEqual(expected);
  });

  it.each([
    [
      ["James Glanz", "Michael Kamber"],
      ["James Glanz", "Michael Kamber"],
    ],
    [["Reuters and AFP staff"], ["Reuters and AFP staff"]],
    [
      ["Glanz, James", " Kamber,\n Michael "],
      ["Glanz, James", "Kamber, Michael"],
    ],
    [
      ["علي حسن", "سارة أحمد"],
      ["علي حسن", "سارة أحمد"],
    ],
    [[], []],
  ])("keeps each item of the list %j one name: %j", (byline, expected) => {
    expect(bylineNames(byline)).toEqual(expected);
  });
});

describe("bylineParts", () => {
  it.each([
    ["Ali Hassan", "en", [{ name: "Ali Hassan" }]],
    [
      "James Glanz and Michael Kamber",
      "en",
      [{ name: "James Glanz" }, { text: " and " }, { name: "Michael Kamber" }],
    ],
    [
      "Ali Hassan, Sara Ahmed, and Tom Lee",
      "fr",
      [
        { name: "Ali Hassan" },
        { text: ", " },
        { name: "Sara Ahmed" },
        { text: ", and " },
        { name: "Tom Lee" },
      ],
    ],
    [
      ["Ali Hassan", "Sara Ahmed", "Tom Lee"],
      "en",
      [
        { name: "Ali Hassan" },
        { text: ", " },
        { name: "Sara Ahmed" },
        { text: ", and " },
        { name: "Tom Lee" },
      ],
    ],
    [
      ["Ali Hassan", "Sara Ahmed", "Tom Lee"],
      "en-GB",
      [
        { name: "Ali Hassan" },
        { text: ", " },
        { name: "Sara Ahmed" },
        { text: " and " },
        { name: "Tom Lee" },
      ],
    ],
    [
      ["علي حسن", "Michael Kamber"],
      "ar",
      [{ name: "علي حسن" }, { text: " و" }, { name: "Michael Kamber" }],
    ],
    [
      ["Ali Hassan", "Sara Ahmed"],
      "fr",
      [{ name: "Ali Hassan" }, { text: " et " }, { name: "Sara Ahmed" }],
    ],
    [["Reuters and AFP staff"], "en", [{ name: "Reuters and AFP staff" }]],
    [undefined, "en", []],
  ])("prints %j in %s as %j", (byline, lang, expected) => {
    expect(bylineParts(byline, lang)).toEqual(expected);
  });
});
