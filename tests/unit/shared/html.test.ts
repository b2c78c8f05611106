import { describe, expect, it } from "vitest";
import { escapeHtml, jsonForScript } from "../../../src/shared/html.ts";

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
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
