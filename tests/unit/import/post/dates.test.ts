import { describe, expect, it } from "vitest";
import { wordpressDate } from "../../../../src/import/post/dates.ts";
import { dayShift } from "../../../../src/import/post/dates.ts";

describe("a post's date", () => {
  it.each([
    ["2008-03-27 10:32:00", "2008-03-27 14:32:00", "2008-03-27T10:32:00-04:00"],
    ["2008-03-27 17:02:00", "2008-03-27 13:32:00", "2008-03-27T17:02:00+03:30"],
    ["2008-03-27 12:00:00", "2008-03-27 12:00:00", "2008-03-27T12:00:00+00:00"],
    ["2008-04-02 12:00:00", "0000-00-00 00:00:00", "2008-04-02T12:00:00"],
    ["0000-00-00 00:00:00", "0000-00-00 00:00:00", undefined],
  ])("date %s with GMT %s → %s", (local, gmt, date) => {
    expect(wordpressDate(local, gmt)).toBe(date);
  });
});

describe("the old URL's day and the post's day", () => {
  it.each([
    [
      "/2008/03/30/late/",
      "2008-03-30T23:30:00-04:00",
      "UTC",
      { oldDay: "2008-03-30", siteDay: "2008-03-31" },
    ],
    ["/2008/03/30/late/", "2008-03-30T23:30:00-04:00", "America/New_York", undefined],
    ["/late/", "2008-03-30T23:30:00-04:00", "UTC", undefined],
    [undefined, "2008-03-30T23:30:00-04:00", "UTC", undefined],
  ])("old URL %s, date %s in %s: %j", (alias, date, zone, shift) => {
    expect(dayShift(alias, date, zone)).toEqual(shift);
  });
});
