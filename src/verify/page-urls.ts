/**
 * The elements of a built page, as parse5 reads it, and the URLs each holds: `href`, `src`,
 * `srcset`, `poster`, `action`… and a `<meta http-equiv="refresh">`'s target, with the
 * Content-Security-Policy directive that governs what each fetches. See
 * https://html.spec.whatwg.org/#attributes-3 and https://www.w3.org/TR/CSP3/#directive-fetch-directives .
 */
import type { DefaultTreeAdapterMap } from "parse5";

/** An element of a page parsed with `sourceCodeLocationInfo`. */
export type PageElement = DefaultTreeAdapterMap["element"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];

/** Attributes holding one URL, by element. */
const urlAttributes: Readonly<Record<string, readonly string[]>> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src"],
  input: ["src", "formaction"],
  button: ["formaction"],
  source: ["src"],
  track: ["src"],
  iframe: ["src"],
  embed: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  object: ["data"],
  form: ["action"],
};

/** Attributes holding a list of image candidates. */
const srcsetAttributes = ["srcset", "imagesrcset"];

/**
 * Every element under `node`, in document order, the content of `<template>` included.
 * @param node a parse5 document or element
 */
export function* elements(node: ParentNode): Generator<PageElement> {
  for (const child of node.childNodes) {
    if ("tagName" in child) {
      yield child;
      yield* elements(
        child.tagName === "template" ? (child as DefaultTreeAdapterMap["template"]).content : child,
      );
    }
  }
}

/**
 * The value of an element's attribute, or `undefined` when it has none.
 * @param name the attribute's name, lower case
 */
export function attribute(element: PageElement, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/**
 * Splits a `srcset` into its URLs: candidates are separated by a comma and whitespace.
 * @example srcsetUrls("a.png 1x, b.png 2x") // ["a.png", "b.png"]
 */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

/** The URL a `<meta http-equiv="refresh" content="0; url=…">` sends readers to. */
function refreshUrl(element: PageElement): string | undefined {
  if (
    element.tagName !== "meta" ||
    (attribute(element, "http-equiv") ?? "").toLowerCase() !== "refresh"
  )
    return undefined;
  return /url\s*=\s*['"]?([^'"]+)/i.exec(attribute(element, "content") ?? "")?.[1];
}

/** One URL of an element: the attribute it is in (`content` for a refresh) and its value. */
export interface ElementUrl {
  name: string;
  value: string;
}

/**
 * The URLs an element holds: those of its URL attributes (an empty one too), each candidate of
 * a `srcset`/`imagesrcset`, a refresh's target.
 * @returns in that order, values as written (not trimmed)
 */
export function elementUrls(element: PageElement): ElementUrl[] {
  const urls: ElementUrl[] = [];
  for (const name of urlAttributes[element.tagName] ?? []) {
    const value = attribute(element, name);
    if (value !== undefined) urls.push({ name, value });
  }
  for (const name of srcsetAttributes) {
    const value = attribute(element, name);
    if (value) for (const url of srcsetUrls(value)) urls.push({ name, value: url });
  }
  const refresh = refreshUrl(element);
  if (refresh) urls.push({ name: "content", value: refresh });
  return urls;
}

/**
 * The CSP directive that governs what an element's URL fetches (`img-src` for `<img src>`,
 * `style-src` for a stylesheet's `<link href>`), or `undefined` for navigation (`<a href>`).
 * @param name the attribute holding the URL
 */
export function fetchDirective(element: PageElement, name: string): string | undefined {
  if (name === "href" && element.tagName === "link") {
    const rel = (attribute(element, "rel") ?? "").toLowerCase().split(/\s+/);
    if (rel.includes("stylesheet")) return "style-src";
    if (rel.includes("icon")) return "img-src";
    return undefined;
  }
  switch (element.tagName) {
    case "script":
      return "script-src";
    case "img":
    case "input":
      return name === "formaction" ? undefined : "img-src";
    case "source":
    case "track":
    case "video":
    case "audio":
      return name === "poster" ? "img-src" : "media-src";
    case "iframe":
      return "frame-src";
    case "embed":
    case "object":
      return "object-src";
    default:
      return undefined;
  }
}
