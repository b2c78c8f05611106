/**
 * markdown-it plugin: the `{% video "URL" "Title" %}` tag, on a line of its own, embeds a
 * YouTube or Vimeo video as a click-to-load figure (`src/video/figure.ts`). Posts are not run
 * through a template language; Dispatch reads this one tag itself, as it reads `{% map %}`.
 * A tag that cannot be read, or a URL that names no YouTube or Vimeo video, stops the build with
 * the file, the line and the fix.
 */
import type { MarkdownIt, StateBlock } from "markdown-it";
import { ContentError } from "../errors.ts";
import { slugify } from "../shared/slug.ts";
import { renderVideoFigure } from "../video/figure.ts";
import { parseVideoUrl, type Video } from "../video/video-url.ts";
import { inputFile, type EleventyEnv } from "./env.ts";
import { fileLineOfBlock } from "./geojson-fence.ts";

/** A `{% video %}` tag as written. */
export interface VideoTag {
  url: string;
  title: string;
}

const tagPattern = /^\{%\s*video\s+"([^"]*)"\s+"([^"]*)"\s*%\}$/;

/** Reads a line holding a video tag, or returns undefined for any other line. */
export function parseVideoTag(line: string): VideoTag | undefined {
  const match = tagPattern.exec(line.trim());
  if (!match) return undefined;
  return { url: match[1] as string, title: match[2] as string };
}

/** How to write the tag, for every problem's fix. */
const usage =
  'write it on a line of its own as {% video "https://www.youtube.com/watch?v=ID" "Title of the video" %}, a YouTube or Vimeo URL and a title, each in double quotes';

/**
 * Reads a tag's video, or throws a {@link ContentError} at `file:line` (a `VideoUrlError` for a URL
 * that names no video Dispatch embeds).
 * @param tag the tag, or `{ invalid }` with the line as written when it could not be read
 */
export function readVideoTag(
  tag: VideoTag | { invalid: string },
  file: string,
  line: number,
): { video: Video; title: string } {
  const fail = (message: string, fix: string): never => {
    throw new ContentError([{ file, line, message, fix }]);
  };
  if ("invalid" in tag) return fail(`this {% video %} tag cannot be read: ${tag.invalid}`, usage);
  if (tag.title.trim() === "") {
    return fail(
      "this {% video %} tag has no title",
      `${usage}; the title names the video for readers who cannot play it`,
    );
  }
  return { video: parseVideoUrl(tag.url, { file, line }), title: tag.title.trim() };
}

/**
 * The `id` of the video figure at `line` of the page: `video-<page's slug>-<line>`, unique in the
 * page (a feed holding several posts included).
 * @param line the 1-based line of the file the video stands on
 */
export function videoFigureId(env: EleventyEnv, line: number): string {
  return `video-${slugify(env.page?.fileSlug ?? "post", "post")}-${line}`;
}

/** Registers the tag: its block rule and its renderer. */
export function videoTag(md: MarkdownIt): void {
  md.block.ruler.before(
    "fence",
    "dispatch_video",
    (state: StateBlock, startLine: number, _endLine: number, silent: boolean) => {
      const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
      const end = state.eMarks[startLine] ?? start;
      if (state.src.charCodeAt(start) !== 0x7b /* { */) return false;
      const text = state.src.slice(start, end);
      const tag = parseVideoTag(text);
      // A line that starts like a video tag but cannot be read is reported, never published raw.
      if (!tag && !/^\{%\s*video\b/.test(text)) return false;
      if (silent) return true;
      const token = state.push("dispatch_video", "", 0);
      token.meta = tag ? { ...tag } : { invalid: text.trim() };
      token.map = [startLine, startLine + 1];
      token.block = true;
      state.line = startLine + 1;
      return true;
    },
  );
  md.renderer.rules.dispatch_video = (tokens, index, _options, rawEnv) => {
    const env = (rawEnv ?? {}) as EleventyEnv;
    const token = tokens[index];
    const line = fileLineOfBlock(env, token?.map?.[0] ?? 0);
    const { video, title } = readVideoTag(token?.meta as unknown as VideoTag, inputFile(env), line);
    return renderVideoFigure(video, title, videoFigureId(env, line));
  };
}
