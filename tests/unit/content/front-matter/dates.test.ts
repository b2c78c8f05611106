import { describe, expect, it } from "vitest";
import {
  impossibleOffset,
  isoDate,
  parseFrontMatterDate,
  readableDate,
} from "../../../../src/content/front-matter/dates.ts";

const zones = [
  "UTC",
  "America/Los_Angeles",
  "Asia/Tokyo",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
];

describe("a date-only front-matter date", () => {
  it.each(zones)("is 27 March 2008 when the site's zone is %s", (zone) => {
    const date = parseFrontMatterDate("2008-03-27", zone)?.toJSDate();
    expect(date).toBeInstanceOf(Date);
    expect(readableDate(date as Date, zone)).toBe("27 March 2008");
    expect(isoDate(date as Date, zone)).toBe("2008-03-27");
  });

  it.each(zones)("formats from its text the same in %s", (zone) => {
    expect(readableDate("2008-03-26", zone)).toBe("26 March 2008");
    expect(isoDate("2008-03-26", zone)).toBe("2008-03-26");
  });
});

describe("parseFrontMatterDate", () => {
  it.each([
    ["2008-03-27T23:30:00-08:00", "UTC", "2008-03-28T07:30:00.000Z"],
    ["2008-03-27T23:30:00Z", "Asia/Baghdad", "2008-03-27T23:30:00.000Z"],
    ["2008-03-27T14:30", "Asia/Baghdad", "2008-03-27T11:30:00.000Z"],
    ["2008-03-27 14:30", "Asia/Baghdad", "2008-03-27T11:30:00.000Z"],
    ["2008-03-27", "Asia/Tokyo", "2008-03-26T15:00:00.000Z"],
  ])("reads %s in %s as the instant %s", (text, zone, instant) => {
    expect(parseFrontMatterDate(text, zone)?.toUTC().toISO()).toBe(instant);
  });

  it.each(["27 March 2008", "2008-13-01", "2008-02-30", "yesterday", ""])(
    "returns undefined for %j",
    (text) => {
      expect(parseFrontMatterDate(text, "UTC")).toBeUndefined();
    },
  );
});

describe("time offsets", () => {
  it.each<[string, string | undefined]>([
    ["2008-03-27T14:30+03:00", undefined],
    ["2008-03-27T14:30+14:00", undefined],
    ["2008-03-27T14:30-14:00", undefined],
    ["2008-03-27T14:30+0530", undefined],
    ["2008-03-27T14:30:15.5-09:30", undefined],
    ["2008-03-27T14:30+05", undefined],
    ["2008-03-27T14:30Z", undefined],
    ["2008-03-27T14:30", undefined],
    ["2008-03-27", undefined],
    ["2008-03-27T14:30+25:00", "+25:00"],
    ["2008-03-27T14:30-14:30", "-14:30"],
    ["2008-03-27T14:30+14:01", "+14:01"],
    ["2008-03-27T14:30+03:75", "+03:75"],
    ["2008-03-27T14:30+0375", "+0375"],
    ["2008-03-27 14:30+99", "+99"],
  ])("%s: %j", (text, offset) => {
    expect(impossibleOffset(text)).toBe(offset);
    expect(parseFrontMatterDate(text, "UTC") === undefined).toBe(offset !== undefined);
  });
});

describe("readableDate", () => {
  it("shows an instant in the site's zone, not the build machine's", () => {
    const instant = new Date("2008-03-27T23:30:00Z");
    expect(readableDate(instant, "UTC")).toBe("27 March 2008");
    expect(readableDate(instant, "Asia/Baghdad")).toBe("28 March 2008");
    expect(readableDate(instant, "America/Los_Angeles")).toBe("27 March 2008");
  });

  it("names months in the site's language", () => {
    expect(readableDate("2008-03-27", "UTC", "fr")).toBe("27 mars 2008");
  });

  it("throws a RangeError for text that is not a date", () => {
    expect(() => readableDate("soon", "UTC")).toThrow(RangeError);
  });
});

describe("dates written as text, remembered", () => {
  it("keys each by date, zone and language, so a remembered one never stands for another", () => {
    const late = new Date("2008-03-27T23:30:00Z");
    expect(readableDate(late, "UTC")).toBe("27 March 2008");
    expect(readableDate(late, "Asia/Baghdad")).toBe("28 March 2008");
    expect(readableDate(late, "UTC", "fr")).toBe("27 mars 2008");
    expect(readableDate(late, "UTC")).toBe("27 March 2008");
    expect(isoDate(late, "Asia/Baghdad")).toBe("2008-03-28");
    expect(isoDate("2008-03-27T23:30", "UTC")).toBe("2008-03-27");
    expect(isoDate(new Date("2008-03-28T00:30:00Z"), "UTC")).toBe("2008-03-28");
  });
});
