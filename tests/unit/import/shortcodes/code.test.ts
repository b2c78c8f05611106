import { describe, expect, it } from "vitest";
import { convertBody } from "../../../../src/import/body/convert.ts";
import { codeMarkup, codeSpan, codeText } from "../../../../src/import/shortcodes/code.ts";

describe("code shortcodes", () => {
  it("keeps two blank lines in a [sourcecode] block", () => {
    expect(
      convertBody('[sourcecode language="python"]\na = 1\n\n\nb = 2\n[/sourcecode]', "T").markdown,
    ).toBe("```python\na = 1\n\n\nb = 2\n```");
  });
});

describe("code of code shortcodes", () => {
  it.each([
    ["x", "`x`"],
    ["a `b` c", "``a `b` c``"],
    ["`x`", "`` `x` ``"],
  ])("the code span of %j is %j", (code, span) => {
    expect(codeSpan(code)).toBe(span);
  });

  it.each([
    ["\n&lt;div&gt;\n", "<div>"],
    ["\nif (a < b) &lt;\n", "if (a < b) &lt;"],
    ["x &amp;&amp; y", "x && y"],
  ])("the code of %j is %j", (content, code) => {
    expect(codeText(content)).toBe(code);
  });

  it.each([
    [
      "inline, with text around it",
      "php",
      "echo 1;",
      { named: {} },
      { before: "Run ", after: "" },
      "PLACED(`echo 1;`)",
    ],
    [
      "on its own line",
      "code",
      "x = 1;",
      { named: { lang: "js" } },
      { before: "", after: "" },
      '\n\n<pre><code class="language-js">x = 1;</code></pre>\n\n',
    ],
    [
      "several lines, even inline",
      "python",
      "a\nb",
      { named: {} },
      { before: "x", after: "" },
      '\n\n<pre><code class="language-python">a\nb</code></pre>\n\n',
    ],
  ])("writes code %s", (_what, name, content, named, around, markup) => {
    const attributes = { ...named, positional: [] };
    expect(codeMarkup(name, content, attributes, around, (md) => `PLACED(${md})`)).toBe(markup);
  });
});
