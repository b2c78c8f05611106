/** Well-formedness of feeds, the sitemap and any other XML in the output (fast-xml-parser). */
import { XMLValidator } from "fast-xml-parser";
import type { SiteProblem } from "./problem.ts";

/**
 * Checks that `xml` is well-formed XML.
 * @param file its path relative to the output folder, for messages
 */
export function checkXml(xml: string, file: string): SiteProblem[] {
  const result = XMLValidator.validate(xml);
  if (result === true) return [];
  return [
    {
      file,
      line: result.err.line,
      message: `not well-formed XML: ${result.err.msg}`,
      check: "xml",
    },
  ];
}
