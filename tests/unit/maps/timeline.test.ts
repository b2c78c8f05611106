import type { Feature } from "geojson";
import { describe, expect, it } from "vitest";
import { mapTimeline, readStepsOption, type StepsOption } from "../../../src/maps/timeline.ts";

const feature = (title: string, when?: unknown): Feature => ({
  type: "Feature",
  properties: { title, ...(when === undefined ? {} : { when }) },
  geometry: { type: "Point", coordinates: [47.81, 30.515] },
});
const pathOf = (index: number) => ["features", index];

describe("mapTimeline", () => {
  it("has no timeline for a map without when or steps", () => {
    expect(mapTimeline([feature("Basra")], undefined, "UTC", "en", pathOf)).toEqual({
      problems: [],
    });
  });

  it("makes one step a day from the first when to the last, labelled in English day-month order", () => {
    const { timeline, problems } = mapTimeline(
      [
        feature("Curfew", "2008-03-24"),
        feature("Hayaniyah", "2008-03-25/2008-03-27"),
        feature("Basra"),
      ],
      undefined,
      "UTC",
      "en",
      pathOf,
    );
    expect(problems).toEqual([]);
    expect(timeline).toEqual({
      steps: [
        { id: "2008-03-24", label: "Monday 24 March", datetime: "2008-03-24" },
        { id: "2008-03-25", label: "Tuesday 25 March", datetime: "2008-03-25" },
        { id: "2008-03-26", label: "Wednesday 26 March", datetime: "2008-03-26" },
        { id: "2008-03-27", label: "Thursday 27 March", datetime: "2008-03-27" },
      ],
      active: [[0], [1, 2, 3], null],
    });
  });

  it.each([
    ["no steps written: nothing to step through", undefined, undefined],
    ['"steps": "days" written: one step', "days" as StepsOption, 1],
  ])("a map whose dates all fall on one day, %s", (_name, steps, count) => {
    const { timeline, problems } = mapTimeline(
      [feature("Convoy", "2008-03-25T05:00/2008-03-25T09:30"), feature("Basra", "2008-03-25")],
      steps,
      "UTC",
      "en",
      pathOf,
    );
    expect(problems).toEqual([]);
    expect(timeline?.steps.length).toBe(count);
  });

  it("lets a step written as a date or a moment last until the next, labelled with its time", () => {
    const { timeline, problems } = mapTimeline(
      [
        feature("Tamimiyah", "2008-03-25T06:00"),
        feature("Qibla", "2008-03-25T14:00"),
        feature("Tannumah", "2008-03-26T23:00"),
      ],
      ["2008-03-25T05:00", "2008-03-25T12:00", "2008-03-26"],
      "UTC",
      "en",
      pathOf,
    );
    expect(problems).toEqual([]);
    expect(timeline?.steps.map((step) => step.label)).toEqual([
      "Tuesday 25 March, 05:00",
      "Tuesday 25 March, 12:00",
      "Wednesday 26 March",
    ]);
    expect(timeline?.active).toEqual([[0], [1], [2]]);
  });

  it("names the year in the labels of steps in different years", () => {
    const { timeline } = mapTimeline(
      [feature("Basra, 2003", "2003-03-20"), feature("Basra, 2008", "2008-03-27")],
      ["2003-03-20", "2008-03-27"],
      "UTC",
      "en",
      pathOf,
    );
    expect(timeline?.steps.map((step) => step.label)).toEqual([
      "Thursday 20 March 2003",
      "Thursday 27 March 2008",
    ]);
  });

  it("names a span step in HTML's datetime by its start, as HTML has no interval", () => {
    const { timeline } = mapTimeline(
      [feature("Basra", "2008-03-27")],
      [{ when: "2008-03-26/2008-03-28", label: "The assault stalls" }],
      "UTC",
      "en",
      pathOf,
    );
    expect(timeline?.steps[0]?.datetime).toBe("2008-03-26");
  });

  it("labels day steps in the page's language", () => {
    const { timeline } = mapTimeline([feature("Basra", "2008-03-25")], "days", "UTC", "fr", pathOf);
    expect(timeline?.steps[0]?.label).toBe("mardi 25 mars");
  });

  it("reads a list of steps with labels and gives two steps on one day distinct ids", () => {
    const steps: StepsOption = [
      { when: "2008-03-24", label: "Maliki arrives" },
      { when: "2008-03-25T05:00", label: "Dawn: Tamimiyah" },
      { when: "2008-03-25T12:00/2008-03-26", label: "The assault stalls" },
    ];
    const { timeline, problems } = mapTimeline(
      [feature("Tamimiyah", "2008-03-25T05:00"), feature("Qibla", "2008-03-25T14:00")],
      steps,
      "UTC",
      "en",
      pathOf,
    );
    expect(problems).toEqual([]);
    expect(timeline?.steps.map((step) => [step.id, step.label, step.datetime])).toEqual([
      ["2008-03-24", "Maliki arrives", "2008-03-24"],
      ["2008-03-25", "Dawn: Tamimiyah", "2008-03-25T05:00"],
      ["2008-03-25-2", "The assault stalls", "2008-03-25T12:00"],
    ]);
    expect(timeline?.active).toEqual([[1], [2]]);
  });

  it.each([
    [
      [feature("Basra"), feature("Pipeline", "2008-13-01")],
      undefined,
      ["features", 1, "properties", "when"],
      'map feature 2 ("Pipeline"): "when": "2008-13-01" is not a day the calendar has',
    ],
    [
      [feature("Pipeline", "2008-03-28/2008-03-27")],
      undefined,
      ["features", 0, "properties", "when"],
      'map feature 1 ("Pipeline"): "when": "2008-03-28/2008-03-27" ends before it starts',
    ],
    [
      [feature("Hayaniyah", "2008-04-19")],
      ["2008-03-24", "2008-03-25"] as StepsOption,
      ["features", 0, "properties", "when"],
      'map feature 1 ("Hayaniyah"): "when" "2008-04-19" falls in none of the map\'s steps (2008-03-24 to 2008-03-25)',
    ],
    [
      [feature("Hayaniyah", "2008-03-29")],
      ["2008-03-25/2008-03-28"] as StepsOption,
      ["features", 0, "properties", "when"],
      'map feature 1 ("Hayaniyah"): "when" "2008-03-29" falls in none of the map\'s steps (2008-03-25 to 2008-03-28)',
    ],
    [
      [feature("Basra", "2008-03-25")],
      ["2008-03-26", "2008-03-25"] as StepsOption,
      ["steps", 1],
      'map option "steps": step 2 (2008-03-25) comes before step 1 (2008-03-26)',
    ],
    [
      [feature("Basra", "2008-03-25")],
      ["2008-03-25", "2008-03-25"] as StepsOption,
      ["steps", 1],
      'map option "steps": step 2 (2008-03-25) repeats step 1 (2008-03-25)',
    ],
    [
      [feature("Basra", "2008-03-25")],
      [{ when: "2008-03-25", label: "x".repeat(81) }] as StepsOption,
      ["steps", 0, "label"],
      'map option "steps": the label of step 1 is 81 characters, more than the 80',
    ],
    [
      [feature("Basra", "2008-01-01"), feature("Mosul", "2008-03-01")],
      undefined,
      ["steps"],
      "the map's dated features run from 2008-01-01 to 2008-03-01, 61 days",
    ],
    [
      [feature("Basra")],
      "days" as StepsOption,
      ["steps"],
      'map option "steps": "days" needs features with a "when"',
    ],
  ])("reports a bad timeline with its path (%#)", (features, steps, path, message) => {
    const { timeline, problems } = mapTimeline(features, steps, "UTC", "en", pathOf);
    expect(timeline).toBeUndefined();
    expect(problems[0]?.path).toEqual(path);
    expect(problems[0]?.message).toContain(message);
    expect(problems[0]?.fix).toBeTruthy();
  });
});

describe("readStepsOption", () => {
  it.each([
    ["days", "days"],
    [
      ["2008-03-24", { when: "2008-03-25", label: "Tamimiyah" }],
      ["2008-03-24", { when: "2008-03-25", label: "Tamimiyah" }],
    ],
  ])("accepts %j", (value, steps) => {
    expect(readStepsOption(value)).toEqual({ steps });
  });
  it.each([
    ["weeks", ["steps"], 'must be "days" or a list of 1 to 31 dates, found "weeks"'],
    [[], ["steps"], "found a list of 0"],
    [
      [{ date: "2008-03-24" }],
      ["steps", 0],
      'step 1 must be a date or {"when": "…", "label": "…"}',
    ],
    [["2008-03-24", { when: "2008-03-25", label: " " }], ["steps", 1], "step 2 must be a date"],
  ])("refuses %j", (value, path, message) => {
    const { steps, problem } = readStepsOption(value);
    expect(steps).toBeUndefined();
    expect(problem?.path).toEqual(path);
    expect(problem?.message).toContain(message);
  });
});
