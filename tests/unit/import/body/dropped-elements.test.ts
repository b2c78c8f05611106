import { describe, expect, it } from "vitest";
import { convertBody } from "../../../../src/import/body/convert.ts";

describe("what the site cannot keep", () => {
  it("says an <object> and an <embed> were removed", () => {
    expect(
      convertBody('a <object data="x.swf"></object> b <embed src="y.swf">', "T").losses.map(
        (loss) => loss.message.split(" (")[0],
      ),
    ).toEqual(["an <object> was removed", "an <embed> was removed"]);
  });
});
