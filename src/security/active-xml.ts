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
import { createRequire } from "node:module";
import { cssProblem, hrefProblem } from "./svg-references.ts";

// Packages loaded on first use: start-up loads only what the first template needs.
const require = createRequire(import.meta.url);

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

const scriptFix = "export the file again without scripts, or delete the element";

const cssFix =
  "export the drawing again with text as paths and images embedded, so that its styles use only url(#id)";

const doctypeFix =
  "export it again without a DOCTYPE, or delete the DOCTYPE's [ … ] part and the entities it declares";

/** The line of offset `index` in `text`, 1-based. */
function lineAt(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

/** The findings of a file, each (line, message) once. */
class Findings {
  readonly list: XmlFileProblem[] = [];

  add(line: number, message: string, fix: string): void {
    if (!this.list.some((p) => p.line === line && p.message === message)) {
      this.list.push({ line, message, fix });
    }
  }
}

/**
 * `<!ENTITY>` declarations, else a DOCTYPE with an internal subset (`[ … ]`), found in the text
 * before any parser reads it: entities can hide markup and grow without bound when expanded.
 */
function declarationProblems(text: string): XmlFileProblem[] {
  const found = new Findings();
  for (const match of text.matchAll(/<!ENTITY/gi)) {
    found.add(
      lineAt(text, match.index),
      "an <!ENTITY> declaration: entities can hide markup from this check and grow without bound when read",
      doctypeFix,
    );
  }
  const subset = /<!DOCTYPE[^>[]*\[/i.exec(text);
  if (subset && found.list.length === 0) {
    found.add(
      lineAt(text, subset.index),
      "a DOCTYPE with declarations of its own ([ … ])",
      doctypeFix,
    );
  }
  return found.list;
}

/** The parsed document, or the first error of XML that is not well-formed. */
function parseXml(text: string, kind: "svg" | "xml"): Document | XmlFileProblem {
  let parseError: XmlFileProblem | undefined;
  let document: Document | undefined;
  const { DOMParser } = require("@xmldom/xmldom") as typeof import("@xmldom/xmldom");
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
    return (
      parseError ?? {
        line: 1,
        message: "not well-formed XML",
        fix: "export the file again, or correct it",
      }
    );
  }
  return document;
}

/** The 1-based line of a node's start, as xmldom records it. */
function lineOf(node: Node): number {
  return (node as unknown as { lineNumber?: number }).lineNumber ?? 1;
}

/** An element being checked: its `<tag>` as written, local name in lower case, and whether its rules are SVG's. */
interface CheckedElement {
  element: Element;
  line: number;
  tag: string;
  name: string;
  isSvg: boolean;
}

/** A finding's message and fix. */
type Finding = { message: string; fix: string } | undefined;

/** `<script>`, `<foreignObject>`… in any namespace, else any element of the XHTML namespace. */
function elementFinding({ element, tag, name }: CheckedElement): Finding {
  const active = activeElements[name];
  if (active) {
    return {
      message: `${/^<[aeiou]/i.test(tag) ? "an" : "a"} ${tag} element: ${active}`,
      fix: scriptFix,
    };
  }
  if (element.namespaceURI !== xhtmlNamespace) return undefined;
  return {
    message: `an HTML element ${tag} (namespace ${xhtmlNamespace}): HTML in a drawing can run scripts and load files`,
    fix: "export the drawing again as plain SVG, or delete the element",
  };
}

/** An attribute and the element it is on. */
interface CheckedAttribute extends CheckedElement {
  attribute: Attr;
  /** The attribute's local name, lower case: `href` for `xlink:href`. */
  local: string;
}

/** One rule of attributes: whether it is the rule that reads the attribute, and its finding. */
interface AttributeRule {
  reads: (a: CheckedAttribute) => boolean;
  finding: (a: CheckedAttribute) => Finding;
}

/** The rules of an attribute, in order: the first that reads it decides. */
const attributeRules: readonly AttributeRule[] = [
  {
    // onload=, any on…, and XML Events attributes, on any element.
    reads: ({ local, attribute }) =>
      local.startsWith("on") || attribute.namespaceURI === xmlEventsNamespace,
    finding: ({ attribute, tag }) => ({
      message: `an event handler ${attribute.name}= on ${tag}: it would run on the site whenever the file is opened`,
      fix: "export the file again without scripts, or delete the attribute",
    }),
  },
  {
    reads: ({ isSvg, attribute }) => isSvg && attribute.name === "xml:base",
    finding: ({ tag }) => ({
      message: `an xml:base= on ${tag}, which changes where every link and reference inside it leads`,
      fix: "delete the attribute",
    }),
  },
  {
    reads: ({ isSvg, local }) => isSvg && (local === "href" || local === "src"),
    finding: ({ name, attribute, tag }) => {
      const problem = hrefProblem(name, attribute.value);
      if (problem === undefined) return undefined;
      return { message: `${problem.message}, in ${attribute.name}= on ${tag}`, fix: problem.fix };
    },
  },
  {
    // <set>, <animate>… may set any attribute: an href to javascript:, a handler.
    reads: ({ isSvg, name, local, attribute }) =>
      isSvg &&
      animationElements.has(name) &&
      local === "attributename" &&
      /^(.*:)?(href|on.*)$/i.test(attribute.value.trim()),
    finding: ({ attribute, tag }) => ({
      message: `an animation of ${attribute.value.trim()} in ${tag}: it can turn a link into a script`,
      fix: "delete the animation",
    }),
  },
  {
    reads: ({ isSvg, local, attribute }) =>
      isSvg && (local === "style" || /url\s*\(/i.test(attribute.value)),
    finding: ({ attribute, tag }) => {
      const problem = cssProblem(attribute.value);
      return problem === undefined
        ? undefined
        : { message: `${problem}, in ${attribute.name}= on ${tag}`, fix: cssFix };
    },
  },
];

/** The finding of one attribute: that of the first rule that reads it. */
function attributeFinding(checked: CheckedAttribute): Finding {
  return attributeRules.find((rule) => rule.reads(checked))?.finding(checked);
}

/** The findings of one element: itself, its attributes, and the CSS of an SVG `<style>`. */
function elementFindings(element: Element, kind: "svg" | "xml"): Finding[] {
  const checked: CheckedElement = {
    element,
    line: lineOf(element),
    tag: `<${element.nodeName}>`,
    name: (element.localName ?? element.nodeName).toLowerCase(),
    isSvg: element.namespaceURI === svgNamespace || (kind === "svg" && !element.namespaceURI),
  };
  const findings = [elementFinding(checked)];
  for (const attribute of Array.from(element.attributes)) {
    const local = (attribute.localName ?? attribute.name).toLowerCase();
    findings.push(attributeFinding({ ...checked, attribute, local }));
  }
  if (checked.isSvg && checked.name === "style") {
    const problem = cssProblem(element.textContent ?? "");
    if (problem) findings.push({ message: `${problem}, in ${checked.tag}`, fix: cssFix });
  }
  return findings;
}

/** Adds the findings of `node` and of every node under it, in document order. */
function visit(node: Node, kind: "svg" | "xml", found: Findings): void {
  if (node.nodeType === 7 /* processing instruction */ && node.nodeName.toLowerCase() !== "xml") {
    found.add(
      lineOf(node),
      `an <?${node.nodeName}?> instruction, which loads a stylesheet or program when the file is opened`,
      "delete the instruction",
    );
  }
  if (node.nodeType === 1) {
    for (const finding of elementFindings(node as Element, kind)) {
      if (finding) found.add(lineOf(node), finding.message, finding.fix);
    }
  }
  for (const child of Array.from(node.childNodes)) visit(child, kind, found);
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
  const declarations = declarationProblems(text);
  if (declarations.length > 0) return declarations;
  const document = parseXml(text, kind);
  if ("fix" in document) return [document];
  const found = new Findings();
  visit(document as unknown as Node, kind, found);
  return found.list.sort((a, b) => a.line - b.line);
}
