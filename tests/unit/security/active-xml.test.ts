import { describe, expect, it } from "vitest";
import { activeXmlProblems } from "../../../src/security/active-xml.ts";

/** An SVG whose line 2 is `body`. */
const svg = (body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">\n${body}\n</svg>\n`;

/** Each finding as `line: message. Fix: fix`. */
const found = (text: string, kind: "svg" | "xml" = "svg"): string[] =>
  activeXmlProblems(text, kind).map(({ line, message, fix }) => `${line}: ${message}. Fix: ${fix}`);

const noScripts = "Fix: export the file again without scripts, or delete the";
const embed = "Fix: embed the image in the drawing as PNG or JPEG, or delete the reference";
const cssFix =
  "Fix: export the drawing again with text as paths and images embedded, so that its styles use only url(#id)";
const doctypeFix =
  "Fix: export it again without a DOCTYPE, or delete the DOCTYPE's [ … ] part and the entities it declares";

describe("activeXmlProblems refuses what an SVG would run or load when opened", () => {
  it.each([
    [
      "a script",
      svg("<script>alert(document.domain)</script>"),
      [
        `2: a <script> element: it would run on the site whenever the file is opened. ${noScripts} element`,
      ],
    ],
    [
      "a script in the SVG namespace under another prefix",
      svg('<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>'),
      [
        `2: a <s:script> element: it would run on the site whenever the file is opened. ${noScripts} element`,
      ],
    ],
    [
      "an event handler on the root",
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      [
        `1: an event handler onload= on <svg>: it would run on the site whenever the file is opened. ${noScripts} attribute`,
      ],
    ],
    [
      "an event handler in capitals",
      svg('<rect width="5" height="5" ONCLICK="alert(1)"/>'),
      [
        `2: an event handler ONCLICK= on <rect>: it would run on the site whenever the file is opened. ${noScripts} attribute`,
      ],
    ],
    [
      "foreignObject holding HTML",
      svg('<foreignObject><p xmlns="http://www.w3.org/1999/xhtml">x</p></foreignObject>'),
      [
        `2: a <foreignObject> element: it embeds HTML, which can run scripts and load other files. ${noScripts} element`,
        "2: an HTML element <p> (namespace http://www.w3.org/1999/xhtml): HTML in a drawing can run scripts and load files. Fix: export the drawing again as plain SVG, or delete the element",
      ],
    ],
    [
      "an iframe",
      svg("<iframe/>"),
      [`2: an <iframe> element: it loads another page into the drawing. ${noScripts} element`],
    ],
    [
      "an embed and an object",
      svg("<embed/>\n<object/>"),
      [
        `2: an <embed> element: it loads another document into the drawing. ${noScripts} element`,
        `3: an <object> element: it loads another document into the drawing. ${noScripts} element`,
      ],
    ],
    [
      "a javascript: link, with a tab inside the scheme",
      svg('<a xlink:href="java\tscript:alert(1)"><text>x</text></a>'),
      [
        "2: a javascript: URL, which runs code when followed, in xlink:href= on <a>. Fix: give the link an https:// address, or delete it",
      ],
    ],
    [
      "a data: link",
      svg('<a href="data:text/html;base64,PHNjcmlwdD4="><text>x</text></a>'),
      [
        "2: a data: URL (data:text/html;base64,PHNjcmlwdD4=), which can carry a document of its own, in href= on <a>. Fix: only <image> may embed data: (PNG, JPEG, GIF, WebP or AVIF); embed the image in the drawing as PNG or JPEG, or delete the reference",
      ],
    ],
    [
      "an SVG embedded as a data: image",
      svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'),
      [
        "2: a data: URL (data:image/svg+xml;base64,PHN2Zz4=), which can carry a document of its own, in href= on <image>. Fix: only <image> may embed data: (PNG, JPEG, GIF, WebP or AVIF); embed the image in the drawing as PNG or JPEG, or delete the reference",
      ],
    ],
    [
      "an image from another site",
      svg('<image xlink:href="https://tracker.example/pixel.png"/>'),
      [
        `2: an external reference to https://tracker.example/pixel.png, loaded from elsewhere whenever the drawing is shown, in xlink:href= on <image>. ${embed}`,
      ],
    ],
    [
      "an image from another site written with backslashes",
      svg('<image href="\\\\tracker.example/pixel.png"/>'),
      [
        `2: an external reference to \\\\tracker.example/pixel.png, loaded from elsewhere whenever the drawing is shown, in href= on <image>. ${embed}`,
      ],
    ],
    [
      "<use> of another file",
      svg('<use href="symbols.svg#pin"/>'),
      [
        '2: a reference to another file (symbols.svg#pin), which the drawing would load, in href= on <use>. Fix: keep what <use> repeats in the same file and refer to it as href="#id"',
      ],
    ],
    [
      "a style attribute loading a file",
      svg('<rect style="fill: url(https://tracker.example/x.svg#p)"/>'),
      [
        `2: a style that loads url(https://tracker.example/x.svg#p), a file this drawing would fetch, in style= on <rect>. ${cssFix}`,
      ],
    ],
    [
      "a presentation attribute loading a file",
      svg("<rect fill=\"url('patterns.svg#p')\"/>"),
      [
        `2: a style that loads url(patterns.svg#p), a file this drawing would fetch, in fill= on <rect>. ${cssFix}`,
      ],
    ],
    [
      "@import in a style element",
      svg("<style>@import url(https://fonts.example/a.css); text { fill: red }</style>"),
      [`2: a style with @import, which loads another stylesheet, in <style>. ${cssFix}`],
    ],
    [
      "image-set() in a style",
      svg("<style>rect { background: image-set('https://x.example/a.png' 1x) }</style>"),
      [
        `2: a style with a function that loads files (image-set(), image(), src()), in <style>. ${cssFix}`,
      ],
    ],
    [
      "a CSS escape that could hide url(",
      svg("<style>rect { fill: \\75 rl(https://x.example/a) }</style>"),
      [`2: a style with a \\ escape, which can hide url( from this check, in <style>. ${cssFix}`],
    ],
    [
      "an animation that sets a link to javascript:",
      svg('<a><set attributeName="xlink:href" to="javascript:alert(1)"/><text>x</text></a>'),
      [
        "2: an animation of xlink:href in <set>: it can turn a link into a script. Fix: delete the animation",
      ],
    ],
    [
      "an animation that sets a handler",
      svg('<animate attributeName="onbegin" to="alert(1)"/>'),
      [
        "2: an animation of onbegin in <animate>: it can turn a link into a script. Fix: delete the animation",
      ],
    ],
    [
      "xml:base, which would turn a relative link into javascript:",
      svg('<a xml:base="javascript:alert(1)//" href="x"><text>x</text></a>'),
      [
        "2: an xml:base= on <a>, which changes where every link and reference inside it leads. Fix: delete the attribute",
      ],
    ],
    [
      "an entity declaration hiding a script",
      '<?xml version="1.0"?>\n<!DOCTYPE svg [\n<!ENTITY x "&#60;script&#62;alert(1)&#60;/script&#62;">\n]>\n<svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
      [
        `3: an <!ENTITY> declaration: entities can hide markup from this check and grow without bound when read. ${doctypeFix}`,
      ],
    ],
    [
      "a DOCTYPE with an internal subset",
      '<!DOCTYPE svg [ <!ATTLIST svg onload CDATA "alert(1)"> ]>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
      [`1: a DOCTYPE with declarations of its own ([ … ]). ${doctypeFix}`],
    ],
    [
      "an XSLT stylesheet instruction",
      '<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="run.xsl"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
      [
        "2: an <?xml-stylesheet?> instruction, which loads a stylesheet or program when the file is opened. Fix: delete the instruction",
      ],
    ],
    [
      "XML that is not well-formed",
      '<svg xmlns="http://www.w3.org/2000/svg">\n<rect>\n</svg>',
      [
        '2: not well-formed XML: Opening and ending tag mismatch: "rect" != "svg". Fix: export the file again, or correct it at this line',
      ],
    ],
  ])("%s", (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("activeXmlProblems lets a plain drawing through", () => {
  it.each([
    [
      "shapes, a gradient and url(#id)",
      svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" style="stroke: url( #g )"/>'),
    ],
    ["<use> of a symbol in the same file", svg('<symbol id="pin"/><use xlink:href="#pin"/>')],
    [
      "an embedded PNG and an image beside it",
      svg('<image href="data:image/png;base64,iVBORw0KGgo="/><image href="photo.jpg"/>'),
    ],
    [
      "links to a site, a mailbox and a sibling page",
      svg(
        '<a href="https://example.org/">x</a><a xlink:href="mailto:desk@example.org">y</a><a href="../other/">z</a>',
      ),
    ],
    [
      "the SVG 1.1 DOCTYPE with no declarations of its own",
      '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg"/>',
    ],
    [
      "a style element with colours only",
      svg("<style>.a { fill: #369 } text { font: 12px serif }</style>"),
    ],
    [
      "Inkscape's metadata",
      svg(
        '<sodipodi:namedview xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" pagecolor="#ffffff"/><metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="https://example.org/"/></rdf:RDF></metadata>',
      ),
    ],
  ])("%s", (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("activeXmlProblems on KML and GPX", () => {
  it("refuses HTML elements, scripts and handlers, which a browser runs in any …+xml file", () => {
    const kml =
      '<kml xmlns="http://www.opengis.net/kml/2.2">\n<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>\n<Placemark onclick="alert(2)"><name>Basra</name></Placemark>\n</kml>';
    expect(found(kml, "xml")).toEqual([
      `2: a <h:script> element: it would run on the site whenever the file is opened. ${noScripts} element`,
      `3: an event handler onclick= on <Placemark>: it would run on the site whenever the file is opened. ${noScripts} attribute`,
    ]);
  });

  it("keeps GPX links and KML descriptions holding HTML as text, which are data", () => {
    const gpx =
      '<gpx xmlns="http://www.topografix.com/GPX/1/1" version="1.1"><metadata><link href="https://example.org/route"/></metadata></gpx>';
    const kml =
      '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><description><![CDATA[<script>x</script>]]></description></Placemark></kml>';
    expect(found(gpx, "xml")).toEqual([]);
    expect(found(kml, "xml")).toEqual([]);
  });

  it("applies the SVG rules to an SVG element inside another XML file", () => {
    const kml =
      '<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:s="http://www.w3.org/2000/svg">\n<s:a href="javascript:alert(1)"/>\n</kml>';
    expect(found(kml, "xml")).toEqual([
      "2: a javascript: URL, which runs code when followed, in href= on <s:a>. Fix: give the link an https:// address, or delete it",
    ]);
  });
});
