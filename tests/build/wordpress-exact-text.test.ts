import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../../src/import/run.ts";
import {
  buildSite,
  projectRoot,
  readPage,
  runVerify,
  type BuiltSite,
} from "../helpers/build-site.ts";

const fixture = path.join(projectRoot, "tests/fixtures/wordpress/exact-text.xml");

/** The post body of a built page. */
function postBody(site: BuiltSite, slug: string): Element {
  const body = readPage(site.output, `/posts/${slug}/`).querySelector(".post-body");
  if (!body) throw new Error(`no .post-body in /posts/${slug}/`);
  return body;
}

/** The text of each item of a list, its nested lists left out. */
function itemTexts(list: Element | null | undefined): string[] {
  return [...(list?.children ?? [])].map((item) =>
    [...item.childNodes]
      .filter((node) => node.nodeName !== "UL" && node.nodeName !== "OL")
      .map((node) => node.textContent ?? "")
      .join("")
      .trim(),
  );
}

/**
 * Classic-editor posts stored without `<p>` (a list on the line after text, a table, a
 * blockquote, a `<pre>`, a heading) and a Gutenberg post with embeds, imported and built.
 */
describe("WordPress posts without <p> tags, imported and built", () => {
  let out: string;
  let report = "";
  let exitCode: number;
  let site: BuiltSite;
  let root: string;
  beforeAll(async () => {
    // A Dispatch project: the import writes only to a posts folder the build reads.
    root = mkdtempSync(path.join(tmpdir(), "dispatch-exact-text-"));
    writeFileSync(path.join(root, ".eleventy.ts"), "export default () => {};\n");
    out = path.join(root, "posts");
    exitCode = await runImport(
      [fixture, "--out", out],
      { out: (line) => (report += `${line}\n`), err: (line) => (report += `${line}\n`) },
      path.join(projectRoot, "pages"),
    );
    site = buildSite({ posts: out });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("imports them, reporting only the two embeds that became links, with their lines", () => {
    expect(exitCode).toBe(0);
    const embeds = path.join(out, "embeds/index.md");
    expect(report.split("\n").slice(0, 2)).toEqual([
      `${embeds}:12: an embed of https://twitter.com/minister/status/123 (twitter) is a link to it. Fix: nothing to do, or quote what it showed`,
      `${embeds}:20: an embed of https://soundcloud.com/desk/interview (soundcloud) is a link to it. Fix: nothing to do, or quote what it showed`,
    ]);
    expect(readFileSync(path.join(out, "nine-points/index.md"), "utf8")).toContain(
      "The statement had nine points:\n\n1.  Withdraw from the city.\n2.  Release the prisoners.\n",
    );
  });

  it("builds them", () => {
    expect(site.stderr).toBe("");
    expect(site.exitCode).toBe(0);
  });

  it("shows the nine points as one list numbered 1 to 9, with no stray backslash or line break", () => {
    const body = postBody(site, "nine-points");
    const lists = [...body.querySelectorAll(":scope > ol, :scope > ul")];
    expect(lists.map((list) => list.nodeName)).toEqual(["OL", "UL", "OL", "OL"]);
    const [points, answer, tenth, conditions] = lists;
    expect(body.querySelector("p")?.textContent).toBe("The statement had nine points:");
    expect(points?.getAttribute("start")).toBeNull();
    expect(itemTexts(points)).toEqual([
      "Withdraw from the city.",
      "Release the prisoners.",
      "Hold elections.",
      "Reopen the port.",
      "Pay the salaries.",
      "Disarm the militias.",
      "Return the displaced.",
      "Rebuild the bridges.",
      "Try the killers.",
    ]);
    expect(itemTexts(answer)).toEqual(["No withdrawal.", "Talks in Baghdad."]);
    expect(answer?.querySelector("em")?.textContent).toBe("Baghdad");
    expect(tenth?.getAttribute("start")).toBe("10");
    expect(itemTexts(tenth)).toEqual(["A tenth point, added later."]);
    expect(itemTexts(conditions)).toEqual(["First", "Then the rest"]);
    expect(itemTexts(conditions?.querySelector("li > ul"))).toEqual([
      "in the north",
      "in the south",
    ]);
    expect(body.querySelectorAll("ol br, ul br, ol p, ul p")).toHaveLength(0);
    expect(body.textContent).not.toContain("\\");
  });

  it("keeps the table, the blockquote's paragraphs, the <pre> and the heading after lines of text", () => {
    const body = postBody(site, "blocks-after-text");
    const rows = [...body.querySelectorAll("table tr")].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ["City", "Dead"],
      ["Basra", "12"],
    ]);
    expect([...body.querySelectorAll("blockquote p")].map((p) => p.innerHTML.trim())).toEqual([
      "We will not leave.",
      "Not this week,<br>\nnot next week.",
    ]);
    expect(body.querySelector("pre")?.textContent).toBe("ORDER 7\n\n  all units: hold\n");
    expect(body.querySelector("h2")?.textContent).toBe("What comes next");
    expect(body.querySelectorAll("hr")).toHaveLength(1);
    expect(body.textContent).not.toContain("\\");
  });

  it("keeps each embed's caption under its link", () => {
    const figures = [...postBody(site, "embeds").querySelectorAll("figure")];
    expect(
      figures.map((figure) => [
        figure.querySelector(".legacy-embed a")?.getAttribute("href"),
        figure.querySelector("figcaption")?.textContent,
      ]),
    ).toEqual([
      ["https://twitter.com/minister/status/123", "The minister's tweet, deleted an hour later"],
      ["https://soundcloud.com/desk/interview", "The interview, in Arabic"],
    ]);
  });

  it("passes npm run verify", () => {
    const verify = runVerify(site.root);
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });
});
