import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateArchive } from "../../../bench/generate.ts";
import { hugoConfig, hugoPost, makeHugoProject } from "../../../bench/hugo-project.ts";

/** A post as an author writes it for Dispatch: every kind of front matter, then Markdown. */
const basra = `---
title: "Continuing battle for the south: Basra"
date: 2008-03-27
summary: "The third day of fighting in Basra."
author: Amira Haddad
series: Battle for the South
tags: [Iraq, Basra, Militias]
location:
  name: Basra
  coordinates: [47.81, 30.515]
citations:
  - title: "Fighting in Basra"
    publisher: Reuters
    date: 2008-03-27
    url: https://news.example.org/basra
---

Fighting went on in **Basra** for a third day.[^1]

\`\`\`geojson
{ "type": "FeatureCollection", "features": [] }
\`\`\`

[^1]: Reuters, 27 March 2008.
`;

describe("hugoPost", () => {
  it("keeps the title, date and tags and the body as it is", () => {
    expect(hugoPost("continuing-battle-for-the-south-basra", basra)).toEqual({
      file: "content/posts/continuing-battle-for-the-south-basra.md",
      text: `---
title: "Continuing battle for the south: Basra"
date: 2008-03-27
tags: ["Iraq","Basra","Militias"]
---

Fighting went on in **Basra** for a third day.[^1]

\`\`\`geojson
{ "type": "FeatureCollection", "features": [] }
\`\`\`

[^1]: Reuters, 27 March 2008.
`,
    });
  });

  it.each([
    [
      "an unquoted title",
      "title: Oil and water\ndate: 2010-05-01",
      'title: "Oil and water"\ndate: 2010-05-01\ntags: []',
    ],
    [
      "quotes in the title",
      "title: 'The \"surge\" ends'\ndate: 2010-05-01\ntags: [Iraq]",
      'title: "The \\"surge\\" ends"\ndate: 2010-05-01\ntags: ["Iraq"]',
    ],
    [
      "a date with a time",
      "title: Late news\ndate: 2010-05-01T22:30:00+03:00\ntags:\n  - Oil",
      'title: "Late news"\ndate: 2010-05-01\ntags: ["Oil"]',
    ],
    [
      "a tag that YAML reads as a number",
      "title: Numbers\ndate: 2010-05-01\ntags: [2010, Iraq]",
      'title: "Numbers"\ndate: 2010-05-01\ntags: ["2010","Iraq"]',
    ],
  ])("writes %s as Hugo reads it", (_, front, expected) => {
    expect(hugoPost("p", `---\n${front}\n---\nBody.\n`).text).toBe(
      `---\n${expected}\n---\nBody.\n`,
    );
  });

  it("converts every post of a generated archive, its body unchanged", () => {
    for (const post of generateArchive({ count: 12, seed: 1 })) {
      const { file, text } = hugoPost(post.slug, post.markdown);
      expect(file).toBe(`content/posts/${post.slug}.md`);
      const body = post.markdown.slice(post.markdown.indexOf("\n---\n") + 5);
      expect(text.slice(text.indexOf("\n---\n") + 5)).toBe(body);
      expect(text).toMatch(/^---\ntitle: "[^"\n]+"\ndate: \d{4}-\d{2}-\d{2}\ntags: \[.+\]\n---\n/);
    }
  });

  it.each([
    ["no front matter", "Just text.\n", "p: no front matter between --- lines"],
    ["no title", "---\ndate: 2010-05-01\n---\nBody.\n", "p: no title"],
    ["no date", "---\ntitle: Undated\n---\nBody.\n", "p: no date"],
  ])("refuses a post with %s", (_, markdown, message) => {
    expect(() => hugoPost("p", markdown)).toThrow(message);
  });
});

describe("makeHugoProject", () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("writes the configuration, the two layouts and one content file per post", () => {
    const root = mkdtempSync(path.join(tmpdir(), "dispatch-bench-test-hugo-"));
    made.push(root);
    makeHugoProject(root, [{ slug: "continuing-battle-for-the-south-basra", markdown: basra }]);
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
      .sort();
    expect(files).toEqual([
      "config.toml",
      "content/posts/continuing-battle-for-the-south-basra.md",
      "layouts/_default/list.html",
      "layouts/_default/single.html",
    ]);
    expect(readFileSync(path.join(root, "config.toml"), "utf8")).toBe(hugoConfig(root));
    expect(readFileSync(path.join(root, "layouts/_default/single.html"), "utf8")).toContain(
      "<h1>{{ .Title }}</h1>",
    );
    expect(
      readFileSync(
        path.join(root, "content/posts/continuing-battle-for-the-south-basra.md"),
        "utf8",
      ),
    ).toBe(hugoPost("continuing-battle-for-the-south-basra", basra).text);
  });
});

describe("hugoConfig", () => {
  it("keeps Hugo's cache in the project, as the absolute path Hugo requires", () => {
    expect(hugoConfig("/work/bench/hugo")).toBe(
      'baseURL = "http://example.org/"\nlanguageCode = "en"\ntitle = "Dispatch bench (Hugo)"\ncacheDir = "/work/bench/hugo/.hugo_cache"\n',
    );
  });
});
