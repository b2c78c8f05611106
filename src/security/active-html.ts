/**
 * What in HTML from content is active: it runs code, loads another document or program, sends
 * what readers type, or reconfigures the page around it. One definition for every check of HTML
 * that comes from a post: the build refuses it in a post's raw HTML (`src/markdown/active-html.ts`)
 * and `npm run verify` in feed entries (`src/verify/feeds.ts`). It reads one element at a time
 * and parses nothing itself, so each check uses the parser it needs.
 */

/** One finding: what it is, why it is refused, and how an author does without it. */
export interface ActiveHtmlFinding {
  /**
   * What was found, as checks print it: `<script>`, `event handler onerror= on <img>`,
   * `javascript: URL in href= on <a>`, `srcdoc= on <iframe>`, `animation of href on <animate>`.
   */
  what: string;
  /** Why it may not stand in a post, as a clause: `which would run on the page`. */
  why: string;
  /** The fix, for an author: `delete the attribute`. */
  fix: string;
}

const scriptReason = {
  why: "which would run on the page",
  fix: "delete it: a post holds no code (a map goes in a ```geojson block or {% map %}, a video in {% video %})",
};
const frameReason = {
  why: "which loads another page or program into the post",
  fix: "delete it: a video goes in with {% video %}, a map with {% map %}; link to anything else",
};
const formReason = {
  why: "a form, which can send what readers type elsewhere",
  fix: "delete it, and link to the form on its own site",
};
const parsedApartReason = {
  why: "whose content browsers read in a way that can hide markup from this check",
  fix: "delete the element, keeping its text if it is meant to be read",
};

/** Elements content may not hold, by lower-case name, with why and the fix. */
export const activeElements: ReadonlyMap<string, Omit<ActiveHtmlFinding, "what">> = new Map([
  ["script", scriptReason],
  ...["iframe", "frame", "frameset", "object", "embed", "applet", "portal"].map(
    (name) => [name, frameReason] as const,
  ),
  ...["form", "input", "button", "textarea", "select"].map((name) => [name, formReason] as const),
  ...["noscript", "xmp", "plaintext", "noembed", "noframes", "template"].map(
    (name) => [name, parsedApartReason] as const,
  ),
  ["base", { why: "which changes where every link of the page leads", fix: "delete it" }],
  [
    "meta",
    {
      why: "which can redirect or reconfigure the page",
      fix: "delete it: a post's metadata goes in its front matter",
    },
  ],
  ["link", { why: "which loads a stylesheet or another file into the page", fix: "delete it" }],
  [
    "style",
    {
      why: "whose rules apply to the whole page, not only the post",
      fix: "delete it: the site's stylesheet styles every post",
    },
  ],
]);

/** Attributes holding a URL (`srcset` holds several). */
export const urlAttributes: ReadonlySet<string> = new Set([
  "href",
  "src",
  "srcset",
  "poster",
  "action",
  "formaction",
  "background",
  "cite",
  "data",
]);

/** URL schemes content may not use: the first two run code, `data:` carries a file of its own. */
export const activeSchemes: ReadonlySet<string> = new Set(["javascript", "vbscript", "data"]);

/** SVG animations, which may set another attribute (`href` to a `javascript:` URL). */
const animationElements = new Set(["set", "animate", "animatemotion", "animatetransform"]);

/** The scheme of a URL as browsers read it (spaces and control characters dropped), lower case. */
export function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020]/g, "");
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

/**
 * Why an element is active by its name alone, or `undefined`.
 * @param tag the element's name, any case
 */
export function activeElement(tag: string): ActiveHtmlFinding | undefined {
  const name = tag.toLowerCase();
  const reason = activeElements.get(name);
  return reason && { what: `<${name}>`, ...reason };
}

/**
 * Why one attribute of an element is active, or `undefined` when it is harmless: an event
 * handler (`on…`), `srcdoc`, a URL attribute ({@link urlAttributes}, `xlink:href` too) whose
 * URL (any of a `srcset`) has a scheme of {@link activeSchemes}, an SVG animation of `href` or
 * of a handler (`attributeName="href"`).
 * @param tag the element's name, any case
 * @param name the attribute's name, any case, with its prefix (`xlink:href`)
 * @param value the attribute's value, character references already decoded
 */
export function activeAttribute(
  tag: string,
  name: string,
  value: string,
): ActiveHtmlFinding | undefined {
  const element = tag.toLowerCase();
  const attribute = name.toLowerCase();
  const on = `on <${element}>`;
  if (attribute.startsWith("on")) {
    return {
      what: `event handler ${attribute}= ${on}`,
      why: "which would run on the page",
      fix: "delete the attribute",
    };
  }
  if (attribute === "srcdoc") {
    return {
      what: `srcdoc= ${on}`,
      why: "a page of its own inside the post",
      fix: "delete the attribute",
    };
  }
  if (animationElements.has(element) && attribute === "attributename") {
    const target = value.trim().toLowerCase();
    if (/^(.*:)?(href|on.*)$/.test(target)) {
      return {
        what: `animation of ${target} ${on}`,
        why: "which can turn a link into a script",
        fix: "delete the animation",
      };
    }
    return undefined;
  }
  const local = attribute.replace(/^xlink:/, "");
  if (!urlAttributes.has(local)) return undefined;
  const urls =
    local === "srcset" ? value.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "") : [value];
  for (const url of urls) {
    const scheme = schemeOf(url);
    if (scheme === undefined || !activeSchemes.has(scheme)) continue;
    const what = `${scheme}: URL in ${attribute}= ${on}`;
    return scheme === "data"
      ? {
          what,
          why: "which can carry a document or script of its own",
          fix: 'put the file in the post\'s folder and name it (src="chart.png")',
        }
      : {
          what,
          why: "which runs code when followed",
          fix: "give it an https:// address or a path of the site, or delete it",
        };
  }
  return undefined;
}
