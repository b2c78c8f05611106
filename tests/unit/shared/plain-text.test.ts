import { describe, expect, it } from "vitest";
import { plainText } from "../../../src/shared/plain-text.ts";

describe("plainText", () => {
  it("drops tags and scripts, decodes entities and collapses spaces", () => {
    expect(
      plainText(
        'Centre.<br>Source: <a href="x">Wiki</a> &amp; <b>NE</b><script>alert(1)</script>\n  end',
      ),
    ).toBe("Centre. Source: Wiki & NE end");
  });
});
