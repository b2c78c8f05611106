import { describe, expect, it } from "vitest";
import {
  escapeHtml,
  escapeHtmlText,
  jsonForScript,
  withoutTagOpeners,
} from "../../../src/shared/html.ts";

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});

describe("writing HTML in which no Dispatch tag is read", () => {
  it.each([
    ['{% map "x.kml" %} and {%video%}', '&#123;% map "x.kml" %} and &#123;%video%}'],
    ["{ % not a tag } and {{ x }}", "{ % not a tag } and {{ x }}"],
  ])("withoutTagOpeners(%j) is %j", (html, written) => {
    expect(withoutTagOpeners(html)).toBe(written);
  });

  it("escapes text and its tag openers", () => {
    expect(escapeHtmlText('The "quay" & {% x %}')).toBe("The &quot;quay&quot; &amp; &#123;% x %}");
  });
});

describe("jsonForScript", () => {
  it.each(["</script>", "<!--", "a & b", "\u2028\u2029", "</SCRIPT >"])(
    "writes %j so that no <, > or & appears and JSON.parse returns it",
    (text) => {
      const json = jsonForScript({ text });
      expect(json).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(json)).toEqual({ text });
    },
  );
});
