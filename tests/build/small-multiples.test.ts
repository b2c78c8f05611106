import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { XMLParser } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { buildSite, projectRoot, readPage, runVerify } from "../helpers/build-site.ts";

/**
 * A post with a dated map (four steps, one label with markup in it, a feature title with a
 * script in it) at line 8 and a map without dates at line 29.
 */
const fixture = path.join(projectRoot, "tests/fixtures/posts/small-multiples");
const slug = "basra-four-days";
const postUrl = `https://dispatch.test/posts/${slug}/`;
const steps = ["2008-03-25", "2008-03-26", "2008-03-27", "2008-03-28"];
const labels = [
  "Tuesday 25 March",
  "Wednesday 26 March",
  `Day 3 <b>&</b> "after"`,
  "Friday 28 March",
];
const script = "Ceasefire <script>alert(1)</script>";
/** The panels' text alternatives, as readers get them. */
const alts = [
  "Tuesday 25 March: Clashes in Hayaniyah (2). Other dates in grey outline.",
  "Wednesday 26 March: Clashes in Hayaniyah (2). Other dates in grey outline.",
  `Day 3 <b>&</b> "after": Zubair-1 pipeline bombed (3). Other dates in grey outline.`,
  `Friday 28 March: ${script} (4). Other dates in grey outline.`,
];

interface SvgNode {
  [key: string]: unknown;
}

