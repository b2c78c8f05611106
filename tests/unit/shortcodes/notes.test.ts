import { describe, expect, it } from "vitest";
import { embedLinkNote, unconvertedNote } from "../../../src/shortcodes/notes.ts";

describe("notes left for shortcodes not converted", () => {
  it.each([
    [
      "gallery",
      '[gallery ids="4"]',
      '<span class="legacy-embed" role="note" data-wordpress-shortcode="gallery">Not converted from WordPress: the shortcode gallery ids=&quot;4&quot;</span>',
    ],
    [
      "poll",
      "\\[poll id=2 /\\]",
      '<span class="legacy-embed" role="note" data-wordpress-shortcode="poll">Not converted from WordPress: the shortcode poll id=2</span>',
    ],
  ])("names the shortcode %s as written, without its brackets", (name, text, note) => {
    expect(unconvertedNote(name, text)).toBe(note);
  });

  it("links an embed of another site's page", () => {
    expect(embedLinkNote("embed", "https://x.org/?a=1&b=<2>")).toBe(
      '<span class="legacy-embed" role="note" data-wordpress-shortcode="embed">Embedded on the old site: <a href="https://x.org/?a=1&amp;b=&lt;2&gt;">https://x.org/?a=1&amp;b=&lt;2&gt;</a></span>',
    );
  });
});
