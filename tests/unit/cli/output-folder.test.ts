import { describe, expect, it } from "vitest";
import { unsafeOutput } from "../../../src/cli/output-folder.ts";

describe("unsafeOutput", () => {
  it.each([
    ["_site", undefined],
    ["dist/site", undefined],
    ["../elsewhere", undefined],
    [".", "it is the project itself"],
    ["posts", "it is or is inside posts/"],
    ["src/out", "it is or is inside src/"],
    ["node_modules/.cache/site", "it is or is inside node_modules/"],
  ])("%s: %s", (output, reason) => {
    expect(unsafeOutput(output, "/project")).toBe(reason);
  });

  it("refuses a folder that contains the project", () => {
    expect(unsafeOutput("..", "/project/sub")).toBe("it contains posts/");
  });
});
