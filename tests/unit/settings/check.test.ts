import { describe, expect, it } from "vitest";
import { checkSiteSettings, licenseTextFix } from "../../../src/settings/check.ts";
import { site } from "../../../src/site.ts";

/** Sound settings: this site's, for the test URL. */
const sound = () => ({ ...site, url: "https://dispatch.test" });

/** A `src/site.ts` laid out as the real one is, for lines. */
const source = [
  "export const site: SiteSettings = {", // 1
  '  title: "Dispatch",', // 2
  '  url: siteOrigin(process.env.DISPATCH_SITE_URL || "https://example.org"),', // 3
  '  language: "en",', // 4
  '  tagAuthority: "dispatch.test",', // 5
  '  timeZone: "UTC",', // 6
  "  license: {", // 7
  '    name: "CC BY 4.0",', // 8
  '    url: "https://creativecommons.org/licenses/by/4.0/",', // 9
  "  },", // 10
  '  publisher: "Dispatch",', // 11
  "  authors: [],", // 12
  "  lists: { postsPerPage: 10, feedItems: 20, relatedPosts: 3 },", // 13
  "  frontPage: { topStories: 2, sections: [], postsPerSection: 4 },", // 14
  "  wordsPerMinute: 230,", // 15
  "  toc: { minHeadings: 3 },", // 16
  "};", // 17
].join("\n");

const cc = 'license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" }';

