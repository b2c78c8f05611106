import { describe, expect, it } from "vitest";
import { formatBytes } from "../../../src/shared/bytes.ts";

describe("formatBytes", () => {
  it.each<[number, string]>([
    [0, "0 KB"],
    [1, "1 KB"],
    [1024, "1 KB"],
    [1025, "2 KB"],
    [1024 * 1024, "1.0 MB"],
    [1024 * 1024 + 1, "1.1 MB"],
    [4 * 1024 * 1024, "4.0 MB"],
    [47_773_769, "45.6 MB"],
  ])("%d → %s", (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
