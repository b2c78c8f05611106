/**
 * What in an SVG (or a KML or GPX file) would run or load something when the file is opened on
 * the site. A post's files are published as they are; a browser opening `/posts/basra/chart.svg`
 * directly runs its scripts with the site's origin (a host that sends no Content-Security-Policy
 * header, such as GitHub Pages, does nothing to stop it), and renders any `…+xml` file the same
 * way (KML, GPX). Such files are refused with what was found, its line and the fix, never
 * rewritten: the drawing is the author's, and a silent edit could change what readers see.
 *
 * Parsed with @xmldom/xmldom (which expands no entity a file declares itself), element by
 * element, never with regular expressions over the markup.
 */
import { DOMParser } from "@xmldom/xmldom";

/** One finding: its 1-based line (of the element's start tag), what it is, and the fix. */
export interface XmlFileProblem {
  line: number;
  message: string;
  fix: string;
}

const svgNamespace = "http://www.w3.org/2000/svg";
const xhtmlNamespace = "http://www.w3.org/1999/xhtml";
const xmlEventsNamespace = "http://www.w3.org/2001/xml-events";

/** Elements that run code or load a document of their own, by local name in any namespace. */
const activeElements: Record<string, string> = {
  script: "it would run on the site whenever the file is opened",
  handler: "SVG Tiny's script element: it would run on the site whenever the file is opened",
  listener: "it attaches a script to the drawing",
  foreignobject: "it embeds HTML, which can run scripts and load other files",
  iframe: "it loads another page into the drawing",
  embed: "it loads another document into the drawing",
  object: "it loads another document into the drawing",
};

/** SVG animation elements, which may set any attribute (an `href` to `javascript:`, a handler). */
const animationElements = new Set(["set", "animate", "animatemotion", "animatetransform"]);

/** Raster images an `<image>` may embed as a `data:` URL: none of them can run anything. */
const embeddedImage = /^data:image\/(png|jpeg|gif|webp|avif)[;,]/i;

const scriptFix = "export the file again without scripts, or delete the element";

/** A URL as browsers read it: spaces and control characters around and inside dropped, `\` as `/`. */
function compactUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020]/g, "").replace(/\\/g, "/");
}

/**
 * What is wrong with a URL in `href=` of an SVG element, with its fix, or `undefined` when it is
 * fine: a fragment (`#id`) anywhere; on `<a>` a link by http(s), `mailto:`, `tel:` or a relative
 * path (a link loads nothing until followed); on `<image>` a relative path or an embedded raster
 * image.
 */
function hrefProblem(element: string, value: string): { message: string; fix: string } | undefined {
  const url = compactUrl(value);
  if (url === "" || url.startsWith("#")) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  const shown = value.trim().length > 60 ? `${value.trim().slice(0, 60)}…` : value.trim();
  if (scheme === "javascript" || scheme === "vbscript") {
    return {
      message: `a ${scheme}: URL, which runs code when followed`,
      fix: "give the link an https:// address, or delete it",
    };
  }
  const embed = "embed the image in the drawing as PNG or JPEG, or delete the reference";
  if (scheme === "data") {
    if (element === "image" && embeddedImage.test(url)) return undefined;
    return {
      message: `a data: URL (${shown}), which can carry a document of its own`,
      fix: `only <image> may embed data: (PNG, JPEG, GIF, WebP or AVIF); ${embed}`,
    };
  }
  if (element === "a") {
    if (scheme === undefined || ["http", "https", "mailto", "tel"].includes(scheme))
      return undefined;
    return { message: `a ${scheme}: URL`, fix: "give the link an https:// address, or delete it" };
  }
  if (scheme !== undefined || url.startsWith("//")) {
    return {
      message: `an external reference to ${shown}, loaded from elsewhere whenever the drawing is shown`,
      fix: embed,
    };
  }
  if (element === "image") return undefined;
  return {
    message: `a reference to another file (${shown}), which the drawing would load`,
    fix:
      element === "use"
        ? 'keep what <use> repeats in the same file and refer to it as href="#id"'
        : embed,
  };
}