describe("checkSiteSettings", () => {
  it("finds nothing wrong with this site's settings for a real URL", () => {
    expect(checkSiteSettings(sound(), { source })).toEqual({ errors: [], warnings: [] });
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      "a blank title",
      { title: "  " },
      `src/site.ts:2: title "  " is blank. Fix: write the site's name, e.g. title: "Dispatch"`,
    ],
    [
      "a language that is no BCP 47 tag",
      { language: "english!" },
      `src/site.ts:4: language "english!" is not a BCP 47 language tag. Fix: write one such as language: "en", "ar" or "fr-CA"`,
    ],
    [
      "an unknown time zone",
      { timeZone: "Baghdad" },
      `src/site.ts:6: timeZone "Baghdad" is not an IANA time zone. Fix: write one such as timeZone: "UTC" or "Asia/Baghdad"`,
    ],
    [
      "a blank publisher",
      { publisher: "" },
      `src/site.ts:11: publisher "" is blank. Fix: write the publisher's name, e.g. publisher: "Dispatch"`,
    ],
    [
      "a licence as text",
      { license: "CC BY 4.0" },
      `src/site.ts:7: license is "CC BY 4.0", not an object. Fix: write the licence as an object: ${cc}`,
    ],
    [
      "a licence as an SPDX id",
      { license: "CC-BY-SA-4.0" },
      `src/site.ts:7: license is "CC-BY-SA-4.0", not an object. Fix: write the licence as an object: license: { name: "CC BY-SA 4.0", url: "https://creativecommons.org/licenses/by-sa/4.0/" }`,
    ],
    [
      "a licence as a list",
      { license: [] },
      `src/site.ts:7: license is a list, not an object. Fix: write the licence as an object, ${cc}, or remove it to claim no licence`,
    ],
    [
      "a licence with a blank name",
      { license: { name: "", url: "https://creativecommons.org/licenses/by/4.0/" } },
      `src/site.ts:8: license.name "" is blank. Fix: write the licence's short name, e.g. ${cc}`,
    ],
    [
      "a licence without a name",
      { license: { url: "https://creativecommons.org/licenses/by/4.0/" } },
      `src/site.ts:8: license.name is missing, not a string. Fix: write it as the comment above license.name in src/site.ts says`,
    ],
    [
      "a licence with a relative URL",
      { license: { name: "CC BY 4.0", url: "creativecommons.org/licenses/by/4.0/" } },
      `src/site.ts:9: license.url "creativecommons.org/licenses/by/4.0/" is not an absolute http(s) URL. Fix: write the address of the licence's deed or legal code, e.g. ${cc}`,
    ],
    [
      "a licence with a javascript: URL",
      { license: { name: "CC BY 4.0", url: "javascript:alert(1)" } },
      `src/site.ts:9: license.url "javascript:alert(1)" is not an absolute http(s) URL. Fix: write the address of the licence's deed or legal code, e.g. ${cc}`,
    ],
    [
      "an author without a name",
      { authors: [{ name: " " }] },
      `src/site.ts:12: authors.0.name " " is blank. Fix: write the name as bylines give it, e.g. { name: "James Glanz" }`,
    ],
    [
      "an author's page that is no URL",
      { authors: [{ name: "James Glanz", url: "nytimes.com/by/james-glanz" }] },
      `src/site.ts:12: authors.0.url "nytimes.com/by/james-glanz" is not an absolute http(s) URL. Fix: write the author's page as https://…, e.g. url: "https://www.nytimes.com/by/james-glanz"`,
    ],
    [
      "no posts per page",
      { lists: { postsPerPage: 0, feedItems: 20, relatedPosts: 3 } },
      `src/site.ts:13: lists.postsPerPage 0 is not a whole number of at least 1. Fix: write a whole number, e.g. postsPerPage: 10`,
    ],
    [
      "a fraction of a feed",
      { lists: { postsPerPage: 10, feedItems: 2.5, relatedPosts: 3 } },
      `src/site.ts:13: lists.feedItems 2.5 is not a whole number of at least 1. Fix: write a whole number, e.g. feedItems: 20`,
    ],
    [
      "top stories as text",
      { frontPage: { topStories: "2", sections: [], postsPerSection: 4 } },
      `src/site.ts:14: frontPage.topStories is "2", not a number. Fix: write it as the comment above frontPage.topStories in src/site.ts says`,
    ],
    [
      "sections as one text",
      { frontPage: { topStories: 2, sections: "Iraq", postsPerSection: 4 } },
      `src/site.ts:14: frontPage.sections is "Iraq", not a list. Fix: write a list of topic names, e.g. sections: ["Iraq", "Syria"]`,
    ],
    [
      "no words per minute",
      { wordsPerMinute: -1 },
      `src/site.ts:15: wordsPerMinute -1 is not a whole number of at least 1. Fix: write a whole number, e.g. wordsPerMinute: 230`,
    ],
    [
      "a tag authority that is a number",
      { tagAuthority: 42 },
      `src/site.ts:5: tagAuthority is 42, not a string. Fix: write a domain name the site's owner holds, tagAuthority: "<the site's domain>"`,
    ],
  ])("refuses %s, on its line, with the fix", (_case, change, line) => {
    const { errors } = checkSiteSettings({ ...sound(), ...change }, { source });
    expect(
      errors.map(
        (problem) => `${problem.file}:${problem.line}: ${problem.message}. Fix: ${problem.fix}`,
      ),
    ).toEqual([line]);
  });

  it.each<[string, Record<string, string>, string]>([
    [
      "news.example.net",
      { DISPATCH_SITE_URL: "news.example.net" },
      `DISPATCH_SITE_URL: the site URL "news.example.net" is not an absolute http(s) URL. Fix: DISPATCH_SITE_URL=https://news.example.net`,
    ],
    [
      "https://x.com/path",
      { DISPATCH_SITE_URL: "https://x.com/path" },
      `DISPATCH_SITE_URL: the site URL "https://x.com/path" has a path, but it is the site's origin; the path is the path prefix. Fix: DISPATCH_SITE_URL=https://x.com, and put the path in --pathprefix: npm run build -- --pathprefix=/path/`,
    ],
    [
      "news.example.net",
      {},
      `src/site.ts:3: url: the site URL "news.example.net" is not an absolute http(s) URL. Fix: write the URL as "https://news.example.net"`,
    ],
    [
      "https://x.com/a/b?q",
      {},
      `src/site.ts:3: url: the site URL "https://x.com/a/b?q" has a path, but it is the site's origin; the path is the path prefix. Fix: write the URL as "https://x.com", and put the path in --pathprefix: npm run build -- --pathprefix=/a/b/`,
    ],
    [
      "ftp://x.com",
      {},
      `src/site.ts:3: url: the site URL "ftp://x.com" is not an absolute http(s) URL. Fix: write the URL as "https://<the site's domain>", with its scheme`,
    ],
  ])("names where the site URL %s came from, with the fix (env %j)", (url, env, line) => {
    const { errors } = checkSiteSettings({ ...sound(), url }, { source, env });
    expect(
      errors.map(
        (problem) =>
          `${problem.file}${problem.line ? `:${problem.line}` : ""}: ${problem.message}. Fix: ${problem.fix}`,
      ),
    ).toEqual([line]);
  });

  it("takes a URL the environment gave, normalised, as the environment's", () => {
    const report = checkSiteSettings(
      { ...sound(), url: "https://dispatch.test" },
      { source, env: { DISPATCH_SITE_URL: "https://dispatch.test/" } },
    );
    expect(report.errors).toEqual([]);
  });

  it("refuses a DISPATCH_PATH_PREFIX that is no path", () => {
    expect(
      checkSiteSettings(sound(), { source, env: { DISPATCH_PATH_PREFIX: "https://x.com/" } })
        .errors,
    ).toEqual([
      {
        file: "DISPATCH_PATH_PREFIX",
        message: 'the path prefix "https://x.com/" is not a URL path',
        fix: "write a path such as /basra-blog/, with no scheme, query, fragment or .. segment",
      },
    ]);
  });

  it.each<[string, string]>([
    ["localhost", "5"],
    ["1.2.3.4", "5"],
    ["42", "5"],
    ["desk@intranet", "5"],
  ])("refuses the tag authority %s on line %s", (tagAuthority, line) => {
    const { errors } = checkSiteSettings({ ...sound(), tagAuthority }, { source });
    expect(errors).toEqual([
      {
        file: "src/site.ts",
        line: Number(line),
        message: `the tag authority ${JSON.stringify(tagAuthority)} (tagAuthority, the name in every post's feed id) is not a domain name anyone owns: RFC 4151 §2.1 asks for a domain name or email address the site's owner holds`,
        fix: `write the site's own domain name, tagAuthority: "<the site's domain>", and keep it when the site moves`,
      },
    ]);
  });

  it("warns of a tag authority in a domain reserved for examples", () => {
    expect(checkSiteSettings({ ...sound(), tagAuthority: "example.org" }, { source })).toEqual({
      errors: [],
      warnings: [
        {
          file: "src/site.ts",
          line: 5,
          message: `the tag authority "example.org" (tagAuthority) is a domain reserved for examples, and every post's feed id would carry it for ever; npm run verify fails on it`,
          fix: `write the site's own domain name, tagAuthority: "<the site's domain>", before the first deploy`,
        },
      ],
    });
  });

  it("reports every problem at once", () => {
    const { errors } = checkSiteSettings(
      { ...sound(), title: "", license: "CC BY 4.0", tagAuthority: "localhost" },
      { source },
    );
    expect(errors.map((problem) => problem.line)).toEqual([2, 7, 5]);
  });

  it("gives no line without the source", () => {
    expect(checkSiteSettings({ ...sound(), title: "" }).errors[0]?.line).toBeUndefined();
  });
});

describe("licenseTextFix", () => {
  it.each<[string, string]>([
    ["CC BY 4.0", cc],
    ["cc by 4.0", cc],
    ["CC-BY-4.0", cc],
    [
      "CC BY-NC-ND 4.0",
      'license: { name: "CC BY-NC-ND 4.0", url: "https://creativecommons.org/licenses/by-nc-nd/4.0/" }',
    ],
    [
      "CC0-1.0",
      'license: { name: "CC0 1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/" }',
    ],
  ])("writes %s as its object", (text, object) => {
    expect(licenseTextFix(text)).toBe(`write the licence as an object: ${object}`);
  });

  it("shows the example for a licence it does not know", () => {
    expect(licenseTextFix("All rights reserved")).toBe(`write the licence as an object, ${cc}`);
  });
});
