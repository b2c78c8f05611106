import { describe, expect, it } from "vitest";
import { bylineNames } from "../../../src/cite/names.ts";

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
    ["Reuters", ["Reuters"]],
    ["", []],
    [undefined, []],
  ])("%j → %j", (byline, expected) => {
    expect(bylineNames(byline)).toEqual(expected);
  });
});
