import { describe, expect, it } from "vitest";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { registerTimingSignal } from "../../../src/cli/timing.ts";

/** A configuration that records the preprocessors added to it. */
function recordingConfig() {
  const preprocessors: Array<{ name: string; extensions: string; run: () => unknown }> = [];
  const config = {
    addPreprocessor(name: string, extensions: string, run: () => unknown) {
      preprocessors.push({ name, extensions, run });
    },
  } as unknown as UserConfig;
  return { config, preprocessors };
}

describe("registerTimingSignal", () => {
  it("prints one line with the time, at the first template only, and keeps every template", () => {
    const { config, preprocessors } = recordingConfig();
    const lines: string[] = [];
    registerTimingSignal(config, { DISPATCH_TIMING: "1" }, (line) => lines.push(line));
    expect(preprocessors.map(({ name, extensions }) => [name, extensions])).toEqual([
      ["dispatch-timing", "*"],
    ]);
    const before = Date.now();
    const results = [preprocessors[0]!.run(), preprocessors[0]!.run(), preprocessors[0]!.run()];
    expect(results).toEqual([undefined, undefined, undefined]);
    expect(lines).toHaveLength(1);
    const match = /^dispatch-timing first-template (\d+)\n$/.exec(lines[0]!);
    expect(Number(match?.[1])).toBeGreaterThanOrEqual(before);
    expect(Number(match?.[1])).toBeLessThanOrEqual(Date.now());
  });

  it.each([[{}], [{ DISPATCH_TIMING: "0" }], [{ DISPATCH_TIMING: "yes" }]])(
    "registers nothing with %j",
    (env) => {
      const { config, preprocessors } = recordingConfig();
      registerTimingSignal(config, env, () => {
        throw new Error("printed");
      });
      expect(preprocessors).toEqual([]);
    },
  );
});
