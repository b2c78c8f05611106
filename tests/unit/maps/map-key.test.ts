import { describe, expect, it } from "vitest";
import {
  mapFigureId,
  mapKey,
  mapKeyConflict,
  mapName,
  readMapId,
  suggestedMapId,
} from "../../../src/maps/map-key.ts";

describe("readMapId", () => {
  it.each([
    ["eight-days", "eight-days"],
    ["a", "a"],
    ["basra-2008", "basra-2008"],
    ["x".repeat(40), "x".repeat(40)],
  ])("accepts %j", (value, id) => {
    expect(readMapId(value)).toEqual({ id });
  });

  it.each<[string, unknown, string]>([
    ["capitals", "Eight-Days", '"id": "eight-days"'],
    ["a space", "eight days", '"id": "eight-days"'],
    ["a leading digit", "2008-basra", '"id": "basra"'],
    ["only digits (an ordinal's shape)", "2", '"id": "map"'],
    ["a trailing hyphen", "eight-", '"id": "eight"'],
    ["a leading hyphen", "-eight", '"id": "eight"'],
    ["41 characters", "x".repeat(41), `"id": "${"x".repeat(40)}"`],
    ["the empty text", "", '"id": "map"'],
    ["a number", 7, '"id": "map"'],
    ["a path", "../x", '"id": "x"'],
    ["an underscore", "eight_days", '"id": "eight-days"'],
    ["an accented letter", "décembre", '"id": "decembre"'],
  ])("refuses %s, suggesting a valid id", (_, value, fix) => {
    const { id, problem } = readMapId(value);
    expect(id).toBeUndefined();
    expect(problem?.path).toEqual(["id"]);
    expect(problem?.message).toMatch(
      /^map option "id" must be 1 to 40 lower-case letters, digits and hyphens, beginning with a letter and ending with a letter or digit, found /,
    );
    expect(problem?.fix).toBe(`write e.g. ${fix}`);
  });

  it("shows at most 60 characters of a huge bad value", () => {
    const { problem } = readMapId("X".repeat(50_000));
    expect(problem?.message.endsWith(`found "${"X".repeat(56)}…`)).toBe(true);
  });
});

describe("the key and the names made from it", () => {
  it.each<[string | undefined, number, string, string, string]>([
    [undefined, 1, "1", "map-1", "map-basra-1"],
    [undefined, 12, "12", "map-12", "map-basra-12"],
    ["eight-days", 1, "eight-days", "map-eight-days", "map-basra-eight-days"],
    ["eight-days", 3, "eight-days", "map-eight-days", "map-basra-eight-days"],
  ])("id %j, ordinal %i: key %j, files %j, figure %j", (id, ordinal, key, name, figure) => {
    expect(mapKey(id, ordinal)).toBe(key);
    expect(mapName(key)).toBe(name);
    expect(mapFigureId("basra", key)).toBe(figure);
  });

  it("makes a slug's other characters hyphens in the figure id", () => {
    expect(mapFigureId("a b.c", "2")).toBe("map-a-b-c-2");
    expect(mapFigureId("البصرة", "1")).toBe("map-البصرة-1");
  });

  it.each([
    ["Eight Days", "eight-days"],
    ["", "map"],
    ["2008", "map"],
  ])("suggests %j → %j", (value, id) => {
    expect(suggestedMapId(value)).toBe(id);
  });
});

describe("mapKeyConflict", () => {
  const before = [
    { key: "1", line: 9 },
    { key: "eight-days", line: 20 },
  ];
  it.each<[string, string | undefined]>([
    ["3", undefined],
    ["basra", undefined],
    ["eight", 'map id "eight" and the id "eight-days" of the map at line 20 begin alike'],
    ["eight-days", 'map id "eight-days" is already the id of the map at line 20'],
    ["eight-days-2", 'map id "eight-days-2" and the id "eight-days" of the map at line 20'],
    ["eightdays", undefined],
  ])("key %j: %s", (key, message) => {
    const conflict = mapKeyConflict(key, before);
    if (message === undefined) expect(conflict).toBeUndefined();
    else expect(conflict?.message.startsWith(message)).toBe(true);
  });

  it("tells the author to give each map its own id", () => {
    expect(mapKeyConflict("eight-days", before)?.fix).toBe("give each map of a post its own id");
  });
});
