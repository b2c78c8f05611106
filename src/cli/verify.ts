/**
 * `npm run verify [-- --pathprefix=/basra-blog/] [--output=_site]`: checks the built site and
 * exits 1 with a list of every problem (file, line, what). By default it checks the site the
 * last `npm run build` wrote, under the path prefix it was built with; it refuses a site the dev
 * server (`npm start`) wrote, which holds drafts.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import path from "node:path";
import { contentSecurityPolicy } from "../security/csp.ts";
import { normalizePathPrefix, site } from "../site.ts";
import { parsePolicy } from "../verify/csp.ts";
import { formatSiteProblem, verifySite } from "../verify/index.ts";
import { readLastBuild } from "./last-build.ts";
import { normalizeOutput } from "./output-folder.ts";

let values: { pathprefix?: string; output: string };
try {
  values = parseArgs({
    options: { pathprefix: { type: "string" }, output: { type: "string", default: "_site" } },
  }).values;
} catch (error) {
  console.error(
    `verify: ${(error as Error).message}\nUsage: npm run verify [-- --pathprefix=/sub-path/] [--output=_site]`,
  );
  process.exit(2);
}
const output = normalizeOutput(values.output);
// The prefix the output was built for, when the last build wrote this folder.
const last = readLastBuild();
const record = last && path.resolve(last.output) === path.resolve(output) ? last : undefined;
const pathPrefix = normalizePathPrefix(values.pathprefix ?? record?.pathPrefix ?? "/");
const policy = parsePolicy(contentSecurityPolicy(site, "header"));

if (!existsSync(output)) {
  console.error(`verify: there is no ${output}/ to check; run npm run build first.`);
  process.exit(1);
}
if (record?.by === "serve") {
  console.error(
    `verify: ${output}/ was built by the dev server (npm start): it holds drafts and scheduled posts, and deploying it would publish them. Fix: run npm run build, then npm run verify.`,
  );
  process.exit(1);
}
if (record?.drafts) {
  console.error(
    `verify: warning: ${output}/ was built with DISPATCH_DRAFTS=1: it holds drafts and scheduled posts; deploy it only as a private preview, or run npm run build for the public site.`,
  );
}

const problems = await verifySite(
  output,
  pathPrefix,
  (_file, index, total) => {
    if (process.stderr.isTTY) process.stderr.write(`\rverify: ${index + 1}/${total} files`);
  },
  policy,
  site.url,
);
if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");

for (const problem of problems) console.error(formatSiteProblem(problem, output));
if (problems.length > 0) {
  console.error(
    `verify: ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${output}/ (path prefix ${pathPrefix}).`,
  );
  process.exitCode = 1;
} else {
  console.log(`verify: ${output}/ is sound (path prefix ${pathPrefix}).`);
}
