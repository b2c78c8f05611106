/**
 * YAML front matter read with the `yaml` package (YAML 1.2 core schema, so dates stay text),
 * knowing the line of every value, with a fix for each syntax error written from the author's
 * own line.
 */
import { isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from "yaml";
import { FrontMatterError, type ContentProblem } from "../../errors.ts";
import { aliasProblem, maxAliasCount } from "./limits.ts";
import type { FrontMatterReading } from "./json.ts";

/** `key: value` of a front-matter line, or `undefined` when the line is not one. */
function splitLine(line: string): { key: string; value: string } | undefined {
  const match = /^(\s*(?:-\s+)?[^\s:#][^:]*?):\s+(.*?)\s*$/.exec(line);
  return match ? { key: match[1] as string, value: match[2] as string } : undefined;
}

/** `value` as a YAML single-quoted scalar: the text as written, `'` doubled. */
function singleQuoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * The fix for a YAML syntax error, written with the author's own line when it helps.
 * @param line the file line the error is on
 */
function yamlHint(error: YAMLError, line: string): string {
  const parts = splitLine(line);
  switch (error.code) {
    case "BLOCK_AS_IMPLICIT_KEY":
      return parts
        ? `a value that contains a colon and a space must be in quotes: ${parts.key}: ${JSON.stringify(parts.value)}`
        : "a value that contains a colon and a space (title: Basra: the battle) must be in quotes";
    case "UNEXPECTED_TOKEN":
      if (parts && /^["']/.test(parts.value)) {
        return `a value that starts with a quote ends at the closing quote; put the whole value in quotes: ${parts.key}: ${singleQuoted(parts.value)}`;
      }
      if (parts && /^[[{]/.test(parts.value)) {
        return `a value that starts with [ or { is read as a list or mapping; put the whole value in quotes: ${parts.key}: ${JSON.stringify(parts.value)}`;
      }
      return "a value that starts with [ or { or a quote must be in quotes as a whole";
    case "MISSING_CHAR":
      return "close the quote";
    case "DUPLICATE_KEY":
      return "each field may appear once; remove the repeated one";
    case "TAB_AS_INDENT":
      return "indent with spaces, not tabs";
    default:
      return "check the YAML syntax on this line";
  }
}

/**
 * The problem with a `*name` that names no anchor (`&name`) before it: most often a value that
 * starts with `*` and was meant as text (`title: *Stars* over Basra`), which YAML reads as an
 * alias. On the alias's line; the fix puts the value in quotes.
 * @param name the alias's name as the `yaml` package reports it (`Stars*`)
 * @param lineAt the file line of an offset in the front matter
 */
function unresolvedAlias(
  document: Document,
  name: string,
  file: string,
  lineAt: (offset: number) => number,
): ContentProblem {
  let offset = 0;
  visit(document, {
    Alias(_key, node) {
      if (node.source !== name) return undefined;
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return {
    file,
    line: lineAt(offset),
    message: `front matter is not valid YAML: *${name} names an anchor (&${name}) that is not set before it`,
    fix: `a value that starts with * must be in quotes as a whole, e.g. "*${name}"`,
  };
}

/**
 * Parses front-matter YAML text (YAML 1.2 core schema, at most {@link maxAliasCount} values
 * behind aliases; a `#` after a plain title, summary or author is reported, not dropped).
 * @param text the text between the fences
 * @param file the post's project-relative path, for messages
 * @param firstLine the 1-based file line on which `text` begins
 * @returns the data (`{}` when there are problems) with its problems, `lineOf` and `sourceOf`
 */
export function readYaml(text: string, file: string, firstLine: number): FrontMatterReading {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, {
    schema: "core",
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const textLines = text.split("\n");
  const problems: ContentProblem[] = document.errors.map((error) => ({
    file,
    line: lineAt(error.pos[0]),
    message: `front matter is not valid YAML: ${error.message.split("\n")[0]}`,
    fix: yamlHint(error, textLines[lineCounter.linePos(error.pos[0]).line - 1] ?? ""),
  }));
  // A # after a plain value starts a comment: `title: Basra #2` is read as "Basra".
  if (problems.length === 0 && document.contents && "items" in document.contents) {
    for (const key of ["title", "summary", "author"]) {
      const node = document.get(key, true);
      if (isScalar(node) && node.type === "PLAIN" && node.comment && node.range) {
        problems.push({
          file,
          line: lineAt(node.range[0]),
          message: `front matter field "${key}": the # starts a YAML comment, so the ${key} is read as ${JSON.stringify(node.value)}`,
          fix: `put the whole ${key} in quotes: ${key}: "${String(node.value)} #${node.comment.trimStart()}"`,
        });
      }
    }
  }
  let data: unknown = {};
  try {
    if (problems.length === 0) data = document.toJS({ maxAliasCount }) ?? {};
  } catch (error) {
    const message = (error as Error).message;
    const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(message);
    if (unresolved) problems.push(unresolvedAlias(document, unresolved[1] ?? "", file, lineAt));
    else if (/alias count/i.test(message)) problems.push(aliasProblem(text, file, firstLine));
    else throw error;
  }
  const nodeAt = (path: readonly PropertyKey[]) =>
    (path.length === 0 ? document.contents : document.getIn(path as unknown[], true)) as
      { range?: [number, number, number] } | null | undefined;
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let length = path.length; length > 0; length--) {
      const node = nodeAt(path.slice(0, length));
      if (node?.range) return lineAt(node.range[0]);
    }
    return firstLine - 1;
  };
  const sourceOf = (path: readonly PropertyKey[]): string | undefined => {
    const range = nodeAt(path)?.range;
    return range ? text.slice(range[0], range[1]) : undefined;
  };
  return { data, problems, lineOf, sourceOf };
}

/**
 * Eleventy's YAML front-matter engine: YAML 1.2 core schema, so dates stay the text the author
 * wrote (read later in the site's time zone, never in the build machine's). The engine guard
 * (`engine-guard.ts`) hands Eleventy the post store's reading instead when it has one.
 * @param text the front matter as Eleventy passes it: the rest of the opening `---` line, then the lines up to the closing one
 * @param options what Eleventy passes to front-matter engines; `filePath` names the file
 * @throws FrontMatterError naming the file and line of a YAML error
 */
export function readFrontMatterYaml(text: string, options?: { filePath?: string }): unknown {
  const file = (options?.filePath ?? "front matter").replace(/^\.\//, "");
  // A CRLF file reaches us with a lone \r at the end (Eleventy cuts at the "\n---"); YAML would
  // read it as part of the last value, and refuse a flow list or mapping there.
  const lf = text.replace(/\r\n/g, "\n").replace(/\r$/, "");
  // Eleventy's text starts with the newline that ends the `---` line: its line 1 is file line 1.
  const { data, problems } = readYaml(lf, file, lf.startsWith("\n") ? 1 : 2);
  if (problems.length > 0) throw new FrontMatterError(problems);
  return data;
}
