/**
 * The first thing every command does (`npm run build`, `npm start`, `npm run new`,
 * `npm run verify`, `npm run screenshot`): check the site settings once
 * (`src/settings/check.ts`) and, when they are wrong, print one line per problem
 * (`src/site.ts:259: url: … Fix: …`, or `DISPATCH_SITE_URL: … Fix: …`) and stop, with nothing
 * written and no stack trace.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { formatLocation, formatProblem, type ContentProblem } from "../errors.ts";
import { checkSiteSettings, type SettingsReport } from "../settings/check.ts";
import { site } from "../site.ts";

/**
 * Checks `site` (with the text of `<root>/src/site.ts` for lines, and `process.env`).
 * @param root the project folder
 * @default process.cwd()
 */
export function checkSettings(root: string = process.cwd()): SettingsReport {
  const file = path.join(root, "src/site.ts");
  const source = existsSync(file) ? readFileSync(file, "utf8") : undefined;
  return checkSiteSettings(site, { source, env: process.env });
}

/** Formats a settings warning: `src/site.ts:12: warning: … Fix: …`. */
export function formatSettingsWarning(problem: ContentProblem): string {
  return `${formatLocation(problem)}: warning: ${problem.message}. Fix: ${problem.fix ?? ""}`;
}

/**
 * Checks the settings and, on any error, prints each on stderr and ends the process with exit
 * code 1 before the command does anything.
 * @returns the warnings, for the command to print when it says what it did
 */
export function settingsOrExit(): ContentProblem[] {
  const { errors, warnings } = checkSettings();
  if (errors.length === 0) return warnings;
  for (const problem of errors) console.error(formatProblem(problem));
  process.exit(1);
}
