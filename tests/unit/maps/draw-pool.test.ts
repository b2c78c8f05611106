import { describe, expect, it } from "vitest";
import { createDrawingPool, workerModule, workerStart } from "../../../src/maps/draw-pool.ts";
import { drawMapFile, type MapDrawingRequest } from "../../../src/maps/map-drawing.ts";

describe("workerModule", () => {
  it.each([
    ["file:///app/src/maps/draw-pool.ts", "file:///app/src/maps/draw-worker.ts"],
    ["file:///app/dist/src/maps/draw-pool.js", "file:///app/dist/src/maps/draw-worker.js"],
  ])("finds the worker beside %s with its extension", (pool, worker) => {
    expect(workerModule(pool).href).toBe(worker);
  });
});

describe("workerStart", () => {
  it("starts compiled JavaScript directly", () => {
    const module = new URL("file:///app/dist/src/maps/draw-worker.js");
    expect(workerStart(module)).toEqual([module, {}]);
  });

  it("starts TypeScript through tsx's tsImport, evaluated", () => {
    const [script, options] = workerStart(new URL("file:///app/src/maps/draw-worker.ts"));
    expect(options).toEqual({ eval: true });
    expect(script).toMatch(/^import\("file:\/\/\/.*\/tsx\/.*"\)\.then\(\(tsx\) => tsx\.tsImport\(/);
    expect(script).toContain('"file:///app/src/maps/draw-worker.ts"');
  });
});

describe("createDrawingPool", () => {
  const ground: MapDrawingRequest = { kind: "ground", box: [47, 30, 48, 31], scale: "110m" };

  it("draws in its threads, starts them again after close, and rejects what is under way at close", async () => {
    const pool = createDrawingPool({ size: 2 });
    try {
      const [one, two] = await Promise.all([pool.draw(ground), pool.draw(ground)]);
      expect(one).toBe(drawMapFile(ground));
      expect(two).toBe(one);
      await pool.close();
      const underWay = expect(pool.draw(ground)).rejects.toThrow(
        "the map drawing threads were closed",
      );
      await pool.close();
      await underWay;
      expect(await pool.draw(ground)).toBe(one);
    } finally {
      await pool.close();
    }
  });
});
