import { describe, expect, it } from "vitest";
import { convertBody } from "../../../../src/import/body/convert.ts";
import { flashVideosAsEmbeds } from "../../../../src/import/body/flash-videos.ts";

/** YouTube's own embed code of 2008, as authors pasted it into WordPress. */
const youtube2008 =
  '<object width="425" height="344"><param name="movie" value="http://www.youtube.com/v/dQw4w9WgXcQ&hl=en&fs=1"></param><param name="allowFullScreen" value="true"></param><embed src="http://www.youtube.com/v/dQw4w9WgXcQ&hl=en&fs=1" type="application/x-shockwave-flash" allowfullscreen="true" width="425" height="344"></embed></object>';

/** Vimeo's embed code of 2009. */
const vimeo2009 =
  '<object width="400" height="225"><param name="allowfullscreen" value="true" /><param name="movie" value="http://vimeo.com/moogaloop.swf?clip_id=76979871&amp;server=vimeo.com&amp;show_title=1" /><embed src="http://vimeo.com/moogaloop.swf?clip_id=76979871&amp;server=vimeo.com&amp;show_title=1" type="application/x-shockwave-flash" allowfullscreen="true" width="400" height="225"></embed></object>';

describe("Flash video embeds in a WordPress post", () => {
  it.each([
    [
      "YouTube's <object> of 2008",
      youtube2008,
      "\n\n[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]\n\n",
    ],
    ["Vimeo's <object> of 2009", vimeo2009, "\n\n[embed]https://vimeo.com/76979871[/embed]\n\n"],
    [
      "an <embed> alone",
      "<embed src='http://www.youtube.com/v/dQw4w9WgXcQ' type='application/x-shockwave-flash' width='425' height='350' />",
      "\n\n[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]\n\n",
    ],
    [
      "an <object> with only data=",
      '<object type="application/x-shockwave-flash" data="//www.youtube.com/v/dQw4w9WgXcQ?fs=1" width="425" height="350"></object>',
      "\n\n[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]\n\n",
    ],
  ])("makes %s the [embed] of its video", (_name, html, expected) => {
    expect(flashVideosAsEmbeds(html)).toBe(expected);
  });

  it.each([
    [
      "a Flash game",
      '<object width="550" height="400"><param name="movie" value="http://games.example.org/tetris.swf"></param><embed src="http://games.example.org/tetris.swf" width="550" height="400"></embed></object>',
    ],
    [
      "an <embed> of a sound",
      '<embed src="http://old.example.org/wp-content/uploads/2008/03/call.mp3" />',
    ],
  ])("leaves %s as it is", (_name, html) => {
    expect(flashVideosAsEmbeds(html)).toBe(html);
  });

  it("gives a post's pasted YouTube player as a video a reader can play, and reports nothing", () => {
    const body = convertBody(`Al Jazeera English's report:\n${youtube2008}\nMore soon.`, "Basra");
    expect(body.markdown).toBe(
      'Al Jazeera English\'s report:\n\n{% video "https://www.youtube.com/watch?v=dQw4w9WgXcQ" "Video from “Basra”" %}\n\nMore soon.',
    );
    expect(body.losses).toEqual([]);
  });
});
