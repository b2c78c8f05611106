import { describe, expect, it } from "vitest";
import { jsonTooDeepAt, maxJsonDepth } from "../../../src/shared/json-depth.ts";

describe("jsonTooDeepAt", () => {
  it.each<[string, string, number, number | undefined]>([
    ["flat", '{"a": [1, 2]}', 2, undefined],
    ["at the limit", "[[[]]]", 3, undefined],
    ["one past it", "[[[[]]]]", 3, 3],
    ["brackets in strings do not count", '["[[[[", "{{{{"]', 1, undefined],
    ["an escaped quote does not end a string", '["\\"[[[["]', 1, undefined],
    ["closing brackets lower the depth", "[[]][[]][[[]]]", 2, 10],
    ["unclosed brackets count", "{".repeat(10), 9, 9],
  ])("%s", (_, text, limit, offset) => {
    expect(jsonTooDeepAt(text, limit)).toBe(offset);
  });

  it("finds text nested thousands deep without recursing, at the 65th level by default", () => {
    expect(maxJsonDepth).toBe(64);
    expect(jsonTooDeepAt("[".repeat(100_000) + "]".repeat(100_000))).toBe(64);
  });
});
