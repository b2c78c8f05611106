import { describe, expect, it } from "vitest";
import { accessibleTables } from "../../../../src/import/body/tables.ts";

describe("tables", () => {
  it("adds a tbody and scopes to a hand-written table", () => {
    expect(accessibleTables("<table><tr><th>Year</th><td>2008</td></tr></table>")).toBe(
      '<table><tbody><tr><th scope="row">Year</th><td>2008</td></tr></tbody></table>',
    );
  });
});
