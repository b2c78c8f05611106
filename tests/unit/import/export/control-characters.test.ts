import { describe, expect, it } from "vitest";
import { withoutControlCharacters } from "../../../../src/import/export/control-characters.ts";
import { parseWxr } from "../../../../src/import/export/wxr.ts";
import { hasControlCharacter } from "../../../../src/text/control-characters.ts";

describe("control characters in a WordPress export", () => {
  it.each([
    ["a word processor's line break (vertical tab)", "Basra,\u000bthe port", "Basra,\nthe port"],
    ["a page break (form feed)", "One.\u000cTwo.", "One.\nTwo."],
    ["a backspace and a substitute character", "Ramadi\u001as market\u0008", "Ramadis market"],
    ["windows-1252's right quote as a C1 control", "Maliki\u0092s offensive", "Maliki’s offensive"],
    ["windows-1252's ellipsis and dashes", "Wait\u0085 \u0096 \u0097", "Wait… – —"],
    ["a C1 control windows-1252 has no character for", "a\u0081b\u009db", "abb"],
    ["a noncharacter and a lone surrogate", "a\uffffb\ud800c", "abc"],
    ["tab, line feed and carriage return", "a\tb\nc\r\nd", "a\tb\nc\r\nd"],
    ["Arabic and emoji", "البصرة 🙂", "البصرة 🙂"],
  ])("%s: %j becomes %j", (_name, text, expected) => {
    expect(withoutControlCharacters(text)).toBe(expected);
    expect(hasControlCharacter(withoutControlCharacters(text))).toBe(false);
  });

  it("reads an item's title and content without them", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.0/">
<channel><wp:wxr_version>1.0</wp:wxr_version><link>http://old.example.org</link>
<item><title>Ramadi\u001as market</title><content:encoded><![CDATA[Prices rose\u000bby a third.]]></content:encoded><wp:post_id>53</wp:post_id></item>
</channel></rss>`;
    const [item] = parseWxr(xml, "export.xml").items;
    expect({ title: item?.title, content: item?.content }).toEqual({
      title: "Ramadis market",
      content: "Prices rose\nby a third.",
    });
  });
});
