/**
 * A post's front matter checked against the schema: every problem with its line and fix.
 */
import type { z } from "zod";
import { FrontMatterError, type ContentProblem } from "../../errors.ts";
import { frontMatterControlCharacters } from "./characters.ts";
import type { FrontMatter } from "./read.ts";
import { readerPath } from "./field-path.ts";
import { fixFor } from "./fixes.ts";
import { postSchema, reservedFields, type PostData } from "./schema.ts";

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return `the text ${JSON.stringify(value)}`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `${value}`;
  if (Array.isArray(value)) return "a list";
  if (value === null) return "an empty value";
  return "a mapping";
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** One problem zod found, as {@link checkPostData} reads it. */
type Issue = z.core.$ZodIssue;

/**
 * A field that takes one of several shapes (`author`: text or a list of text) is one problem
 * of the shape the value has (an empty item of the list), or, when it has none of them, one
 * problem naming them all ("expected text or a list, found the number 5").
 */
function unionIssues(issue: Issue, input: unknown): Issue[] {
  if (issue.code !== "invalid_union") return [issue];
  const wrongType = (branch: readonly Issue[]) =>
    branch.find((sub) => sub.code === "invalid_type" && sub.path.length === 0);
  const fitting = issue.errors.find((branch) => !wrongType(branch));
  if (fitting) {
    return fitting.flatMap((sub) =>
      unionIssues(
        { ...sub, path: [...issue.path, ...sub.path] } as Issue,
        valueAt(input, sub.path),
      ),
    );
  }
  const expected = issue.errors
    .map((branch) => wrongType(branch))
    .map((sub) => (sub?.code === "invalid_type" ? sub.expected : undefined))
    .filter((type) => type !== undefined);
  if (expected.length === 0) return [issue];
  return [
    {
      code: "invalid_type",
      expected: expected.join(" or ") as "string",
      path: issue.path,
      message: issue.message,
      input,
    } as Issue,
  ];
}

/**
 * Checks a post's front matter against {@link postSchema}.
 *
 * @param frontMatter the front matter as {@link readFrontMatter} read it
 * @param file the post's path relative to the project root, for messages
 * @returns every problem, each with file, line, field and fix; empty when the front matter is good
 */
export function checkPostData(frontMatter: FrontMatter, file: string): ContentProblem[] {
  if (frontMatter.problems.length > 0) return frontMatter.problems;
  const { data, lineOf } = frontMatter;
  const problems: ContentProblem[] = [];
  for (const field of reservedFields) {
    if (data && typeof data === "object" && field in data) {
      problems.push({
        file,
        line: lineOf([field]),
        message: `front matter field "${field}" is a name Eleventy keeps for itself`,
        fix: "rename the field",
      });
    }
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return [
      {
        file,
        line: frontMatter.lineOf([]) + 1,
        message: `front matter is ${describeValue(data)}, not a mapping of fields`,
        fix:
          frontMatter.format === "json"
            ? 'write one JSON object of fields: {"title": "…", "date": "2008-03-27"}'
            : "write one field a line: title: …, then date: 2008-03-27",
      },
    ];
  }
  const result = postSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.flatMap((issue) =>
      unionIssues(issue, valueAt(data, issue.path)),
    );
    for (const issue of issues) {
      const input = valueAt(data, issue.path);
      const field = readerPath(issue.path);
      const expected: Record<string, string> = {
        string: "text",
        array: "a list",
        object: "a mapping",
        boolean: "true or false",
      };
      const message =
        issue.code === "invalid_value"
          ? `front matter field "${field}": ${JSON.stringify(input)} is not one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`
          : issue.code === "invalid_type"
            ? `front matter field "${field}": expected ${issue.expected
                .split(" or ")
                .map((type) => expected[type] ?? type)
                .join(" or ")}, found ${describeValue(input)}`
            : typeof input === "string" && input.trim() === "" && issue.message.endsWith("is empty")
              ? `front matter field "${field}" is empty`
              : `front matter field "${field}": ${JSON.stringify(input)} ${issue.message}`;
      problems.push({
        file,
        line: lineOf(issue.path),
        message,
        fix:
          issue.code === "invalid_value"
            ? `write one of: ${issue.values.map(String).join(", ")}`
            : fixFor({
                path: issue.path,
                code: issue.code,
                input,
                source: frontMatter.sourceOf(issue.path),
                format: frontMatter.format,
              }),
      });
    }
  }
  problems.push(...frontMatterControlCharacters(data, file, lineOf));
  return problems;
}

/**
 * Checks a post's front matter and returns it typed.
 * @throws FrontMatterError listing every problem
 */
export function validatePostData(frontMatter: FrontMatter, file: string): PostData {
  const problems = checkPostData(frontMatter, file);
  if (problems.length > 0) throw new FrontMatterError(problems);
  return frontMatter.data as PostData;
}
