/**
 * Well-formedness of feeds, the sitemap and any other XML in the output: undeclared entities
 * (`&nbsp;`), a bare `&`, two root elements, `]]>` in text, control characters and unbound
 * prefixes are all errors, as feed readers treat them.
 */
import { XMLValidator } from "fast-xml-parser";
import { SaxesParser } from "saxes";
import type { SiteProblem } from "./problem.ts";

/** Extensions of files checked as XML. */
export const xmlExtensions = ["xml", "atom", "rss", "xsl"] as const;

/**
 * Checks that `xml` is well-formed XML with two parsers, as each misses errors the other finds:
 * saxes (undeclared entities, unbound prefixes, two roots) and fast-xml-parser's validator (a
 * bare `&`). A parser stops at its first error.
 * @param file its path relative to the output folder, for messages
 * @returns the first error of each parser, with its line, by line
 */
export function checkXml(xml: string, file: string): SiteProblem[] {
  const problems: SiteProblem[] = [];
  const report = (line: number, message: string) => {
    if (!problems.some((p) => p.line === line))
      problems.push({ file, line, message: `not well-formed XML: ${message}`, check: "xml" });
  };
  const validated = XMLValidator.validate(xml);
  if (validated !== true) report(validated.err.line, validated.err.msg);
  const parser = new SaxesParser({ xmlns: true, position: true });
  let first: { line: number; message: string } | undefined;
  parser.on("error", (error) => {
    first ??= { line: parser.line, message: error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, "") };
  });
  try {
    parser.write(xml).close();
  } catch {
    // saxes throws after reporting to the error handler when it cannot go on.
  }
  if (first) report(first.line, first.message);
  return problems.sort((a, b) => a.line - b.line);
}
