import { describe, expect, it } from "vitest";
import { breakableUrlHtml } from "../../../src/shared/url-breaks.ts";

describe("breakableUrlHtml", () => {
  it.each([
    [
      "a hyphen kept with the next character, a break before it, after the double slash",
      "https://dispatch-news.com/posts/a/",
      'https://<wbr>dispatch<wbr><span class="url-hyphen">-n</span>ews<wbr>.com<wbr>/posts<wbr>/a<wbr>/',
    ],
    [
      "before and after = and &, before ? and #",
      "https://e.org/a?x=1&y=2#top",
      "https://<wbr>e<wbr>.org<wbr>/a<wbr>?x<wbr>=<wbr>1<wbr>&amp;<wbr>y<wbr>=<wbr>2<wbr>#top",
    ],
    [
      "one break before a double slash in a path",
      "https://x.com/a//b",
      "https://<wbr>x<wbr>.com<wbr>/a<wbr>//b",
    ],
    [
      "percent-encoding and underscores, tildes",
      "https://e.org/~me/a_b/%D8%A7",
      "https://<wbr>e<wbr>.org<wbr>/~me<wbr>/a<wbr>_b<wbr>/%D8<wbr>%A7",
    ],
    [
      "a hyphen at the end stays as it is",
      "https://e.org/a-",
      "https://<wbr>e<wbr>.org<wbr>/a<wbr>-",
    ],
    ["a scheme without //, after its colon", "mailto:a@b.c", "mailto:<wbr>a@b<wbr>.c"],
    [
      "HTML escaped",
      "https://e.org/<script>\"'",
      "https://<wbr>e<wbr>.org<wbr>/&lt;script&gt;&quot;&#39;",
    ],
  ])("%s: %s", (_case, url, html) => {
    expect(breakableUrlHtml(url)).toBe(html);
  });

  it("keeps the URL's text exactly: without the markup it is the URL", () => {
    const url = "https://dispatch-news.com/basra-blog/posts/a?x=1&y=2#top";
    const text = breakableUrlHtml(url)
      .replace(/<[^>]+>/g, "")
      .replace(/&amp;/g, "&");
    expect(text).toBe(url);
  });
});
