import { describe, expect, it } from "vitest";
import { englishMonths } from "../../../src/shared/months.ts";

describe("englishMonths", () => {
  it.each([...Array(12).keys()])("names month %i as English CLDR data does", (index) => {
    const name = new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(
      new Date(Date.UTC(2008, index, 1)),
    );
    expect(englishMonths[index]).toBe(name);
  });

  it("has twelve names, January first and December last", () => {
    expect([englishMonths.length, englishMonths[0], englishMonths[11]]).toEqual([
      12,
      "January",
      "December",
    ]);
  });
});
