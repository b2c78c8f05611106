/**
 * `hreflang` pairs of a built site: the translations of a post link each other with
 * `<link rel="alternate" hreflang="ar" href="…">` in their heads, and search engines ignore a
 * set whose links do not hold together. Google's rules
 * (https://developers.google.com/search/docs/specialty/international/localized-versions):
 * each `hreflang` is a BCP 47 tag (RFC 5646) or `x-default`; each `href` is the absolute URL of a
 * page that exists; every page lists itself; and the links go both ways ("return links"). Here
 * also: the language a page is given by the others is its own `<html lang>`.
 *
 * Pages are found by their canonical URL (`<link rel="canonical">`), so the check needs neither
 * the site's URL nor its path prefix.
 */
import { parse } from "parse5";
import { canonicalLanguageTag } from "../i18n/direction.ts";
import { attribute, elements } from "./page-urls.ts";
import type { SiteProblem } from "./problem.ts";

/** One `<link rel="alternate" hreflang>` of a page. */
export interface PageAlternate {
  hreflang: string;
  href: string;
  /** 1-based line of the `<link>` in the page. */
  line: number;
}

/** What a page's head says of its language and translations. */
export interface PageLanguages {
  /** File relative to the output folder, `posts/basra/index.html`. */
  file: string;
  /** `<html lang>`, `""` when it has none. */
  lang: string;
  /** `<link rel="canonical">`'s URL, if any. */
  canonical?: string;
  /** Its `hreflang` alternates, in page order. */
  alternates: PageAlternate[];
  /**
   * `true` for a page that asks search engines not to index it (`<meta name="robots"
   * content="noindex">`): a redirect page at a post's old URL carries the post's canonical URL
   * but is not that page.
   */
  noindex?: true;
}

/**
 * Reads a page's `<html lang>`, canonical URL and `hreflang` alternates with parse5; only the part
 * before `</head>` is parsed.
 * @param file relative to the output folder
 */
export function readPageLanguages(html: string, file: string): PageLanguages {
  const end = html.search(/<\/head\s*>/i);
  const document = parse(end === -1 ? html : html.slice(0, end), { sourceCodeLocationInfo: true });
  const page: PageLanguages = { file, lang: "", alternates: [] };
  for (const element of elements(document)) {
    if (element.tagName === "html") page.lang = attribute(element, "lang") ?? "";
    if (
      element.tagName === "meta" &&
      (attribute(element, "name") ?? "").toLowerCase() === "robots" &&
      /(?:^|[\s,])noindex(?:$|[\s,])/i.test(attribute(element, "content") ?? "")
    ) {
      page.noindex = true;
    }
    if (element.tagName !== "link") continue;
    const rel = (attribute(element, "rel") ?? "").toLowerCase().split(/\s+/);
    const href = attribute(element, "href");
    if (href === undefined) continue;
    if (rel.includes("canonical")) page.canonical = href;
    const hreflang = attribute(element, "hreflang");
    if (rel.includes("alternate") && hreflang !== undefined) {
      page.alternates.push({ hreflang, href, line: element.sourceCodeLocation?.startLine ?? 1 });
    }
  }
  return page;
}

/** A tag's canonical form, for comparing two tags (`AR-eg` and `ar-EG` are one language). */
function sameLanguage(a: string, b: string): boolean {
  return (
    (canonicalLanguageTag(a) ?? a).toLowerCase() === (canonicalLanguageTag(b) ?? b).toLowerCase()
  );
}

/**
 * Checks the `hreflang` alternates of every page of a site. A page marked `noindex` (a redirect
 * page) is never taken for the page at its canonical URL.
 * @param pages every HTML page of the output ({@link readPageLanguages})
 * @returns one problem per broken alternate, on the line of its `<link>`, naming both pages and
 *   the fix (check `hreflang`)
 */
export function checkHreflang(pages: readonly PageLanguages[]): SiteProblem[] {
  // The page at each canonical URL: never a page search engines do not index, such as the
  // redirect page at a post's old URL, which names the post as its canonical URL.
  const byUrl = new Map<string, PageLanguages>();
  for (const page of pages) if (page.canonical && !page.noindex) byUrl.set(page.canonical, page);
  const problems: SiteProblem[] = [];
  const report = (page: PageLanguages, line: number, message: string) =>
    problems.push({ file: page.file, line, message, check: "hreflang" });
  for (const page of pages) {
    if (page.alternates.length === 0) continue;
    const first = page.alternates[0]?.line ?? 1;
    for (const alternate of page.alternates) {
      const { hreflang, href, line } = alternate;
      if (hreflang !== "x-default" && !canonicalLanguageTag(hreflang)) {
        report(
          page,
          line,
          `hreflang="${hreflang}" is not a BCP 47 language tag; fix: write a tag such as ar, en or fr-CA (the lang: of the post at ${href}), or x-default`,
        );
        continue;
      }
      const target = byUrl.get(href);
      if (!target) {
        report(
          page,
          line,
          `the hreflang="${hreflang}" alternate ${href} is no page of this site (no page has it as its canonical URL); fix: publish that translation (is it a draft, or scheduled?), or correct its URL; a translation shares this post's translationKey`,
        );
        continue;
      }
      if (target !== page && hreflang !== "x-default" && !sameLanguage(hreflang, target.lang)) {
        report(
          page,
          line,
          `the hreflang="${hreflang}" alternate ${href} is ${target.file}, whose <html lang> is "${target.lang}"; fix: set lang: ${hreflang} in that post's front matter, or give the alternate the page's own language`,
        );
      }
      if (target !== page && !target.alternates.some((back) => back.href === page.canonical)) {
        report(
          page,
          line,
          `${target.file} (hreflang="${hreflang}") does not link back to this page (${page.canonical ?? page.file}); search engines ignore one-way alternates; fix: give both posts the same translationKey and build again`,
        );
      }
    }
    const self = page.alternates.find((alternate) => alternate.href === page.canonical);
    if (!self) {
      report(
        page,
        first,
        `the page's hreflang alternates do not list the page itself (${page.canonical ?? "it has no canonical URL"}); fix: add <link rel="alternate" hreflang="${page.lang}" href="${page.canonical ?? ""}">, as the build does for a post with translations`,
      );
    } else if (self.hreflang !== "x-default" && !sameLanguage(self.hreflang, page.lang)) {
      report(
        page,
        self.line,
        `the page lists itself as hreflang="${self.hreflang}" but its <html lang> is "${page.lang}"; fix: make them the same language (the post's lang:)`,
      );
    }
  }
  return problems;
}
