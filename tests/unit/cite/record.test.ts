import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { citeRecord, publicationDay } from "../../../src/cite/record.ts";

describe("publicationDay", () => {
  it.each([
    ["a calendar date as written", "2008-03-27", "Pacific/Kiritimati", "2008-03-27"],
    [
      "a time with an offset, on the site's day",
      "2008-03-27T23:30-05:00",
      "Asia/Baghdad",
      "2008-03-28",
    ],
    [
      "a time without an offset, in the site's zone",
      "2008-03-27T23:30",
      "America/New_York",
      "2008-03-27",
    ],
    [
      "an instant from Eleventy, in the site's zone",
      new Date("2008-03-26T22:00:00Z"),
      "Asia/Baghdad",
      "2008-03-27",
    ],
    [
      "the same instant in another zone",
      new Date("2008-03-26T22:00:00Z"),
      "America/Los_Angeles",
      "2008-03-26",
    ],
    [
      "the post store's date with a time",
      { written: "2008-03-27T23:30Z", at: DateTime.fromISO("2008-03-27T23:30Z", { zone: "UTC" }) },
      "Asia/Tokyo",
      "2008-03-28",
    ],
    [
      "the post store's calendar date as written",
      { written: "2008-03-27", at: DateTime.fromISO("2008-03-27", { zone: "Asia/Tokyo" }) },
      "Asia/Tokyo",
      "2008-03-27",
    ],
  ])("gives %s", (_name, date, zone, expected) => {
    expect(publicationDay(date, zone)).toBe(expected);
  });
});

describe("citeRecord", () => {
  const site = { title: "Dispatch", publisher: "Dispatch Media", language: "en", timeZone: "UTC" };
  const license = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" };

  it.each([
    [
      "a post with two authors on a site with a licence",
      {
        title: "Basra\n stalls",
        author: "A B and C D",
        date: "2008-03-27",
        url: "https://e.org/p/",
        firstSlug: "basra",
      },
      { ...site, license },
      {
        authors: ["A B", "C D"],
        title: "Basra stalls",
        siteTitle: "Dispatch",
        publisher: "Dispatch Media",
        date: "2008-03-27",
        url: "https://e.org/p/",
        firstSlug: "basra",
        language: "en",
        license,
      },
    ],
    [
      "a post in its own language, no author, no licence",
      {
        title: "البصرة",
        date: "2008-03-27T10:00",
        url: "https://e.org/p/",
        firstSlug: "البصرة",
        lang: "ar",
      },
      site,
      {
        authors: [],
        title: "البصرة",
        siteTitle: "Dispatch",
        publisher: "Dispatch Media",
        date: "2008-03-27",
        url: "https://e.org/p/",
        firstSlug: "البصرة",
        language: "ar",
      },
    ],
  ])("makes the reference of %s", (_name, post, settings, expected) => {
    expect(citeRecord(post, settings)).toEqual(expected);
  });
});
