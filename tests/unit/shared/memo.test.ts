import { describe, expect, it } from "vitest";
import { forgetRemembered, rememberer, weakRememberer } from "../../../src/shared/memo.ts";

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

describe("weakRememberer", () => {
  it("makes a value once per object, and again for an equal but different object", () => {
    const remembered = weakRememberer<{ id: string }, string>();
    const basra = { id: "basra" };
    let calls = 0;
    const make = () => `${++calls}`;
    expect(remembered(basra, make)).toBe("1");
    expect(remembered(basra, make)).toBe("1");
    expect(remembered({ id: "basra" }, make)).toBe("2");
  });
});

describe("forgetRemembered", () => {
  it("drops the values of every rememberer at once", () => {
    const byText = rememberer<number>(10);
    const byObject = weakRememberer<object, number>();
    const key = {};
    let calls = 0;
    const count = () => ++calls;
    byText("a", count);
    byObject(key, count);
    forgetRemembered();
    expect(byText("a", count)).toBe(3);
    expect(byObject(key, count)).toBe(4);
  });
});
