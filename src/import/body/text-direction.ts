/**
 * A paragraph's language and direction: `lang` and `dir` kept as Dispatch's `{lang=… dir=…}`,
 * and a `style="direction: rtl"` read as `dir="rtl"`.
 */
import { directions } from "../../markdown/language.ts";

/** The `{lang=… dir=…}` of a paragraph's `lang` and `dir`, when they are valid; else "". */
export function languageAttributes(element: HTMLElement): string {
  const parts: string[] = [];
  const lang = element.getAttribute("lang")?.trim();
  if (lang) {
    try {
      parts.push(`lang=${Intl.getCanonicalLocales(lang)[0] as string}`);
    } catch {
      // Not a BCP 47 tag: left out, as the build would refuse it.
    }
  }
  const dir = element.getAttribute("dir")?.trim().toLowerCase();
  if (dir && (directions as readonly string[]).includes(dir)) parts.push(`dir=${dir}`);
  return parts.length > 0 ? ` {${parts.join(" ")}}` : "";
}

/** A `<p style="direction: rtl">` gets `dir="rtl"`, which the allow-list keeps. */
export function styleDirection(html: string): string {
  return html.replace(
    /<(p|div|blockquote|li|h[1-6])\b([^>]*?)\sstyle=(["'])([^"']*?)\bdirection:\s*(rtl|ltr)([^"']*)\3/gi,
    (all, name: string, before: string, _q, _a, dir: string) =>
      /\sdir=/i.test(all) ? all : `<${name}${before} dir="${dir.toLowerCase()}"`,
  );
}
