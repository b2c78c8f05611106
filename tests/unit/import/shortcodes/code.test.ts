import { describe, expect, it } from "vitest";
import { convertBody } from "../../../../src/import/body/convert.ts";

describe("code shortcodes", () => {
  it("keeps two blank lines in a [sourcecode] block", () => {
    expect(
      convertBody('[sourcecode language="python"]\na = 1\n\n\nb = 2\n[/sourcecode]', "T").markdown,
    ).toBe("```python\na = 1\n\n\nb = 2\n```");
  });
});
