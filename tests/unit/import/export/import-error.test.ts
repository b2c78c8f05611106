import { describe, expect, it } from "vitest";
import { ContentError, findContentError } from "../../../../src/errors.ts";
import { ImportError, importProblemSentence } from "../../../../src/import/export/import-error.ts";

describe("the import's errors", () => {
  it.each([
    [
      "a problem on a line reads file:line: message. Fix: fix",
      { file: "export.xml", line: 3, message: "this is not XML (x)", fix: "export it again" },
      undefined,
      "export.xml:3: this is not XML (x). Fix: export it again",
    ],
    [
      "a problem with no line makes the file the sentence's subject",
      { file: "e.xml.gz", message: "is compressed (gzip)", fix: "unzip it first" },
      undefined,
      "e.xml.gz is compressed (gzip). Fix: unzip it first",
    ],
    [
      "a subject names the file the way the command line does",
      { file: "posts", message: "is a file, not a folder", fix: "give the folder" },
      "--out posts",
      "--out posts is a file, not a folder. Fix: give the folder",
    ],
    [
      "a problem with no fix ends with its message",
      { file: "export.xml", message: "does not exist" },
      undefined,
      "export.xml does not exist",
    ],
  ])("%s", (_what, problem, subject, sentence) => {
    expect(importProblemSentence(problem, subject)).toBe(sentence);
    expect(new ImportError(problem, subject).message).toBe(sentence);
  });

  it("is a ContentError whose problem names the export and its line, found in an error chain", () => {
    const problem = { file: "export.xml", line: 2, message: "bad", fix: "fix it" };
    const error = new ImportError(problem);
    expect(error).toBeInstanceOf(ContentError);
    expect(error.name).toBe("ImportError");
    expect(error.problems).toEqual([problem]);
    expect(findContentError(new Error("wrapped", { cause: error }))).toBe(error);
  });
});
