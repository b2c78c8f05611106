/**
 * Feed ids named for a domain reserved for examples. A post's default feed id is the tag URI
 * `tag:<authority>,<date>:<slug>` (RFC 4151, `src/feeds/feed-id.ts`); feed readers keep it for
 * ever, so a site whose authority is `example.org` (`tagAuthority: "example.org"`) would have to
 * change every id once it set its own. `npm run verify` reads the ids from the built site's Atom
 * feed (`feed.xml`), as it will be uploaded, with an XML parser.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { SaxesParser } from "saxes";
import type { SiteProblem } from "./problem.ts";
import { isExampleHost } from "./site-url.ts";

/**
 * The authority of a tag URI, lower case: `tag:example.org,2008-03-27:basra` → `example.org`,
 * `tag:desk@example.org,2008:x` → `desk@example.org`; `undefined` for any other id.
 */
export function tagIdAuthority(id: string): string | undefined {
  return /^tag:([^,]+),/i.exec(id.trim())?.[1]?.toLowerCase();
}

/**
 * The first entry `<id>` of the site's Atom feed (`<output>/feed.xml`) that is a tag URI whose
 * authority is a domain reserved for examples ({@link isExampleHost}), as one problem of check
 * `feed-id` on its line; none when the feed has no such id, or is missing or not well-formed
 * (the XML check reports that).
 * @param outputDir the output folder
 * @param siteUrl the origin the site was built for: an id named after its host is left to the
 *   `site-url` check, which already fails an example URL
 */
export function exampleTagIdProblems(outputDir: string, siteUrl?: string): SiteProblem[] {
  const file = path.join(outputDir, "feed.xml");
  if (!existsSync(file)) return [];
  const parser = new SaxesParser({ position: true });
  const open: string[] = [];
  let text = "";
  let line = 0;
  let found: { id: string; line: number } | undefined;
  parser.on("opentag", (tag) => {
    open.push(tag.local ?? tag.name);
    if (open.join("/") === "feed/entry/id") {
      text = "";
      line = parser.line;
    }
  });
  parser.on("text", (chunk) => {
    text += chunk;
  });
  parser.on("closetag", () => {
    if (open.join("/") === "feed/entry/id" && found === undefined) {
      const authority = tagIdAuthority(text);
      if (authority !== undefined && isExampleHost(authority.replace(/^.*@/, ""))) {
        found = { id: text.trim(), line };
      }
    }
    open.pop();
  });
  parser.on("error", () => undefined);
  try {
    parser.write(readFileSync(file, "utf8")).close();
  } catch {
    // Not well-formed: the XML check reports it.
  }
  if (!found) return [];
  const authority = tagIdAuthority(found.id) as string;
  if (siteUrl !== undefined && authority === safeHost(siteUrl)) return [];
  return [
    {
      file: "feed.xml",
      line: found.line,
      check: "feed-id",
      message: `the feed id ${JSON.stringify(found.id)} is named for ${authority}, a domain reserved for examples (tagAuthority in src/site.ts); feed readers keep ids for ever, so every post would change id once it is set. Fix: set tagAuthority in src/site.ts to the site's own domain name before the first deploy`,
    },
  ];
}

/** The host of a URL, or `undefined`. */
function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
