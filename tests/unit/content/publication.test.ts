import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { unpublished } from "../../../src/content/publication.ts";

const now = DateTime.fromISO("2008-03-27T12:00:00Z", { zone: "UTC" });

describe("unpublished", () => {
  it.each([
    [{ date: "2008-03-27" }, "UTC", undefined],
    [{ date: "2008-03-26", draft: false }, "UTC", undefined],
    [{ date: "2008-03-20", draft: true }, "UTC", "draft"],
    [{ date: "2008-03-28" }, "UTC", "scheduled"],
    [{ date: "2008-03-27T12:30" }, "UTC", "scheduled"],
    [{ date: "2008-03-27T11:59" }, "UTC", undefined],
    // 14:30 in Baghdad (UTC+3) is 11:30 UTC: already out; 15:30 there is 12:30 UTC: not yet.
    [{ date: "2008-03-27T14:30" }, "Asia/Baghdad", undefined],
    [{ date: "2008-03-27T15:30" }, "Asia/Baghdad", "scheduled"],
    [{ date: "2008-03-27T15:30+03:00" }, "UTC", "scheduled"],
    // A date-only post is published from midnight at the start of its day in the site's zone.
    [{ date: "2008-03-28" }, "Pacific/Kiritimati", undefined],
    [{ date: new Date("2008-03-27T12:00:01Z") }, "UTC", "scheduled"],
    [{}, "UTC", undefined],
  ])("%o in %s → %s", (data, zone, expected) => {
    expect(unpublished(data, now, zone)).toBe(expected);
  });

  it("reads only draft: true as a draft, not the text 'true'", () => {
    expect(unpublished({ date: "2008-03-01", draft: "true" }, now, "UTC")).toBeUndefined();
  });
});

describe("unpublished with the post store's date", () => {
  it("reads a luxon date as it is, whatever the zone given", () => {
    const date = DateTime.fromISO("2008-03-27T15:30", { zone: "Asia/Baghdad" });
    expect(unpublished({ date }, now, "UTC")).toBe("scheduled");
    expect(unpublished({ date: date.minus({ hours: 1 }) }, now, "UTC")).toBeUndefined();
  });
});
