/**
 * A YouTube or Vimeo video pasted into a post as Flash embed code, as YouTube and Vimeo gave it
 * from 2006 to 2010 (`<object><param name="movie" value="http://www.youtube.com/v/ID&hl=en">
 * <embed src="…" type="application/x-shockwave-flash"></embed></object>`, or the `<embed>` alone),
 * becomes the `[embed]URL[/embed]` shortcode of its video, which the shortcode converter makes a
 * video a reader can play (`../shortcodes/videos.ts`), as it does `[kml_flashembed movie="…"]`.
 * Flash embeds of anything else are left to be removed and reported (`./dropped-elements.ts`).
 */
import { parseVideoUrl } from "../../video/video-url.ts";

/** The watch URL of the video a Flash movie's address names, or undefined. */
function flashVideo(movie: string | undefined): string | undefined {
  if (!movie) return undefined;
  const address = movie.replace(/&amp;/g, "&").replace(/^\/\//, "http://");
  try {
    return parseVideoUrl(address).watchUrl;
  } catch {
    return undefined;
  }
}

/** The value of a tag's attribute (`src="…"`, `value='…'`), or undefined. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "i").exec(tag);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** The movie an `<object>`'s HTML plays: its `movie` `<param>`, `data=`, or its `<embed src>`. */
function objectMovie(object: string): string | undefined {
  const params = object.match(/<param\b[^>]*>/gi) ?? [];
  const movie = params.find((param) => /^(movie|src)$/i.test(attribute(param, "name") ?? ""));
  const embed = /<embed\b[^>]*>/i.exec(object)?.[0];
  const opening = /^<object\b[^>]*>/i.exec(object)?.[0] ?? "";
  return [
    movie && attribute(movie, "value"),
    embed && attribute(embed, "src"),
    attribute(opening, "data"),
  ]
    .map(flashVideo)
    .find((url) => url !== undefined);
}

/**
 * Replaces each Flash embed of a YouTube or Vimeo video in a post's HTML by `[embed]URL[/embed]`
 * (URL: the video's watch page, `https://www.youtube.com/watch?v=ID`), on a line of its own.
 * Other `<object>`s and `<embed>`s are left as they are.
 * @param html WordPress `post_content`, before its shortcodes are converted
 */
export function flashVideosAsEmbeds(html: string): string {
  const embed = (url: string) => `\n\n[embed]${url}[/embed]\n\n`;
  return html
    .replace(/<object\b[^>]*>[^]*?<\/object>/gi, (object) => {
      const url = objectMovie(object);
      return url ? embed(url) : object;
    })
    .replace(/<embed\b[^>]*>(?:\s*<\/embed>)?/gi, (tag) => {
      const url = flashVideo(attribute(tag, "src"));
      return url ? embed(url) : tag;
    });
}
