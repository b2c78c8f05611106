/**
 * The zod schema of the site settings (`SiteSettings` in `src/site.ts`): each field's type and
 * the values Dispatch can use, each refusal with the fix (`params.fix`). Only the shape is checked
 * here; the site URL (whose fix depends on where it came from) and the tag authority (RFC 4151)
 * are checked beside it in `./check.ts`.
 */
import { IANAZone } from "luxon";
import { z } from "zod";
import { isLanguageTag } from "../content/front-matter/schema.ts";

/** The licence object, shown as the fix for a licence given in another shape. */
export const licenseExample =
  'license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" }';

/** True for an absolute `http:` or `https:` URL with a host. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return /^https?:$/.test(url.protocol) && url.hostname !== "" && text.trim() === text;
  } catch {
    return false;
  }
}

/** A text that is not blank, with the fix for a blank one. */
const nonBlank = (fix: string) =>
  z.string().refine((text) => text.trim() !== "", { message: "is blank", params: { fix } });

/** A whole number of at least `min`. */
const wholeNumber = (min: number, example: string) =>
  z.number().refine((value) => Number.isInteger(value) && value >= min, {
    message: `is not a whole number of at least ${min}`,
    params: { fix: `write a whole number, e.g. ${example}` },
  });

const licenseSchema = z.object({
  name: nonBlank(`write the licence's short name, e.g. ${licenseExample}`),
  url: z.string().refine(isHttpUrl, {
    message: "is not an absolute http(s) URL",
    params: {
      fix: `write the address of the licence's deed or legal code, e.g. ${licenseExample}`,
    },
  }),
});

const authorSchema = z.object({
  name: nonBlank('write the name as bylines give it, e.g. { name: "James Glanz" }'),
  bio: z.string().optional(),
  url: z
    .string()
    .refine(isHttpUrl, {
      message: "is not an absolute http(s) URL",
      params: {
        fix: 'write the author\'s page as https://…, e.g. url: "https://www.nytimes.com/by/james-glanz"',
      },
    })
    .optional(),
});

/** The site settings Dispatch checks before every command; other fields pass as they are. */
export const siteSettingsSchema = z.looseObject({
  title: nonBlank('write the site\'s name, e.g. title: "Dispatch"'),
  description: z.string(),
  url: z.string(),
  language: z.string().refine(isLanguageTag, {
    message: "is not a BCP 47 language tag",
    params: { fix: 'write one such as language: "en", "ar" or "fr-CA"' },
  }),
  tagAuthority: z.string().optional(),
  license: licenseSchema.optional(),
  timeZone: z.string().refine((zone) => IANAZone.isValidZone(zone), {
    message: "is not an IANA time zone",
    params: { fix: 'write one such as timeZone: "UTC" or "Asia/Baghdad"' },
  }),
  publisher: nonBlank('write the publisher\'s name, e.g. publisher: "Dispatch"'),
  authors: z.array(authorSchema),
  lists: z.object({
    postsPerPage: wholeNumber(1, "postsPerPage: 10"),
    feedItems: wholeNumber(1, "feedItems: 20"),
    relatedPosts: wholeNumber(1, "relatedPosts: 3"),
  }),
  frontPage: z.object({
    topStories: wholeNumber(0, "topStories: 2"),
    sections: z.array(z.string()),
    postsPerSection: wholeNumber(1, "postsPerSection: 4"),
  }),
  wordsPerMinute: wholeNumber(1, "wordsPerMinute: 230"),
  toc: z.object({ minHeadings: wholeNumber(1, "minHeadings: 3") }),
});

/** The fix of a value of the wrong type, by the setting's path (`license`, `frontPage.sections`). */
export const typeFixes: Readonly<Record<string, string>> = {
  license: `write the licence as an object, ${licenseExample}, or remove it to claim no licence`,
  authors: 'write a list, e.g. authors: [{ name: "James Glanz" }]',
  "frontPage.sections": 'write a list of topic names, e.g. sections: ["Iraq", "Syria"]',
  tagAuthority: "write a domain name the site's owner holds, tagAuthority: \"<the site's domain>\"",
};
