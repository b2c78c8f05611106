import { describe, expect, it } from "vitest";
import { resolveAgainstPage, storyVisual } from "../../../src/taxonomy/story-visual.ts";

const mapFigure =
  '<figure class="dispatch-map" id="map-basra-25" data-dispatch-map>\n<img class="dispatch-map__static" src="map-25.svg" width="720" height="420" loading="lazy" decoding="async" alt="Map. Basra &amp; Zubair: the &quot;pipeline&quot; attack. The numbered places are described in the list below the map.">';

describe("resolveAgainstPage", () => {
  it.each([
    ["lead.jpg", "/posts/basra/", "/posts/basra/lead.jpg"],
    ["images/lead.jpg", "/posts/basra/", "/posts/basra/images/lead.jpg"],
    ["/assets/lead.jpg", "/posts/basra/", "/assets/lead.jpg"],
    ["https://example.org/a.jpg", "/posts/basra/", "https://example.org/a.jpg"],
    ["البصرة.jpg", "/posts/basra/", "/posts/basra/%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9.jpg"],
  ])("%s on %s is %s", (src, pageUrl, expected) => {
    expect(resolveAgainstPage(src, pageUrl)).toBe(expected);
  });
});

describe("storyVisual", () => {
  it.each([
    {
      case: "a lead image, before any map",
      post: {
        url: "/posts/basra/",
        data: { image: { src: "lead.jpg", alt: "Smoke over Basra" } },
        content: mapFigure,
      },
      expected: { kind: "image", src: "/posts/basra/lead.jpg", alt: "Smoke over Basra" },
    },
    {
      case: "the drawing of the first map, its alt text decoded and fit for a list",
      post: { url: "/posts/basra/", data: {}, content: `${mapFigure}\n${mapFigure}` },
      expected: {
        kind: "map",
        src: "/posts/basra/map-25.svg",
        alt: 'Map. Basra & Zubair: the "pipeline" attack.',
        width: 720,
        height: 420,
      },
    },
    {
      case: "nothing for a post told in words",
      post: { url: "/posts/words/", data: {}, content: "<p>Only words.</p>" },
      expected: undefined,
    },
    {
      case: "nothing for a post not rendered yet",
      post: { url: "/posts/words/", data: {} },
      expected: undefined,
    },
  ])("$case", ({ post, expected }) => {
    expect(storyVisual(post)).toEqual(expected);
  });
});
