/** JSON syntax errors in an author's words, for map blocks, map files and JSON front matter. */

/** What each jsonc-parser syntax error means, in an author's words, by `printParseErrorCode` name. */
export const jsonSyntaxMessages: Readonly<Record<string, string>> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "a number is written wrongly",
  PropertyNameExpected:
    "expected a property name in double quotes (no comma after the last property)",
  ValueExpected: "expected a value (no comma after the last item)",
  ColonExpected: "expected a colon after the property name",
  CommaExpected: "expected a comma between items",
  CloseBraceExpected: "a { is not closed with }",
  CloseBracketExpected: "a [ is not closed with ]",
  EndOfFileExpected: "unexpected text after the end of the JSON value",
  InvalidCommentToken: "JSON has no comments",
  UnexpectedEndOfComment: "JSON has no comments",
  UnexpectedEndOfString: "a string is not closed with a double quote",
  UnexpectedEndOfNumber: "a number is cut off",
  InvalidUnicode: "invalid \\u escape in a string",
  InvalidEscapeCharacter: "invalid escape in a string",
  InvalidCharacter: "invalid character in a string",
};
