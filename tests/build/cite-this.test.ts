import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildSite, projectRoot, readPage, runVerify } from "../helpers/build-site.ts";

const fixture = path.join(projectRoot, "tests/fixtures/posts/cite-this");
const base = "https://dispatch.test/basra-blog";
const license = "https://creativecommons.org/licenses/by/4.0/";
/** The fixture's hard title as readers see it (smart typography: curled quotation marks). */
const hardTitle = "R&D at 100%: the “Knights” of Basra {part_1} #2 ^~\\";

/** One BibTeX entry as the strict reader below gives it. */
interface BibEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
}

/**
 * A strict reader of a file of one BibTeX entry as Dispatch writes it: `@type{key,`, then
 * `  name = {value},` lines whose braces balance, then `}` and the end of the file; anything
 * else throws.
 */
function readBibtex(text: string): BibEntry {
  const lines = text.split("\n");
  const head = /^@([a-z]+)\{([a-z0-9]+(?:-[a-z0-9]+)*),$/.exec(lines[0] ?? "");
  if (!head) throw new Error(`bad first line: ${lines[0]}`);
  if (lines.at(-1) !== "" || lines.at(-2) !== "}") throw new Error("entry not closed by }");
  const fields: Record<string, string> = {};
  for (const line of lines.slice(1, -2)) {
    const field = /^ {2}([a-z]+) = \{(.*)\},$/u.exec(line);
    if (!field) throw new Error(`bad field line: ${line}`);
    const value = field[2] as string;
    let depth = 0;
    for (const char of value) {
      depth += char === "{" ? 1 : char === "}" ? -1 : 0;
      if (depth < 0) throw new Error(`unbalanced braces: ${line}`);
    }
    if (depth !== 0) throw new Error(`unbalanced braces: ${line}`);
    if ((field[1] as string) in fields) throw new Error(`field twice: ${line}`);
    fields[field[1] as string] = value;
  }
  return { type: head[1] as string, key: head[2] as string, fields };
}

/** What LaTeX prints for a field's text as Dispatch escapes it (the escapes it writes only). */
function latexText(value: string): string {
  return value
    .replace(/\\textbackslash\{\}/g, "\\")
    .replace(/\\textbraceleft\{\}/g, "{")
    .replace(/\\textbraceright\{\}/g, "}")
    .replace(/\\textasciicircum\{\}/g, "^")
    .replace(/\\textasciitilde\{\}/g, "~")
    .replace(/\\([%&$#_])/g, "$1");
}

/** The RIS file's lines, after checking each is `XY  - value` and each ends with CR LF. */
function readRis(text: string): [string, string][] {
  expect(text.endsWith("ER  - \r\n")).toBe(true);
  const lines = text.slice(0, -2).split("\r\n");
  return lines.map((line) => {
    const match = /^([A-Z][A-Z0-9]) {2}- (.*)$/u.exec(line);
    if (!match || /[\r\n]/.test(match[2] as string)) throw new Error(`bad RIS line: ${line}`);
    return [match[1] as string, match[2] as string];
  });
}

describe("Cite this, licences and archived sources, on a site built for /basra-blog/", () => {
  const site = buildSite({ posts: fixture, args: ["--pathprefix=/basra-blog/"] });
  const read = (file: string) => readFileSync(path.join(site.output, file), "utf8");
  const page = (slug: string) =>
    readPage(site.output, slug.endsWith(".html") ? `posts/${slug}` : `posts/${slug}/`);
  const jsonLd = (slug: string) =>
    JSON.parse(
      page(slug).querySelector('script[type="application/ld+json"]')?.textContent ?? "",
    ) as Record<string, unknown>;

  it("builds and passes npm run verify, warning of an alias written with the prefix", () => {
    // The warning of a build under a prefix (robots.txt is read only at the host's root), and the
    // alias that starts with the prefix, which would redirect /basra-blog/basra-blog/….
    const warnings = site.stderr.split("\n").filter((line) => line !== "");
    expect(warnings, site.stderr).toHaveLength(2);
    expect(warnings, site.stderr).toContain(
      'posts/basra-port/index.md:5: warning: front matter field "aliases.0": "/basra-blog/posts/port-of-basra/" starts with the path prefix /basra-blog/, which the build adds to every alias: it would redirect /basra-blog/basra-blog/posts/port-of-basra/, not /basra-blog/posts/port-of-basra/. Fix: write it without the prefix: /posts/port-of-basra/',
    );
    expect(warnings.find((line) => !line.startsWith("posts/"))).toMatch(
      /^build: warning: crawlers read robots\.txt only at the root/,
    );
    expect(site.exitCode).toBe(0);
    const verify = runVerify(site.root);
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });

  it("writes each post's BibTeX entry beside its page, escaped, that a strict reader reads back", () => {
    const entry = readBibtex(read("posts/sources-analysis/cite.bib"));
    expect(entry).toEqual({
      type: "online",
      key: "hasan2008sources-analysis",
      fields: {
        author: "Nūr al-Dīn Ḥasan and James Glanz",
        title:
          "{R\\&D at 100\\%: the “Knights” of Basra \\textbraceleft{}part\\_1\\textbraceright{} \\#2 \\textasciicircum{}\\textasciitilde{}\\textbackslash{}}",
        organization: "Dispatch",
        date: "2008-03-27",
        url: `${base}/posts/sources-analysis/`,
      },
    });
    expect(latexText((entry.fields.title as string).slice(1, -1))).toBe(hardTitle);
    expect(readBibtex(read("posts/unsigned-note/cite.bib"))).toEqual({
      type: "online",
      key: "dispatch2008unsigned-note",
      fields: {
        title: "{Who Holds Basra?}",
        organization: "Dispatch",
        date: "2008-03-30",
        url: `${base}/posts/unsigned-note/`,
      },
    });
    // A slug in Arabic script: the files are beside the page, the key ASCII, the date the day in
    // the site's zone (02:30 in Baghdad is still 31 March in UTC).
    const arabic = readBibtex(read("posts/البصرة/cite.bib"));
    expect(arabic.key).toMatch(/^dispatch2008post[0-9a-f]{8}$/);
    expect(arabic.fields).toMatchObject({
      author: "علي حسن",
      date: "2008-03-31",
      url: `${base}/posts/%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9/`,
    });
  });

  it("gives keys unique across the site, made of the family name, year and first slug", () => {
    const keys = ["basra-port", "basra-oil-fields", "brief.html"].map((slug) =>
      readBibtex(read(slug.endsWith(".html") ? "posts/brief.cite.bib" : `posts/${slug}/cite.bib`)),
    );
    expect(keys.map((entry) => [entry.key, entry.fields.author])).toEqual([
      // "Ali Hassan (Basra)": the place in parentheses is no name.
      ["hassan2009basra-port", "Ali Hassan (Basra)"],
      // "Hassan, Ali": family name first; renamed, the key keeps its first slug (its alias).
      ["hassan2009basra-oil", "Hassan, Ali"],
      ["hassan2008file-page", "Ali Hassan"],
    ]);
  });

  it("names the downloads of a page written as a file after it, beside it", () => {
    const links = [...page("brief.html").querySelectorAll(".cite-downloads a")].map((a) =>
      a.getAttribute("href"),
    );
    expect(links).toEqual(["brief.cite.bib", "brief.cite.ris"]);
    expect(readBibtex(read("posts/brief.cite.bib")).fields.url).toBe(`${base}/posts/brief.html`);
    expect(readRis(read("posts/brief.cite.ris"))[1]).toEqual(["AU", "Ali Hassan"]);
  });

  it("writes each post's RIS record, one tag a line, CR LF, ended by ER", () => {
    expect(readRis(read("posts/sources-analysis/cite.ris"))).toEqual([
      ["TY", "BLOG"],
      ["AU", "Nūr al-Dīn Ḥasan"],
      ["AU", "James Glanz"],
      ["TI", hardTitle],
      ["T2", "Dispatch"],
      ["PB", "Dispatch"],
      ["PY", "2008"],
      ["DA", "2008/03/27"],
      ["UR", `${base}/posts/sources-analysis/`],
      ["LA", "en"],
      ["ER", ""],
    ]);
    const arabic = readRis(read("posts/البصرة/cite.ris"));
    expect(arabic.filter(([tag]) => ["AU", "LA", "DA"].includes(tag))).toEqual([
      ["AU", "علي حسن"],
      ["DA", "2008/03/31"],
      ["LA", "ar"],
    ]);
  });

  it("ends each post with the Cite block after the Sources: the reference, the downloads, the licence", () => {
    const document = page("sources-analysis");
    const article = document.querySelector("article.post");
    const sections = [...(article?.querySelectorAll(":scope > section") ?? [])].map(
      (section) => section.className,
    );
    expect(sections.indexOf("cite-this")).toBe(sections.indexOf("citations") + 1);
    const block = document.querySelector(".cite-this");
    expect(block?.querySelector("h2")?.textContent).toBe("Cite this analysis");
    expect(block?.querySelector(".cite-reference")?.textContent).toBe(
      `Nūr al-Dīn Ḥasan and James Glanz, “R&D at 100%: the ‘Knights’ of Basra {part_1} #2 ^~\\,” Dispatch, 27 March 2008, ${base}/posts/sources-analysis/.`,
    );
    expect(block?.querySelector(".cite-reference i")?.textContent).toBe("Dispatch");
    // The URL breaks where Chicago allows, never after a hyphen; its href is the URL as it is.
    const link = block?.querySelector(".cite-reference a");
    expect(link?.getAttribute("href")).toBe(`${base}/posts/sources-analysis/`);
    expect(link?.querySelectorAll("wbr").length).toBe(8);
    expect(
      [...(link?.querySelectorAll(".url-hyphen") ?? [])].map((span) => span.textContent),
    ).toEqual(["-b", "-a"]);
    expect(
      [...(block?.querySelectorAll(".cite-downloads a") ?? [])].map((a) => [
        a.textContent,
        a.getAttribute("href"),
        a.hasAttribute("download"),
      ]),
    ).toEqual([
      ["BibTeX", "cite.bib", true],
      ["RIS", "cite.ris", true],
    ]);
    const reuse = block?.querySelector(".cite-license a[rel=license]");
    expect([reuse?.textContent, reuse?.getAttribute("href")]).toEqual(["CC BY 4.0", license]);
    expect(page("unsigned-note").querySelector(".cite-reference")?.textContent).toBe(
      `“Who Holds Basra?” Dispatch, 30 March 2008, ${base}/posts/unsigned-note/.`,
    );
  });

  it("labels the Cite block of an Arabic post in Arabic (src/i18n/words.ts)", () => {
    const block = page("البصرة").querySelector(".cite-this");
    expect([
      block?.querySelector("h2")?.textContent,
      block?.querySelector(".cite-downloads span")?.textContent,
      block?.querySelector(".cite-license span")?.textContent,
    ]).toEqual(["للاستشهاد بهذا التحليل", "تنزيل المرجع:", "إعادة الاستخدام:"]);
    // The reference is Chicago's, in the site's words and dates; its title in the post's language.
    const reference = block?.querySelector(".cite-reference");
    expect([
      reference?.getAttribute("lang"),
      reference?.getAttribute("dir"),
      reference?.querySelector("bdi[lang]")?.getAttribute("lang"),
      reference?.querySelector("bdi[lang]")?.textContent,
    ]).toEqual(["en", "ltr", "ar", "البصرة: معركة الجنوب"]);
  });

  it("gives JSON-LD that says what the Cite block and the downloads say, with the licence", () => {
    const article = jsonLd("sources-analysis");
    const record = readRis(read("posts/sources-analysis/cite.ris"));
    const ris = Object.fromEntries(record);
    expect({
      headline: article.headline,
      // A byline of two people: two Persons, the RIS record's two AU lines.
      author: (article.author as { name: string }[]).map((person) => person.name),
      datePublished: article.datePublished,
      publisher: (article.publisher as { name: string }).name,
      url: article.url,
      license: article.license,
    }).toEqual({
      headline: ris.TI,
      author: record.filter(([tag]) => tag === "AU").map(([, value]) => value),
      datePublished: "2008-03-27",
      publisher: ris.PB,
      url: ris.UR,
      license,
    });
  });

  it("links each source's archived copy in the Sources list and the JSON-LD, never running its text", () => {
    const document = page("sources-analysis");
    expect(document.querySelector("script:not([type])")).toBeNull();
    const items = [...document.querySelectorAll(".citations li")].map((item) => {
      const link = item.querySelector("a.citation-archived");
      return link
        ? [link.textContent, link.getAttribute("href"), link.getAttribute("aria-label")]
        : null;
    });
    const times =
      "https://www.nytimes.com/2008/03/27/world/middleeast/27iraq.html?pagewanted=2&hp#top";
    expect(items).toEqual([
      [
        "Archived copy",
        `https://web.archive.org/web/20080327/${times}`,
        "Archived copy of Iraqi Army's Assault on Militias in Basra Stalls",
      ],
      ["Archived copy", "https://archive.ph/AbC12", "Archived copy of Clashes in Basra"],
      null,
      [
        "Archived copy",
        "https://web.archive.org/web/20080325/https://evil.example/a?x=%3Cscript%3E",
        "Archived copy of </cite><script>window.xss = 1</script>",
      ],
      // Already an archived copy (perma.cc): no Wayback link.
      null,
    ]);
    // "Archived copy." is a sentence of its own after the citation's full stop; titles get the
    // body's smart quotes.
    expect(
      [...document.querySelectorAll(".citations li")].map((item) =>
        item.textContent?.replace(/\s+/g, " ").trim(),
      ),
    ).toEqual([
      "James Glanz, Iraqi Army’s Assault on Militias in Basra Stalls, The New York Times, 27 March 2008. Archived copy.",
      "Clashes in Basra, Al Jazeera English, 26 March 2008. Archived copy.",
      "Operation Knight’s Charge, Institute for the Study of War.",
      "</cite><script>window.xss = 1</script>, <b>Nobody</b>, 25 March 2008. Archived copy.",
      "Basra’s “last” stand – a record, Perma.cc, 24 March 2008.",
    ]);
    const citations = jsonLd("sources-analysis").citation as { archivedAt?: string }[];
    expect(citations.map((citation) => citation.archivedAt)).toEqual([
      `https://web.archive.org/web/20080327/${times}`,
      "https://archive.ph/AbC12",
      undefined,
      "https://web.archive.org/web/20080325/https://evil.example/a?x=%3Cscript%3E",
      undefined,
    ]);
  });

  it("states the licence in every page's footer and the Atom feed's rights", () => {
    for (const url of ["/", "posts/sources-analysis/", "posts/البصرة/"]) {
      const notice = readPage(site.output, url).querySelector("footer .license-notice");
      expect(notice?.textContent).toBe("Text licensed under CC BY 4.0.");
      expect(notice?.querySelector("a[rel=license]")?.getAttribute("href")).toBe(license);
    }
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
    const { feed } = parser.parse(read("feed.xml")) as {
      feed: { rights: string; link: { href: string; rel: string }[] };
    };
    expect(feed.rights).toBe(`Text licensed under CC BY 4.0: ${license}`);
    expect(feed.link.find((link) => link.rel === "license")?.href).toBe(license);
  });

  it("carries the archived links into the feed entries' Sources", () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
    const { feed } = parser.parse(read("feed.xml")) as {
      feed: { entry: { title: string; content: { "#text": string } }[] };
    };
    // fast-xml-parser leaves numeric character references (the title's `&#92;`) as written.
    const entry = feed.entry.find((item) => item.title.startsWith("R&D at 100%"));
    expect(entry?.content["#text"]).toContain(
      '<a href="https://archive.ph/AbC12" aria-label="Archived copy of Clashes in Basra">Archived copy</a>.',
    );
  });
});
