import { describe, expect, it } from "vitest";
import { rememberer } from "../../../src/shared/memo.ts";

describe("rememberer", () => {
  it("makes a value once per key and gives it back after", () => {
    const remembered = rememberer<string>(10);
    const made: string[] = [];
    const make = (key: string) => () => {
      made.push(key);
      return key.toUpperCase();
    };
    expect(remembered("basra", make("basra"))).toBe("BASRA");
    expect(remembered("basra", make("basra"))).toBe("BASRA");
    expect(remembered("umm qasr", make("umm qasr"))).toBe("UMM QASR");
    expect(made).toEqual(["basra", "umm qasr"]);
  });

  it("drops everything when full, and remembers nothing from a make that throws", () => {
    const remembered = rememberer<number>(2);
    let calls = 0;
    const count = () => ++calls;
    remembered("a", count);
    remembered("b", count);
    expect(remembered("a", count)).toBe(1);
    remembered("c", count); // full: a and b are dropped
    expect(remembered("a", count)).toBe(4);
    expect(() =>
      remembered("bad", () => {
        throw new RangeError("not a date");
      }),
    ).toThrow(RangeError);
    expect(remembered("bad", () => 7)).toBe(7);
  });
});
