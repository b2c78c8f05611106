import { describe, expect, it } from "vitest";
import { accessibleTables } from "../../../../src/import/body/tables.ts";
import { tableCaptions } from "../../../../src/import/body/tables.ts";

describe("tables", () => {
  it("adds a tbody and scopes to a hand-written table", () => {
    expect(accessibleTables("<table><tr><th>Year</th><td>2008</td></tr></table>")).toBe(
      '<table><tbody><tr><th scope="row">Year</th><td>2008</td></tr></tbody></table>',
    );
  });
});

describe("a Gutenberg table's caption", () => {
  it.each([
    [
      '<figure class="wp-block-table"><table class="x"><tr><td>a</td></tr></table><figcaption> Dead </figcaption></figure>',
      '<table class="x"><caption>Dead</caption><tr><td>a</td></tr></table>',
    ],
    [
      '<figure class="wp-block-table"><table><tr><td>a</td></tr></table></figure>',
      "<table><tr><td>a</td></tr></table>",
    ],
  ])("%s becomes %s", (html, table) => {
    expect(tableCaptions(html)).toBe(table);
  });
});
