import { describe, expect, it } from "vitest";
import type { ContentProblem } from "../../../src/errors.ts";
import { createMapFiles } from "../../../src/maps/files.ts";
import type { MapDrawingRequest } from "../../../src/maps/map-drawing.ts";
import { createRenderEffects, type RenderEffect } from "../../../src/markdown/render-effects.ts";
import type { HeadingStore } from "../../../src/markdown/table-of-contents.ts";

const page = "_site/posts/basra/index.html";
const heading = { level: 2 as const, id: "the-port", text: "The port" };
const problem: ContentProblem = { file: "posts/basra/index.md", line: 7, message: "old", fix: "x" };

/** Doors over a queue, a heading store and a list of printed warnings, to look into. */
function doors() {
  const mapFiles = createMapFiles();
  const headings: HeadingStore = new Map();
  const printed: ContentProblem[] = [];
  const effects = createRenderEffects({ mapFiles, headings, warn: (p) => printed.push(p) });
  return { mapFiles, headings, printed, effects };
}

/** A render that does one of each effect, in this order, and returns "<p>x</p>". */
function renderWithEffects(effects: ReturnType<typeof doors>["effects"]): string {
  effects.mapFiles.queue(page, "map-9.svg", "<svg/>");
  effects.headings.set("./posts/basra/index.md", [heading]);
  effects.warn(problem);
  effects.mapFiles.queue(page, "map-9-ground.json", "{}");
  return "<p>x</p>";
}

const expected: RenderEffect[] = [
  { kind: "map-file", page, name: "map-9.svg", content: "<svg/>" },
  { kind: "headings", inputPath: "./posts/basra/index.md", headings: [heading] },
  { kind: "warning", problem },
  { kind: "map-file", page, name: "map-9-ground.json", content: "{}" },
];

describe("createRenderEffects", () => {
  it("records every effect of a render in order, and still does each", async () => {
    const { mapFiles, headings, printed, effects } = doors();
    const recorded = effects.record(() => renderWithEffects(effects));
    expect(recorded.value).toBe("<p>x</p>");
    expect(await recorded.effects).toEqual(expected);
    expect(mapFiles.get(page, "map-9.svg")).toBe("<svg/>");
    expect(headings.get("./posts/basra/index.md")).toEqual([heading]);
    expect(printed).toEqual([problem]);
  });

  it("replays the effects through the same doors: the same files, headings and warnings", () => {
    const { mapFiles, headings, printed, effects } = doors();
    effects.replay(expected);
    expect(mapFiles.get(page, "map-9.svg")).toBe("<svg/>");
    expect(mapFiles.get(page, "map-9-ground.json")).toBe("{}");
    expect(headings.get("./posts/basra/index.md")).toEqual([heading]);
    expect(printed).toEqual([problem]);
  });

  it("records nothing outside a render, and does the effect all the same", async () => {
    const { mapFiles, effects } = doors();
    effects.mapFiles.queue(page, "coverage.svg", "<svg/>");
    const recorded = effects.record(() => "");
    expect(await recorded.effects).toEqual([]);
    expect(mapFiles.get(page, "coverage.svg")).toBe("<svg/>");
  });

  it("keeps an inner render's effects out of the outer one's", async () => {
    const { effects } = doors();
    let inner: Promise<RenderEffect[]> | undefined;
    const outer = effects.record(() => {
      effects.warn(problem);
      inner = effects.record(() => effects.mapFiles.queue(page, "map-1.svg", "a")).effects;
      effects.mapFiles.queue(page, "map-2.svg", "b");
    });
    expect(await inner).toEqual([{ kind: "map-file", page, name: "map-1.svg", content: "a" }]);
    expect(await outer.effects).toEqual([
      { kind: "warning", problem },
      { kind: "map-file", page, name: "map-2.svg", content: "b" },
    ]);
  });

  it("throws what the render throws, and records nothing more after it", async () => {
    const { effects } = doors();
    expect(() =>
      effects.record(() => {
        effects.warn(problem);
        throw new Error("bad map");
      }),
    ).toThrow("bad map");
    const next = effects.record(() => effects.warn(problem));
    expect(await next.effects).toEqual([{ kind: "warning", problem }]);
  });

  it("waits for map files queued as promises, and rejects when a drawing fails", async () => {
    const { effects } = doors();
    const queue = effects.mapFiles.queue as (p: string, n: string, c: unknown) => void;
    const drawn = effects.record(() => queue(page, "map-3.svg", Promise.resolve("<svg>3</svg>")));
    expect(await drawn.effects).toEqual([
      { kind: "map-file", page, name: "map-3.svg", content: "<svg>3</svg>" },
    ]);
    const failed = effects.record(() => queue(page, "map-4.svg", Promise.reject(new Error("x"))));
    await expect(failed.effects).rejects.toThrow("x");
  });

  it("records a map drawing as its request, and replays it as a drawing of that request", async () => {
    const request: MapDrawingRequest = {
      kind: "locator",
      extent: [
        [47.7, 30.4],
        [47.9, 30.6],
      ],
    };
    const first = doors();
    const recorded = first.effects.record(() =>
      first.effects.mapFiles.queueDrawing(page, "map-4-locator.svg", request),
    );
    const effects = await recorded.effects;
    expect(effects).toEqual([{ kind: "map-drawing", page, name: "map-4-locator.svg", request }]);
    const drawn = first.mapFiles.get(page, "map-4-locator.svg");
    expect(drawn).toMatch(/^<svg /);
    const second = doors();
    second.effects.replay(effects);
    expect(second.mapFiles.get(page, "map-4-locator.svg")).toBe(drawn);
    expect(second.mapFiles.drawingsBeside(page)).toEqual([{ name: "map-4-locator.svg", request }]);
  });
});