describe("small multiples of a dated map, built", () => {
  const site = buildSite({ posts: fixture });
  const beside = (file: string) => path.join(site.output, "posts", slug, file);
  const page = () => readPage(site.output, `/posts/${slug}/`);

  it("builds and passes npm run verify (valid HTML, every image and link found)", () => {
    expect(site.stderr).not.toContain("Error");
    expect(site.exitCode).toBe(0);
    const verify = runVerify(site.root);
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });

  it("writes one panel per step beside the page, and the static map for share images", () => {
    const files = readdirSync(path.join(site.output, "posts", slug)).filter((file) =>
      file.startsWith("map-1"),
    );
    expect(files.sort()).toEqual(
      [
        ...steps.map((step) => `map-1-${step}.svg`),
        "map-1",
        "map-1-ground.json",
        "map-1-locator.svg",
        "map-1.geojson",
        "map-1.svg",
      ].sort(),
    );
    expect(existsSync(beside("share.png"))).toBe(true);
    // The map without dates has no panels.
    expect(
      readdirSync(path.join(site.output, "posts", slug)).filter((f) => /^map-2-2/.test(f)),
    ).toEqual([]);
  });

  describe("the page", () => {
    it("lists the panels in the dated map's figure, each labelled with its date", () => {
      const figure = page().querySelector("#map-basra-four-days-1");
      const items = [...(figure?.querySelectorAll(".dispatch-map__panels > li") ?? [])];
      expect(
        items.map((item) => ({
          datetime: item.querySelector("time")?.getAttribute("datetime"),
          label: item.querySelector("time")?.textContent,
          src: item.querySelector("img")?.getAttribute("src"),
          size: [
            item.querySelector("img")?.getAttribute("width"),
            item.querySelector("img")?.getAttribute("height"),
          ],
          alt: item.querySelector("img")?.getAttribute("alt"),
        })),
      ).toEqual(
        steps.map((step, index) => ({
          datetime: step,
          label: labels[index],
          src: `map-1-${step}.svg`,
          size: ["240", "160"],
          alt: alts[index],
        })),
      );
      // The label's markup and the title's script are text, never elements.
      expect(figure?.querySelectorAll("b, .dispatch-map__panels script")).toHaveLength(0);
    });

    it("hides the dated map's static map, kept for the share image; the other map shows its own", () => {
      const images = [...page().querySelectorAll("img.dispatch-map__static")];
      expect(
        images.map((image) => [
          image.getAttribute("src"),
          image.getAttribute("class"),
          image.hasAttribute("hidden"),
        ]),
      ).toEqual([
        ["map-1.svg", "dispatch-map__static dispatch-map__static--dated", true],
        ["map-2.svg", "dispatch-map__static", false],
      ]);
      expect(page().querySelectorAll(".dispatch-map__small-multiples")).toHaveLength(1);
      expect(page().querySelector('meta[property="og:image"]')?.getAttribute("content")).toBe(
        `${postUrl}share.png`,
      );
    });
  });

  describe("the panels' SVG", () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
    const panel = (step: string) => {
      const text = readFileSync(beside(`map-1-${step}.svg`), "utf8");
      return { text, svg: (parser.parse(text) as { svg: SvgNode }).svg };
    };
    /** Feature numbers on the badges of a group of layers (`<g>` elements), in order. */
    const badgeNumbers = (layers: SvgNode[]) =>
      layers.flatMap((layer) => {
        const badges = layer.g;
        const list = badges === undefined ? [] : Array.isArray(badges) ? badges : [badges];
        return (list as SvgNode[]).flatMap((badge) =>
          badge.text === undefined ? [] : [String((badge.text as SvgNode)["#text"])],
        );
      });
    /** The panel's top-level groups: the faded one, and the step's shapes, pins and badges. */
    const groups = (svg: SvgNode) => (Array.isArray(svg.g) ? svg.g : [svg.g]) as SvgNode[];

    it.each(steps.map((step, index) => [step, index]))(
      "%s: titled with what it shows, its features in full and numbered, the others faded",
      (step, index) => {
        const { svg } = panel(step as string);
        expect(svg.title).toBe(`Map. ${alts[index as number]}`);
        expect([svg.width, svg.height]).toEqual(["240", "160"]);
        const all = groups(svg);
        const faded = all.find((group) => group.class === "faded");
        const fadedNumbers = badgeNumbers(groups(faded ?? {}));
        const fullNumbers = badgeNumbers(all.filter((group) => group.class !== "faded"));
        const inStep = { 0: ["1", "2"], 1: ["1", "2"], 2: ["1", "3"], 3: ["1", "4"] }[
          index as 0 | 1 | 2 | 3
        ];
        expect(fullNumbers).toEqual(inStep);
        // The other two dated places are there, grey and without their numbers.
        expect(fadedNumbers).toEqual([]);
        const fadedPins = groups(faded ?? {})[1]?.path;
        expect(Array.isArray(fadedPins) ? fadedPins.length : 0).toBe(2);
      },
    );

    it("draws every panel with one projection: the same land and the same scale bar", () => {
      const land = (text: string) => /<path class="land"[^>]*>/.exec(text)?.[0];
      const scale = (text: string) => /<g class="scale ink"[\s\S]*?<\/g>/.exec(text)?.[0];
      const panels = steps.map((step) => panel(step).text);
      for (const text of panels) {
        expect(land(text)).toBe(land(panels[0] ?? ""));
        expect(scale(text)).toBe(scale(panels[0] ?? ""));
      }
      expect(scale(panels[0] ?? "")).toMatch(/>\d+ km<\/text>/);
    });

    it("has a dark style for screens, as the static map, and prints light", () => {
      expect(panel(steps[0] ?? "").text).toContain(
        "@media screen and (prefers-color-scheme: dark)",
      );
    });
  });

  describe("the feeds", () => {
    const read = (file: string) => readFileSync(path.join(site.output, file), "utf8");
    /** The panels of a feed entry's HTML: absolute image URLs, text alternatives and labels. */
    const panels = (html: string) => {
      const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
      return {
        document,
        items: [...document.querySelectorAll(".dispatch-map__panels > li")].map((item) => ({
          label: item.querySelector("time")?.textContent,
          datetime: item.querySelector("time")?.getAttribute("datetime"),
          src: item.querySelector("img")?.getAttribute("src"),
          alt: item.querySelector("img")?.getAttribute("alt"),
        })),
      };
    };
    const expected = steps.map((step, index) => ({
      label: labels[index],
      datetime: step,
      src: `${postUrl}map-1-${step}.svg`,
      alt: alts[index],
    }));

    it("carry the panels in the Atom feed, with absolute URLs, labels and text alternatives", () => {
      const html = parseAtomFeed(read("feed.xml")).entries?.[0]?.content?.value ?? "";
      const { document, items } = panels(html);
      expect(items).toEqual(expected);
      // No hidden static map, no canvas, no data island: the panels stand for the map.
      expect(
        [...document.querySelectorAll("img")].map((image) => image.getAttribute("src")),
      ).toEqual([...expected.map((item) => item.src), `${postUrl}map-2.svg`]);
      expect(document.querySelectorAll("script, [data-map-canvas], [hidden]")).toHaveLength(0);
      expect(document.querySelector(".dispatch-map__panels-note")?.textContent).toContain(
        "the rest in grey outline",
      );
      expect(
        [...document.querySelectorAll(".dispatch-map__interactive a")].map((a) =>
          a.getAttribute("href"),
        ),
      ).toEqual([`${postUrl}#map-basra-four-days-1`, `${postUrl}#map-basra-four-days-2`]);
    });

    it("carry the same panels in the JSON Feed", () => {
      const html = parseJsonFeed(read("feed.json")).items?.[0]?.content_html ?? "";
      expect(panels(html).items).toEqual(expected);
    });
  });
});
