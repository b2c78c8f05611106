import { describe, expect, it } from "vitest";
import { frontPage } from "../../../src/taxonomy/front-page.ts";
import type { Group } from "../../../src/taxonomy/groups.ts";

/** A post as the front page reads it: only its input path matters. */
const post = (name: string) => ({ inputPath: `./posts/${name}/index.md` });
type Post = ReturnType<typeof post>;
const [a, b, c, d, e, f, g] = ["a", "b", "c", "d", "e", "f", "g"].map(post) as [
  Post,
  Post,
  Post,
  Post,
  Post,
  Post,
  Post,
];
const tag = (name: string, slug: string, posts: Post[]): Group<Post> => ({
  key: name.toLowerCase(),
  name,
  slug,
  posts,
});
const iraq = tag("Iraq", "iraq", [a, c, e, f, g]);
const oil = tag("Oil", "oil", [b, d]);

describe("frontPage", () => {
  it.each([
    {
      case: "leads with the first post, then the top stories, then the rest",
      firstPage: [a, b, c, d],
      topStories: 2,
      expected: { lead: a, top: [b, c], more: [d] },
    },
    {
      case: "has no top stories when set to none",
      firstPage: [a, b],
      topStories: 0,
      expected: { lead: a, top: [], more: [b] },
    },
    {
      case: "shows a lone post as the lead",
      firstPage: [a],
      topStories: 2,
      expected: { lead: a, top: [], more: [] },
    },
    {
      case: "has no lead on an empty site",
      firstPage: [],
      topStories: 2,
      expected: { top: [], more: [] },
    },
  ])("$case", ({ firstPage, topStories, expected }) => {
    expect(
      frontPage(firstPage, [iraq, oil], { topStories, sections: [], postsPerSection: 4 }),
    ).toEqual({ ...expected, sections: [], problems: [] });
  });

  it("gives each chosen topic its newest posts not on the first page, in the settings' order", () => {
    const page = frontPage([a, b], [iraq, oil], {
      topStories: 1,
      sections: ["oil", " IRAQ "],
      postsPerSection: 2,
    });
    expect(page.sections).toEqual([
      { name: "Oil", url: "/tags/oil/", posts: [d] },
      { name: "Iraq", url: "/tags/iraq/", posts: [c, e] },
    ]);
  });

  it("shows a post in one section only, the first that names its topic", () => {
    const both = tag("Basra", "basra", [c, e, f]);
    const page = frontPage([a, b], [iraq, oil, both], {
      topStories: 1,
      sections: ["Basra", "Iraq"],
      postsPerSection: 2,
    });
    expect(page.sections).toEqual([
      { name: "Basra", url: "/tags/basra/", posts: [c, e] },
      { name: "Iraq", url: "/tags/iraq/", posts: [f, g] },
    ]);
  });

  it("gives a topic named twice one section, with a warning", () => {
    const page = frontPage([a], [iraq, oil], {
      topStories: 0,
      sections: ["Iraq", " IRAQ "],
      postsPerSection: 1,
    });
    expect(page.sections).toEqual([{ name: "Iraq", url: "/tags/iraq/", posts: [c] }]);
    expect(page.problems).toEqual([
      {
        file: "src/site.ts",
        message:
          'frontPage.sections names the topic " IRAQ " twice (case and spacing do not matter), so it has one section',
        fix: "Remove the repeat from frontPage.sections",
      },
    ]);
  });

  it("leaves out a topic whose posts are all on the first page", () => {
    const page = frontPage([b, d], [iraq, oil], {
      topStories: 1,
      sections: ["Oil"],
      postsPerSection: 4,
    });
    expect(page.sections).toEqual([]);
    expect(page.problems).toEqual([]);
  });

  it("warns about a topic no post uses, naming the setting and the topics there are", () => {
    const page = frontPage([a], [iraq, oil], {
      topStories: 2,
      sections: ["Irak", "Oil"],
      postsPerSection: 4,
    });
    expect(page.sections.map((section) => section.name)).toEqual(["Oil"]);
    expect(page.problems).toEqual([
      {
        file: "src/site.ts",
        message:
          'frontPage.sections names the topic "Irak", which no post uses, so the front page has no section for it',
        fix: 'Name one of the topics posts use ("Iraq", "Oil"), or remove it from frontPage.sections',
      },
    ]);
  });
});
