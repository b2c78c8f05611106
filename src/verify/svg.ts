/**
 * SVG files in the output: each must be well-formed XML (with the same two parsers as feeds) and
 * hold nothing that runs or loads when the file is opened ({@link activeXmlProblems}): whatever
 * wrote it, a post's folder or Dispatch's own static maps.
 */
import { activeXmlProblems } from "../security/active-xml.ts";
import type { SiteProblem } from "./problem.ts";
import { checkXml } from "./xml.ts";

/**
 * Checks one SVG file of the output.
 * @param text the file's text
 * @param file its path relative to the output folder, for messages
 * @returns `[xml] not well-formed XML: …` problems when it is not well-formed, else one `[svg]`
 *   problem per script, handler, foreignObject, external reference… with its line; `[]` when sound
 */
export function checkSvg(text: string, file: string): SiteProblem[] {
  const wellFormed = checkXml(text, file);
  if (wellFormed.length > 0) return wellFormed;
  return activeXmlProblems(text, "svg").map(({ line, message }) => ({
    file,
    line,
    message,
    check: "svg",
  }));
}
