import { describe, expect, it } from "vitest";
import { validateHtml } from "../../../src/verify/html.ts";

/** A page whose `<main>` holds `body` on line 5, otherwise valid. */
function pageWith(body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>T</title></head>
<body><main>
${body}
</main></body>
</html>
`;
}

describe("validateHtml", () => {
  it("accepts a hand-written table with rows directly in <table>, which HTML allows", async () => {
    expect(
      await validateHtml(pageWith("<table><tr><td>Basra</td><td>1</td></tr></table>"), "a.html"),
    ).toEqual([]);
  });

  it("still reports what is invalid in such a table", async () => {
    expect(
      await validateHtml(pageWith('<table><tr><th scope="x">City</th></tr></table>'), "a.html"),
    ).toEqual([
      {
        file: "a.html",
        line: 5,
        message: 'Attribute "scope" has invalid value "x" (attribute-allowed-values)',
        check: "html",
      },
    ]);
  });
});
