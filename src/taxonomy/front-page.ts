/**
 * The first page of the home page, laid out as a publication's front page: the newest post
 * leads, the next few follow as top stories, the rest of the page's posts as a list, and the
 * topics chosen in the site settings each get a section with their newest posts not already on
 * the page. Later pages (`/page/2/`, …) stay plain lists.
 */
import type { ContentProblem } from "../errors.ts";
import { foldKey } from "../shared/slug.ts";
import type { FrontPageSettings } from "../site.ts";
import type { Group } from "./groups.ts";
import { tagUrl } from "./tags.ts";

/** A topic's section on the front page. */
export interface FrontSection<T> {
  /** The topic's name as posts spell it: `"Iraq"`. */
  name: string;
  /** URL of the topic's page, unprefixed: `/tags/iraq/`. */
  url: string;
  /** The topic's newest posts not on the first page nor in an earlier section, newest first. */
  posts: T[];
}

/** The first page of the home page. */
export interface FrontPage<T> {
  /** The newest post; undefined when there is none. */
  lead?: T;
  /** The posts after the lead, at most `topStories`. */
  top: T[];
  /** The rest of the first page's posts. */
  more: T[];
  /** Topic sections, in the order of the settings; a topic with nothing left to show is left out. */
  sections: FrontSection<T>[];
  /** A warning for each section naming a topic no post uses (the section is left out). */
  problems: ContentProblem[];
}

/**
 * Lays out the first page of the home page.
 * @param firstPage the first page's posts, newest first (`collections.homePages[0].posts`)
 * @param tags every topic with its posts newest first (`collections.tagList`)
 * @param settings `site.frontPage`
 */
export function frontPage<T extends { inputPath: string }>(
  firstPage: readonly T[],
  tags: readonly Group<T>[],
  settings: FrontPageSettings,
): FrontPage<T> {
  const [lead, ...rest] = firstPage;
  // Posts already shown: the first page's, then each section's, so no post appears twice.
  const shown = new Set(firstPage.map((post) => post.inputPath));
  const problems: ContentProblem[] = [];
  const named = new Set<string>();
  const sections: FrontSection<T>[] = [];
  for (const name of settings.sections) {
    const tag = tags.find((candidate) => candidate.key === foldKey(name));
    if (!tag) {
      problems.push(unknownTopic(name, tags));
      continue;
    }
    if (named.has(tag.key)) {
      problems.push(repeatedTopic(name));
      continue;
    }
    named.add(tag.key);
    const posts = tag.posts
      .filter((post) => !shown.has(post.inputPath))
      .slice(0, settings.postsPerSection);
    for (const post of posts) shown.add(post.inputPath);
    if (posts.length > 0) sections.push({ name: tag.name, url: tagUrl(tag.name), posts });
  }
  return {
    ...(lead ? { lead } : {}),
    top: rest.slice(0, settings.topStories),
    more: rest.slice(settings.topStories),
    sections,
    problems,
  };
}

/** The problem of a front-page section naming a topic an earlier section names already. */
function repeatedTopic(name: string): ContentProblem {
  return {
    file: "src/site.ts",
    message: `frontPage.sections names the topic ${JSON.stringify(name)} twice (case and spacing do not matter), so it has one section`,
    fix: "Remove the repeat from frontPage.sections",
  };
}

/** The problem of a front-page section naming a topic no post uses, with the topics there are. */
function unknownTopic<T>(name: string, tags: readonly Group<T>[]): ContentProblem {
  const known = tags.map((tag) => JSON.stringify(tag.name)).join(", ");
  return {
    file: "src/site.ts",
    message: `frontPage.sections names the topic ${JSON.stringify(name)}, which no post uses, so the front page has no section for it`,
    fix: known
      ? `Name one of the topics posts use (${known}), or remove it from frontPage.sections`
      : "Remove it from frontPage.sections until a post uses it in its tags",
  };
}
