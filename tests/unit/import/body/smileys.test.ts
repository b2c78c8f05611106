import { describe, expect, it } from "vitest";
import { convertBody } from "../../../../src/import/body/convert.ts";
import { smileys } from "../../../../src/import/body/smileys.ts";

describe("smileys", () => {
  it("makes smiley images emoji, or their text when there is no emoji", () => {
    expect(
      smileys(
        'Hi <img src="http://o.org/wp-includes/images/smilies/icon_smile.gif" alt=":)" class="wp-smiley" /> ' +
          '<img src="https://s.w.org/images/core/emoji/15.0.3/72x72/1f1ee-1f1f6.png" alt="x" class="wp-smiley"> ' +
          '<img src="/wp-includes/images/smilies/mrgreen.png" alt=":mrgreen:" class="wp-smiley"> <img src="a.jpg" alt="A">',
      ),
    ).toBe('Hi 🙂 🇮🇶 :mrgreen: <img src="a.jpg" alt="A">');
    expect(
      convertBody(
        'Good <img src="http://o.org/wp-includes/images/smilies/icon_wink.gif" alt=";)" class="wp-smiley" />',
        "T",
      ).markdown,
    ).toBe("Good 😉");
  });
});
