/**
 * Aliases: a post's old URLs (`aliases:` in its front matter, e.g. `/2008/03/27/old-slug/` from a
 * WordPress import) that redirect to it. What an alias must be, where its redirect page is
 * written, and the check that no two aliases, and no alias and post, take the same path. Pure
 * functions; `redirect-page.ts` writes the redirects and `plugin.ts` wires them into the build.
 * What an alias path is lives in `alias-paths.ts`, the clashes in `alias-clashes.ts`; this module
 * exports them too.
 */
import type { ContentProblem } from "../../errors.ts";
import {
  generatedFolders,
  generatedPageFolders,
  generatedRootFiles,
  outputFileKey,
  outputFileOf,
  type AliasReading,
  type AliasReadingCode,
} from "./alias-paths.ts";
import {
  postPlaceProblem,
  postPlaces,
  takenProblem,
  type AliasProblem,
  type PostAliases,
  type TakenAlias,
} from "./alias-clashes.ts";
import { postsUrlFolder as postsFolder } from "./permalink.ts";

export {
  generatedFolders,
  generatedPageFolders,
  generatedRootFiles,
  outputFileKey,
  outputFileOf,
  type AliasPath,
  type AliasReading,
  type AliasReadingCode,
} from "./alias-paths.ts";
export type { AliasProblem, AliasProblemCode, PostAliases } from "./alias-clashes.ts";

/** A refusal of {@link readAlias}. */
type AliasRefusal = Extract<AliasReading, { ok: false }>;

function refuse(code: AliasReadingCode, message: string, fix: string): AliasRefusal {
  return { ok: false, code, message, fix };
}

/** An alias with a scheme or host (`https://…`, `//host/…`): its path is the fix. */
function fullUrlRefusal(trimmed: string): AliasRefusal {
  let pathOnly: string | undefined;
  try {
    const url = new URL(trimmed.startsWith("//") ? `https:${trimmed}` : trimmed);
    if (url.protocol === "http:" || url.protocol === "https:") pathOnly = url.pathname;
  } catch {
    pathOnly = undefined;
  }
  return refuse(
    "alias-is-full-url",
    "is a full URL, not a path of this site",
    pathOnly
      ? `write the path only: ${pathOnly}`
      : "write the old path of this site, starting with /, e.g. /2008/03/27/old-slug/",
  );
}

/**
 * The refusals of an alias as written, before it is decoded: a full URL, a path not from the
 * root, a `?` or `#`, a backslash. Undefined when it passes them.
 */
