import { describe, expect, it } from "vitest";
import { sanitizeRawHtml } from "../../../src/markdown/raw-html.ts";

describe("sanitizeRawHtml keeps links on the site they name", () => {
  it.each([
    ['<a href="/posts/basra/">a</a>', '<a href="/posts/basra/">a</a>'],
    ['<a href="https://example.org/">a</a>', '<a href="https://example.org/">a</a>'],
    ['<a href="/\\evil.example/">a</a>', "<a>a</a>"],
    ['<a href="/&#9;/evil.example/">a</a>', "<a>a</a>"],
    ['<a href="\\\\evil.example">a</a>', "<a>a</a>"],
    ['<a href="//evil.example/">a</a>', "<a>a</a>"],
    ['<img src="/\\evil.example/x.png" alt="x">', '<img alt="x" />'],
    ['<img src="/images/x.png" alt="x">', '<img src="/images/x.png" alt="x" />'],
  ])("%s → %s", (html, clean) => {
    expect(sanitizeRawHtml(html)).toBe(clean);
  });
});
