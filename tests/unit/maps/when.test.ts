import { describe, expect, it } from "vitest";
import { overlaps, readWhen } from "../../../src/maps/when.ts";

const utc = (text: string) => Date.parse(text);

describe("readWhen", () => {
  it.each([
    [
      "2008-03-27",
      "UTC",
      utc("2008-03-27T00:00Z"),
      utc("2008-03-28T00:00Z"),
      "2008-03-27",
      "2008-03-27",
    ],
    [
      "2008-03-27",
      "Asia/Baghdad",
      utc("2008-03-26T21:00Z"),
      utc("2008-03-27T21:00Z"),
      "2008-03-27",
      "2008-03-27",
    ],
    [
      "2008-03-25T05:00",
      "Asia/Baghdad",
      utc("2008-03-25T02:00Z"),
      utc("2008-03-25T02:00Z"),
      "2008-03-25",
      "2008-03-25",
    ],
    [
      "2008-03-25T05:00Z",
      "Asia/Baghdad",
      utc("2008-03-25T05:00Z"),
      utc("2008-03-25T05:00Z"),
      "2008-03-25",
      "2008-03-25",
    ],
    [
      "2008-03-25/2008-03-31",
      "UTC",
      utc("2008-03-25T00:00Z"),
      utc("2008-04-01T00:00Z"),
      "2008-03-25",
      "2008-03-31",
    ],
    [
      "2008-03-30T18:00/2008-03-31",
      "UTC",
      utc("2008-03-30T18:00Z"),
      utc("2008-04-01T00:00Z"),
      "2008-03-30",
      "2008-03-31",
    ],
  ])("reads %j in %s as a span", (value, zone, start, end, startDay, endDay) => {
    expect(readWhen(value, zone)).toEqual({ ok: true, span: { start, end, startDay, endDay } });
  });

  it("reads an object with start and end as the same span as the interval", () => {
    expect(readWhen({ start: "2008-03-25", end: "2008-03-31" }, "UTC")).toEqual(
      readWhen("2008-03-25/2008-03-31", "UTC"),
    );
  });

  it.each([
    ["25 March 2008", '"when": "25 March 2008" is not an ISO 8601 date', "2008-03-27"],
    ["2008-02-30", "is not a day the calendar has", "2008-03-27"],
    ["2008-03-31/2008-03-25", "ends before it starts", '"2008-03-25/2008-03-31"'],
    ["2008-03-25T05:00+25:00", "time offset +25:00", "2008-03-27"],
    ["2008/03/25/2008", "is not an ISO 8601 date or span", "2008-03-27"],
    [20080325, '"when" must be an ISO 8601 date or span, found 20080325', "2008-03-27"],
    [
      { start: "2008-03-25" },
      'exactly "start" and "end"',
      '{"start": "2008-03-25", "end": "2008-03-31"}',
    ],
    [{ start: "2008-03-25", end: "2008-03-26", until: "x" }, 'exactly "start" and "end"', "start"],
  ])("refuses %j, saying why and how to fix it", (value, message, fix) => {
    const reading = readWhen(value, "UTC");
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.message).toContain(message);
    expect(reading.fix).toContain(fix);
  });
});

describe("overlaps", () => {
  const day = (d: string) => {
    const reading = readWhen(d, "UTC");
    if (!reading.ok) throw new Error(reading.message);
    return reading.span;
  };
  it.each([
    ["2008-03-27", "2008-03-27", true],
    ["2008-03-26", "2008-03-27", false],
    ["2008-03-25/2008-03-31", "2008-03-27", true],
    ["2008-03-25/2008-03-26", "2008-03-27", false],
    ["2008-03-27T23:59", "2008-03-27", true],
    ["2008-03-28T00:00", "2008-03-27", false],
    ["2008-03-27T00:00", "2008-03-27", true],
  ])("%s overlaps the day %s: %s", (feature, step, expected) => {
    expect(overlaps(day(feature), day(step))).toBe(expected);
  });
});

describe("readWhen: a huge value is cut short in the message", () => {
  it("names a 50 KB value by its first characters and its length", () => {
    const reading = readWhen("2008-03-27".repeat(5000), "UTC");
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.message).toBe(
      `"when": "${"2008-03-27".repeat(6).slice(0, 57)}…" (50,000 characters) is not a day the calendar has, or not an ISO 8601 date`,
    );
  });
});