function writtenFormRefusal(trimmed: string): AliasRefusal | undefined {
  if (/^([a-z][a-z0-9+.-]*):/i.test(trimmed) || trimmed.startsWith("//")) {
    return fullUrlRefusal(trimmed);
  }
  if (!trimmed.startsWith("/")) {
    const fromRoot = `/${trimmed}`.replace(/[\\/]+/g, "/");
    return refuse(
      "alias-not-from-root",
      "does not start with /",
      readAlias(fromRoot).ok
        ? `write it from the site's root: ${fromRoot}`
        : "write the post's old path from the site's root, e.g. /2008/03/27/old-slug/",
    );
  }
  if (/[?#]/.test(trimmed)) {
    const pathOnly = trimmed.replace(/[?#].*$/, "");
    return refuse(
      "alias-has-query-or-fragment",
      "has a ? query or # fragment, which a static site cannot redirect",
      /^\/*$/.test(pathOnly)
        ? `remove it: without its ${trimmed.includes("?") ? "query" : "fragment"} it is the home page; list the post's old path instead, e.g. /2008/03/27/old-slug/`
        : `write the path only: ${pathOnly}`,
    );
  }
  if (trimmed.includes("\\")) {
    // `/\\evil\\` must not become `//evil/`, a URL of another host: runs of / are one.
    const slashes = trimmed.replace(/[\\/]+/g, "/");
    return refuse(
      "alias-has-backslash",
      "has a backslash",
      readAlias(slashes).ok && slashes !== "/"
        ? `write / between folders: ${slashes}`
        : "write the post's old path with / between folders, e.g. /2008/03/27/old-slug/",
    );
  }
  return undefined;
}

/** The refusals of a decoded path: an encoded separator, a control character, `.` or `..`, `/`. */
function decodedFormRefusal(decoded: string): AliasRefusal | undefined {
  // decodeURI keeps %2F and turns %5C into \: some servers read either as a separator.
  if (/%2f/i.test(decoded) || decoded.includes("\\")) {
    return refuse(
      "alias-has-encoded-separator",
      "has an encoded / or \\ (%2F, %5C), which some servers read as a folder separator",
      "write / between folders",
    );
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(decoded)) {
    return refuse("alias-has-control-character", "has a control character", "remove it");
  }
  if (decoded.split("/").some((segment) => segment === "." || segment === "..")) {
    return refuse(
      "alias-has-dot-segment",
      'has a "." or ".." segment, which could point outside the site',
      "write the old path as it was published, without . or ..",
    );
  }
  if (/^\/+$/.test(decoded)) {
    return refuse(
      "alias-is-home-page",
      "is the home page",
      "remove it: the home page cannot redirect to a post",
    );
  }
  return undefined;
}

/**
 * The refusals of where an alias would be written: the home page's file, a file the build
 * writes, a folder it fills, the folder of every post. Undefined when the place is free.
 */
function placeRefusal(decoded: string, outputKey: string): AliasRefusal | undefined {
  const segments = decoded.split("/").filter((segment) => segment !== "");
  const first = (segments[0] ?? "").normalize("NFC").toLowerCase();
  if (outputKey === "index.html") {
    return refuse(
      "alias-is-home-page",
      "is the home page's file",
      "remove it: the home page cannot redirect to a post",
    );
  }
  const rootFiles: readonly string[] = [...generatedRootFiles, "index.html"];
  if (rootFiles.includes(first)) {
    // `/sitemap.xml/x/` needs a folder named sitemap.xml, where the build writes that file.
    return segments.length === 1
      ? refuse(
          "alias-is-build-file",
          `is the path of /${first}, a file the build writes itself`,
          "remove the alias: an old URL cannot take the place of that file",
        )
      : refuse(
          "alias-inside-build-file",
          `is inside /${first}, a file the build writes itself, which cannot also be a folder`,
          "remove the alias, or write the post's old path outside that file's name",
        );
  }
  if ((generatedFolders as readonly string[]).includes(first)) {
    return refuse(
      "alias-in-build-folder",
      `is in /${first}/, a folder the build fills with its own files`,
      "remove the alias, or write the post's old path outside that folder",
    );
  }
  if ((generatedPageFolders as readonly string[]).includes(first)) {
    return refuse(
      "alias-in-page-folder",
      `is in /${first}/, where the build writes the site's own pages`,
      "remove the alias, or write the post's old path outside that folder",
    );
  }
  if (outputKey === `${postsFolder}/index.html`) {
    return refuse(
      "alias-is-posts-folder",
      `is /${postsFolder}/, the folder of every post, not one post's old path`,
      `write the post's old path, e.g. /${postsFolder}/old-slug/`,
    );
  }
  return undefined;
}

/**
 * Reads one alias as an author wrote it. An alias is a root-relative path of this site (under
 * the path prefix, which is added when the site is built): it starts with `/`, has no scheme or
 * host, no `.` or `..` segment, no `?` query or `#` fragment (a static file cannot answer them),
 * no backslash, and is not the home page `/`, a file the build writes ({@link generatedRootFiles})
 * or a path in a folder the build fills ({@link generatedFolders}, {@link generatedPageFolders}).
 * Percent-encoding is decoded (`/caf%C3%A9/` is `/café/`). A fix that suggests a path suggests
 * one this function accepts.
 * @returns the normalised alias, or the problem: its `code`, `message` (completing
 *   `alias "…" `) and `fix`
 */
export function readAlias(alias: string): AliasReading {
  const trimmed = alias.trim();
  const written = writtenFormRefusal(trimmed);
  if (written) return written;
  let decoded: string;
  try {
    decoded = decodeURI(trimmed);
  } catch {
    return refuse(
      "alias-has-bad-percent",
      "has a % that is not a percent-encoded character",
      "write % as %25",
    );
  }
  const outputFile = outputFileOf(decoded);
  const refusal = decodedFormRefusal(decoded) ?? placeRefusal(decoded, outputFileKey(outputFile));
  return refusal ?? { ok: true, alias: { path: decoded, outputFile } };
}
/**
 * Finds every problem of the posts' aliases: each must be a valid path ({@link readAlias}), and
 * no alias may be written where a post's page is, inside the folder of a post's page (where its
 * images and maps are copied: `/posts/basra/photo.png`), or where another alias (of any post) is.
 * @returns every problem with its `code` and fields ({@link AliasProblem}), each on the alias's
 *   line and naming the other file and line when two clash; empty when all aliases are good
 */
export function findAliasProblems(posts: readonly PostAliases[]): AliasProblem[] {
  const problems: AliasProblem[] = [];
  const places = postPlaces(posts);
  const taken = new Map<string, TakenAlias>();
  for (const post of posts) {
    post.aliases.forEach(({ value, line }, index) => {
      const at = { file: post.file, line, alias: value, index };
      const field = `front matter field "aliases.${index}": ${JSON.stringify(value)}`;
      const reading = readAlias(value);
      if (!reading.ok) {
        const { code, message: reason, fix } = reading;
        problems.push({ ...at, code, reason, message: `${field} ${reason}`, fix });
        return;
      }
      const { outputFile } = reading.alias;
      const key = outputFileKey(outputFile);
      const other = taken.get(key);
      const problem =
        postPlaceProblem(places, outputFile, field) ??
        (other ? takenProblem(other, post.file, outputFile, field) : undefined);
      if (problem) problems.push({ ...at, ...problem });
      else taken.set(key, { file: post.file, line, index, outputFile, value });
    });
  }
  return problems;
}

/**
 * Checks every post's aliases ({@link findAliasProblems}) for the build.
 * @returns every problem as the build prints it (`file`, `line`, `message`, `fix`); empty when
 *   all aliases are good. {@link findAliasProblems} gives the same problems with their codes.
 */
export function checkAliases(posts: readonly PostAliases[]): ContentProblem[] {
  return findAliasProblems(posts).map(({ file, line, message, fix }) => ({
    file,
    line,
    message,
    fix,
  }));
}

/** An accepted alias and its place, as {@link prefixedAliasWarning} reads it. */
export interface PlacedAlias {
  /** The post's source, `posts/basra/index.md`. */
  file: string;
  /** The line of the alias in the front matter. */
  line: number;
  /** The alias's place in `aliases:`, from 0; messages name `aliases.<index>`. */
  index: number;
  /** The alias as {@link readAlias} reads it (decoded): `/blog/posts/old/`. */
  path: string;
}

/**
 * The warning for an alias written with the site's path prefix at its start
 * (`aliases: [/blog/posts/old/]` built with `--pathprefix=/blog/`): the build adds the prefix to
 * every alias, so it would redirect `/blog/blog/posts/old/`, and the feed id would not find the
 * first slug in it (`src/feeds/feed-id.ts` reads `/posts/<slug>/`). The fix is the alias without
 * the prefix (`/posts/old/`). `undefined` when the prefix is `/` or the alias does not start
 * with it (the prefix's segments compared whole: `/blogs/x/` does not start with `/blog/`).
 * @param pathPrefix the build's path prefix, `/` or `/blog/` (with its slashes)
 */
export function prefixedAliasWarning(
  alias: PlacedAlias,
  pathPrefix: string,
): ContentProblem | undefined {
  const prefix = `/${pathPrefix.replace(/^\/+|\/+$/g, "")}/`;
  if (prefix === "//" || !`${alias.path}/`.startsWith(prefix)) return undefined;
  const without = `/${alias.path.slice(prefix.length)}`;
  const fixed = without !== "/" && readAlias(without).ok ? without : undefined;
  return {
    file: alias.file,
    line: alias.line,
    message: `front matter field "aliases.${alias.index}": ${JSON.stringify(alias.path)} starts with the path prefix ${prefix}, which the build adds to every alias: it would redirect ${prefix}${alias.path.slice(1)}, not ${alias.path}`,
    fix: fixed
      ? `write it without the prefix: ${fixed}`
      : `write the post's old path without the prefix ${prefix}, e.g. /${postsFolder}/old-slug/`,
  };
}
