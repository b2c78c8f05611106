/**
 * `npm run verify [-- --pathprefix=/basra-blog/] [--output=_site]`: checks the built site and
 * exits 1 with a list of every problem (file, line, what). By default it checks the site the
 * last `npm run build` wrote, under the path prefix it was built with.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { normalizePathPrefix } from "../site.ts";
import { formatSiteProblem, verifySite } from "../verify/index.ts";
import { readLastBuild } from "./last-build.ts";

const last = readLastBuild();
const { values } = parseArgs({
  options: {
    pathprefix: { type: "string", default: last?.pathPrefix ?? "/" },
    output: { type: "string", default: last?.output ?? "_site" },
  },
});
const output = values.output;
const pathPrefix = normalizePathPrefix(values.pathprefix);

if (!existsSync(output)) {
  console.error(`verify: there is no ${output}/ to check; run npm run build first.`);
  process.exit(1);
}

const problems = await verifySite(output, pathPrefix, (_file, index, total) => {
  if (process.stderr.isTTY) process.stderr.write(`\rverify: ${index + 1}/${total} files`);
});
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
