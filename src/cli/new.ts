/**
 * `npm run new -- "Title" [--dir posts]`: scaffolds `posts/<YYYY-MM-DD>-<slug>/index.md`, the
 * date today in the site's time zone, as a draft with valid front matter and a commented-out
 * example map. Refuses to overwrite an existing folder (exit 1); a missing title exits 2.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { newPostFolder, newPostSource, todayIn } from "../content/new-post.ts";
import { site } from "../site.ts";
import { newPostFeedId } from "./new-post-id.ts";
import { formatSettingsWarning, settingsOrExit } from "./settings-gate.ts";

const usage = [
  'Usage: npm run new -- "Title of the post" [--dir posts]',
  "",
  "Starts a draft post dated today (in the site's time zone) in <dir>/<date>-<slug>/index.md;",
  "the folder's name, date included, is cut at a hyphen to 80 characters and is the post's URL.",
  "  --dir <folder>  where to write the post (default: posts)",
  "  --help          prints this",
  'A title that starts with -: put -- before it, as in npm run new -- -- "-30 days in Basra"',
].join("\n");

let title: string;
let dir: string;
try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      dir: { type: "string", default: "posts" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  title = positionals.join(" ").trim();
  dir = values.dir;
  if (title === "") throw new Error("give the post's title");
} catch (error) {
  // The argument as typed: parseArgs names only its first letter of `-30 days` ("-3").
  const known = /^(?:--dir(?:=.*)?|--help|-h|--)$/;
  const unknown = process.argv.slice(2).find((arg) => arg.startsWith("-") && !known.test(arg));
  const message =
    (error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown
      ? `${unknown} is not an option (--dir and --help are). Fix: if it is the title, put -- before it: npm run new -- -- ${JSON.stringify(unknown)}`
      : (error as Error).message;
  console.error(`new: ${message}\n${usage}`);
  process.exit(2);
}

// Wrong settings (src/site.ts, DISPATCH_SITE_URL) stop it before anything is written.
const warnings = settingsOrExit();
const date = todayIn(site.timeZone);
const folder = path.join(dir, newPostFolder(title, date));
const file = path.join(folder, "index.md");
if (existsSync(folder)) {
  console.error(
    `new: ${folder}/ already exists; nothing was written. Fix: edit ${file}, or choose another title`,
  );
  process.exit(1);
}
mkdirSync(folder, { recursive: true });
writeFileSync(file, newPostSource(title, date, newPostFeedId(site, date, path.basename(folder))), {
  flag: "wx",
});
console.log(`Created ${file} (a draft, dated ${date}).`);
for (const warning of warnings) console.warn(formatSettingsWarning(warning));
console.log(
  `Next: write the post, preview it with npm start, and remove "draft: true" to publish it.`,
);
