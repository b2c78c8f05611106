/**
 * The attributes of an author's `<img>` that reach the image's `<picture>` or `<img>` markup:
 * those the raw-HTML allow-list allows on `<img>` (`src/markdown/raw-html.ts`, the one list for
 * HTML from content), plus loading hints and accessibility attributes. An event handler
 * (`onerror=`), `style` or `srcdoc` written on a raw `<img>` is dropped, never carried over.
 */
import { rawHtmlAllowList } from "../markdown/raw-html.ts";
import type { Attribute } from "./markup.ts";

/**
 * What an image may carry beyond the allow-list, none of which loads or runs anything: the
 * loading hints the markup sets otherwise, `hidden` and `role` (with `aria-…`, below).
 */
const imageExtras = ["loading", "decoding", "fetchpriority", "hidden", "role"];

/** Names of the attributes allowed on `<img>`, lower case. */
const allowedNames = new Set(
  [
    ...((rawHtmlAllowList.allowedAttributes as Record<string, unknown[]>)["*"] ?? []),
    ...((rawHtmlAllowList.allowedAttributes as Record<string, unknown[]>)["img"] ?? []),
    ...imageExtras,
  ].filter((name): name is string => typeof name === "string"),
);

/**
 * Returns the attributes of `attributes` an image's markup may carry, in their order:
 * `alt`, `title`, `width`, `height`, `id`, `class`, `lang`, `dir`, `src`, loading hints,
 * `hidden`, `role` and `aria-…`.
 * @param attributes name–value pairs as written (`["onerror", "alert(1)"]` is dropped)
 */
export function safeImageAttributes(attributes: readonly Attribute[]): Attribute[] {
  return attributes.filter(([name]) => {
    const lower = name.toLowerCase();
    return allowedNames.has(lower) || /^aria-[a-z]+$/.test(lower);
  });
}
