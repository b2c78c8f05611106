import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { newPostFolder, newPostSource, todayIn } from "../../../src/content/new-post.ts";
import { readFrontMatter } from "../../../src/content/front-matter/read.ts";
import { checkPostData } from "../../../src/content/front-matter/check.ts";
import { postSlug } from "../../../src/content/permalinks/permalink.ts";

describe("a new post's folder and date", () => {
  it("takes today's date in the site's time zone, not the machine's", () => {
    const now = DateTime.fromISO("2008-03-27T22:30:00Z");
    expect(todayIn("UTC", now)).toBe("2008-03-27");
    expect(todayIn("Asia/Baghdad", now)).toBe("2008-03-28");
    expect(todayIn("America/New_York", now)).toBe("2008-03-27");
  });

  it.each([
    ["Basra: what the ceasefire means", "2008-03-27-basra-what-the-ceasefire-means"],
    ['The "surge" #2: Basra', "2008-03-27-the-surge-2-basra"],
    ["البصرة بعد الهدنة", "2008-03-27-البصرة-بعد-الهدنة"],
  ])("%s → %s", (title, folder) => {
    expect(newPostFolder(title, "2008-03-27")).toBe(folder);
  });
});

describe("a new post with a long title", () => {
  it("gets a folder of at most 80 characters, cut at a hyphen, that is exactly its URL's slug", () => {
    const title =
      "Basra after the ceasefire: what the Mahdi Army, the Iraqi Army and the British garrison each gained and lost";
    const folder = newPostFolder(title, "2008-03-27");
    expect(folder).toBe(
      "2008-03-27-basra-after-the-ceasefire-what-the-mahdi-army-the-iraqi-army-and-the",
    );
    expect([...folder].length).toBeLessThanOrEqual(80);
    expect(postSlug(`posts/${folder}/index.md`)).toBe(folder);
  });
});

describe("a new post's index.md", () => {
  it("is a draft whose front matter passes the post schema, the title kept exactly", () => {
    for (const title of [
      "Basra: what the ceasefire means",
      'The "surge" #2: Basra',
      "[Update] Basra",
      "1984",
      "Basra \\ Zubair",
    ]) {
      const source = newPostSource(title, "2008-03-27");
      const frontMatter = readFrontMatter(source, "posts/x/index.md");
      expect(checkPostData(frontMatter, "posts/x/index.md")).toEqual([]);
      expect(frontMatter.data).toEqual({ title, date: "2008-03-27", draft: true });
    }
  });

  it("quotes the title for YAML and comments out the example map", () => {
    const source = newPostSource('Basra: the "ceasefire" #1', "2008-03-27");
    expect(source.split("\n").slice(0, 4)).toEqual([
      "---",
      'title: "Basra: the \\"ceasefire\\" #1"',
      "date: 2008-03-27",
      "draft: true",
    ]);
    const body = source.slice(source.indexOf("\n---\n") + 5);
    expect(body).toMatch(/<!-- A map:[^]*```geojson\n[^]*```\n\n-->\n$/);
    const lines = body.split("\n");
    const start = lines.findIndex((line) => line.startsWith("<!-- A map"));
    expect(lines.slice(start, start + 4)).toEqual([
      "<!-- A map: positions are [longitude, latitude]; see the README, section Maps. -->",
      "<!-- To show the map below, remove this line and the last one, and edit the block.",
      "",
      "```geojson",
    ]);
  });

  it("shows only the map when its line and the last one are removed as the comment says", () => {
    const lines = newPostSource("Basra", "2008-03-27").split("\n");
    const opening = lines.findIndex((line) => line.includes("remove this line and the last one"));
    const closing = lines.lastIndexOf("-->");
    const uncommented = lines.filter((_line, index) => index !== opening && index !== closing);
    const body = uncommented.join("\n").slice(uncommented.join("\n").indexOf("\n---\n") + 5);
    // What is left outside HTML comments and the geojson block is the paragraph to replace.
    const outside = body
      .replace(/<!--[^]*?-->/g, "")
      .replace(/```geojson\n[^]*?```/, "")
      .trim();
    expect(outside).toBe(
      "Write the post here, in Markdown. Remove `draft: true` above to publish it.",
    );
  });
});

describe("a new post's feed id", () => {
  it("is written after the date, with a comment, when given, and the front matter stays valid", () => {
    const id = "tag:dispatch.test,2008-03-27:2008-03-27-basra";
    const source = newPostSource("Basra", "2008-03-27", id);
    expect(source.split("\n").slice(0, 6)).toEqual([
      "---",
      'title: "Basra"',
      "date: 2008-03-27",
      "# Feed readers know the post by its id: keep it as it is.",
      'id: "tag:dispatch.test,2008-03-27:2008-03-27-basra"',
      "draft: true",
    ]);
    const frontMatter = readFrontMatter(source, "posts/x/index.md");
    expect(checkPostData(frontMatter, "posts/x/index.md")).toEqual([]);
    expect(frontMatter.data).toEqual({ title: "Basra", date: "2008-03-27", id, draft: true });
  });
});