/** Why CSS text (a `style` attribute or element, a presentation attribute) may load something. */
function cssProblem(css: string): string | undefined {
  if (/@import/i.test(css)) return "a style with @import, which loads another stylesheet";
  if (css.includes("\\")) return "a style with a \\ escape, which can hide url( from this check";
  if (/(image-set|image|src|cross-fade|element)\s*\(/i.test(css.replace(/url\s*\(/gi, ""))) {
    return "a style with a function that loads files (image-set(), image(), src())";
  }
  for (const match of css.matchAll(/url\s*\(\s*(['"]?)([^'")]*)/gi)) {
    const target = compactUrl(match[2] ?? "");
    if (!target.startsWith("#")) {
      return `a style that loads url(${(match[2] ?? "").trim()}), a file this drawing would fetch`;
    }
  }
  return undefined;
}

/** The line of offset `index` in `text`, 1-based. */
function lineAt(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

/**
 * Lists what in an SVG, KML or GPX file would run code or load something from elsewhere when a
 * browser opens the file:
 * - `<!ENTITY>` declarations and a DOCTYPE with an internal subset (`[ … ]`): entities can hide
 *   markup from any check and grow without bound when expanded;
 * - processing instructions other than `<?xml …?>` (`<?xml-stylesheet?>` loads CSS or XSLT);
 * - XML that is not well-formed (the parser's message and line);
 * - in any namespace: `<script>`, `<handler>`, `<listener>`, `<foreignObject>`, `<iframe>`,
 *   `<embed>`, `<object>`; an element in the XHTML namespace; an event handler attribute
 *   (`onload=`, any `on…`); an XML Events attribute;
 * - in the SVG namespace: an animation (`<set>`, `<animate>`…) of `href` or of a handler; an
 *   `href=`/`xlink:href=` that is `javascript:`, `data:` (but a PNG, JPEG, GIF, WebP or AVIF
 *   embedded in `<image>`), an external URL (but on a link, `<a>`), or another file (but on
 *   `<a>` and `<image>`); `xml:base=`; CSS in `style=`, `<style>` or any attribute that loads something
 *   (`url(…)` other than `url(#id)`, `@import`, `image-set()`, a `\` escape).
 *
 * @param text the file's text
 * @param kind `svg` for an SVG file; `xml` for KML and GPX, whose own links (GPX `<link href>`)
 *   are data, not references a browser follows, so only the first three groups of rules apply,
 *   and the SVG rules to SVG elements inside them
 * @returns every finding (one per element and kind), in line order; `[]` for a sound file
 */
export function activeXmlProblems(text: string, kind: "svg" | "xml"): XmlFileProblem[] {
  const problems: XmlFileProblem[] = [];
  const add = (line: number, message: string, fix: string): void => {
    if (!problems.some((p) => p.line === line && p.message === message)) {
      problems.push({ line, message, fix });
    }
  };
  const doctypeFix =
    "export it again without a DOCTYPE, or delete the DOCTYPE's [ … ] part and the entities it declares";
  for (const match of text.matchAll(/<!ENTITY/gi)) {
    add(
      lineAt(text, match.index),
      "an <!ENTITY> declaration: entities can hide markup from this check and grow without bound when read",
      doctypeFix,
    );
  }
  const subset = /<!DOCTYPE[^>[]*\[/i.exec(text);
  if (subset && problems.length === 0) {
    add(lineAt(text, subset.index), "a DOCTYPE with declarations of its own ([ … ])", doctypeFix);
  }
  if (problems.length > 0) return problems;

  let parseError: XmlFileProblem | undefined;
  let document: Document | undefined;
  try {
    document = new DOMParser({
      onError: (level, message, context) => {
        if (level === "warning" || parseError) return;
        const line = (context as { locator?: { lineNumber?: number } } | undefined)?.locator
          ?.lineNumber;
        parseError = {
          line: line ?? 1,
          message: `not well-formed XML: ${message.split("\n")[0]}`,
          fix: "export the file again, or correct it at this line",
        };
      },
    }).parseFromString(text, kind === "svg" ? "image/svg+xml" : "text/xml") as unknown as Document;
  } catch {
    // xmldom throws after a fatal error, which onError has seen.
  }
  if (parseError || !document) {
    return [
      parseError ?? {
        line: 1,
        message: "not well-formed XML",
        fix: "export the file again, or correct it",
      },
    ];
  }

  const lineOf = (node: Node): number =>
    (node as unknown as { lineNumber?: number }).lineNumber ?? 1;
  const visit = (node: Node): void => {
    if (node.nodeType === 7 /* processing instruction */ && node.nodeName.toLowerCase() !== "xml") {
      add(
        lineOf(node),
        `an <?${node.nodeName}?> instruction, which loads a stylesheet or program when the file is opened`,
        "delete the instruction",
      );
    }
    if (node.nodeType === 1) checkElement(node as Element);
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  const checkElement = (element: Element): void => {
    const line = lineOf(element);
    const name = (element.localName ?? element.nodeName).toLowerCase();
    const tag = `<${element.nodeName}>`;
    const active = activeElements[name];
    if (active)
      add(line, `${/^<[aeiou]/i.test(tag) ? "an" : "a"} ${tag} element: ${active}`, scriptFix);
    else if (element.namespaceURI === xhtmlNamespace) {
      add(
        line,
        `an HTML element ${tag} (namespace ${xhtmlNamespace}): HTML in a drawing can run scripts and load files`,
        "export the drawing again as plain SVG, or delete the element",
      );
    }
    const isSvg =
      element.namespaceURI === svgNamespace || (kind === "svg" && !element.namespaceURI);
    for (const attribute of Array.from(element.attributes)) {
      const local = (attribute.localName ?? attribute.name).toLowerCase();
      if (local.startsWith("on") || attribute.namespaceURI === xmlEventsNamespace) {
        add(
          line,
          `an event handler ${attribute.name}= on ${tag}: it would run on the site whenever the file is opened`,
          "export the file again without scripts, or delete the attribute",
        );
        continue;
      }
      if (!isSvg) continue;
      if (attribute.name === "xml:base") {
        add(
          line,
          `an xml:base= on ${tag}, which changes where every link and reference inside it leads`,
          "delete the attribute",
        );
      } else if (local === "href" || local === "src") {
        const problem = hrefProblem(name, attribute.value);
        if (problem) add(line, `${problem.message}, in ${attribute.name}= on ${tag}`, problem.fix);
      } else if (
        animationElements.has(name) &&
        local === "attributename" &&
        /^(.*:)?(href|on.*)$/i.test(attribute.value.trim())
      ) {
        add(
          line,
          `an animation of ${attribute.value.trim()} in ${tag}: it can turn a link into a script`,
          "delete the animation",
        );
      } else if (local === "style" || /url\s*\(/i.test(attribute.value)) {
        const problem = cssProblem(attribute.value);
        if (problem) add(line, `${problem}, in ${attribute.name}= on ${tag}`, cssFix);
      }
    }
    if (isSvg && name === "style") {
      const problem = cssProblem(element.textContent ?? "");
      if (problem) add(line, `${problem}, in ${tag}`, cssFix);
    }
  };
  visit(document as unknown as Node);
  return problems.sort((a, b) => a.line - b.line);
}

const cssFix =
  "export the drawing again with text as paths and images embedded, so that its styles use only url(#id)";
