import { describe, expect, it } from "vitest";
import { endMatterHtml, leadImageHtml } from "../../../src/feeds/journalism.ts";

const style = { timeZone: "UTC", language: "en" };

describe("leadImageHtml", () => {
  it("gives the image with its caption and credit, escaped", () => {
    expect(
      leadImageHtml({
        image: { src: "lead.jpg", alt: 'The "Shatt" & Basra', caption: "At dusk.", credit: "AP" },
      }),
    ).toBe(
      '<figure><img src="lead.jpg" alt="The &quot;Shatt&quot; &amp; Basra"><figcaption>At dusk. <small>AP</small></figcaption></figure>\n',
    );
    expect(leadImageHtml({ image: { src: "a.png", alt: "" } })).toBe(
      '<figure><img src="a.png" alt=""></figure>\n',
    );
    expect(leadImageHtml({})).toBe("");
  });
});

describe("endMatterHtml", () => {
  it("gives the corrections log, then the Sources, as on the post's page", () => {
    expect(
      endMatterHtml(
        {
          corrections: [
            { date: "2008-03-28", text: "It is *south* of Basra." },
            { date: "2008-03-29", kind: "update", text: "<b>Added</b> the repair." },
          ],
          citations: [
            {
              title: "Iraqi Army's Assault",
              author: "James Glanz",
              publisher: "The New York Times",
              date: "2008-03-27",
              url: "https://www.nytimes.com/a?b=1&c=2",
            },
            { title: "Clash <live>", publisher: "AJE", note: "Lost." },
          ],
        },
        style,
      ),
    ).toBe(
      [
        "<h2>Corrections and updates</h2>",
        "<ol>",
        '<li><strong>Correction, <time datetime="2008-03-28">28 March 2008</time>:</strong> It is <em>south</em> of Basra.</li>',
        '<li><strong>Update, <time datetime="2008-03-29">29 March 2008</time>:</strong> &lt;b&gt;Added&lt;/b&gt; the repair.</li>',
        "</ol>",
        "<h2>Sources</h2>",
        "<ol>",
        '<li>James Glanz, <a href="https://www.nytimes.com/a?b=1&amp;c=2"><cite>Iraqi Army&#39;s Assault</cite></a>, The New York Times, <time datetime="2008-03-27">27 March 2008</time>. <a href="https://web.archive.org/web/20080327/https://www.nytimes.com/a?b=1&amp;c=2" aria-label="Archived copy of Iraqi Army&#39;s Assault">Archived copy</a>.</li>',
        "<li><cite>Clash &lt;live&gt;</cite>, AJE. Lost.</li>",
        "</ol>",
        "",
      ].join("\n"),
    );
  });

  it.each([
    [
      "an archived copy the author named, before the note",
      { title: "Clash", publisher: "AJE", archived: "https://archive.ph/x1", note: "Lost." },
      '<li><cite>Clash</cite>, AJE. <a href="https://archive.ph/x1" aria-label="Archived copy of Clash">Archived copy</a>. Lost.</li>',
    ],
    [
      "no archived link for a source with a URL but no date",
      { title: "Clash", publisher: "AJE", url: "https://aje.example/c" },
      '<li><a href="https://aje.example/c"><cite>Clash</cite></a>, AJE.</li>',
    ],
  ])("links %s", (_name, citation, expected) => {
    expect(endMatterHtml({ citations: [citation] }, style)).toBe(
      `<h2>Sources</h2>\n<ol>\n${expected}\n</ol>\n`,
    );
  });

  it("gives nothing for a post with neither", () => {
    expect(endMatterHtml({ corrections: [], citations: [] }, style)).toBe("");
  });
});
