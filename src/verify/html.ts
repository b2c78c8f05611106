/** HTML validity of built pages, checked with html-validate (https://html-validate.org). */
import { HtmlValidate } from "html-validate";
import type { SiteProblem } from "./problem.ts";

/**
 * html-validate's recommended rules, less those about source style rather than validity or
 * accessibility: the generator's whitespace and attribute quoting are not an author's concern.
 * `no-inline-style` stays on: the Content-Security-Policy blocks style attributes.
 * `prefer-tbody` is off: `<tr>` directly in `<table>` is conforming HTML (the table content model
 * allows "one or more tr elements" in place of tbody, https://html.spec.whatwg.org/#the-table-element)
 * and every parser puts the rows in a tbody itself, so a hand-written table in a post is not an
 * error. `attribute-boolean-style` is off: `readonly` and `readonly=""` are the same attribute
 * (https://html.spec.whatwg.org/#boolean-attributes), and Eleventy's path-prefix rewrite writes
 * every boolean attribute the second way. Rules about validity and accessibility (a `<th>` without scope, wcag/h63) stay on.
 */
const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    "no-trailing-whitespace": "off",
    "doctype-style": "off",
    "attribute-empty-style": "off",
    "attr-quotes": "off",
    "attribute-boolean-style": "off",
    "void-style": "off",
    "long-title": "off",
    "prefer-tbody": "off",
  },
});

/**
 * Validates one page.
 * @param html the page's source
 * @param file its path relative to the output folder, for messages
 */
export async function validateHtml(html: string, file: string): Promise<SiteProblem[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.map((message) => ({
      file,
      line: message.line,
      message: `${message.message} (${message.ruleId})`,
      check: "html",
    })),
  );
}
