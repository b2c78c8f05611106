import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { todayIn } from "../../src/content/new-post.ts";
import { site as settings } from "../../src/site.ts";
import { buildSite, dispatchArgs, projectRoot, readPage } from "../helpers/build-site.ts";

/** Runs `npm run new` (the real CLI) with `args`, for the example site URL unless `env` says. */
function runNew(args: string[], env: Record<string, string> = {}) {
  const inherited = { ...process.env };
  delete inherited.DISPATCH_SITE_URL;
  const result = spawnSync(process.execPath, dispatchArgs(projectRoot, "new", args), {
    cwd: projectRoot,
    env: { ...inherited, ...env },
    encoding: "utf8",
  });
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

const title = "Basra: what the ceasefire means";

const usage = [
  'Usage: npm run new -- "Title of the post" [--dir posts]',
  "",
  "Starts a draft post dated today (in the site's time zone) in <dir>/<date>-<slug>/index.md;",
  "the folder's name, date included, is cut at a hyphen to 80 characters and is the post's URL.",
  "  --dir <folder>  where to write the post (default: posts)",
  "  --help          prints this",
  'A title that starts with -: put -- before it, as in npm run new -- -- "-30 days in Basra"',
].join("\n");

describe("npm run new", () => {
  let posts: string;
  let folder: string;
  let first: ReturnType<typeof runNew>;
  beforeAll(() => {
    posts = mkdtempSync(path.join(tmpdir(), "dispatch-new-"));
    first = runNew([title, "--dir", posts]);
    folder = `${todayIn(settings.timeZone)}-basra-what-the-ceasefire-means`;
  });

  it("creates <date>-<slug>/index.md and prints its path and the next step", () => {
    expect(first.exitCode).toBe(0);
    expect(first.stderr).toBe("");
    expect(readdirSync(posts)).toEqual([folder]);
    const file = path.join(posts, folder, "index.md");
    expect(first.stdout).toBe(
      `Created ${file} (a draft, dated ${todayIn(settings.timeZone)}).\n` +
        'Next: write the post, preview it with npm start, and remove "draft: true" to publish it.\n',
    );
  });

  it("writes no id: while the site URL is the example's", () => {
    const text = readFileSync(path.join(posts, folder, "index.md"), "utf8");
    expect(text).not.toContain("id:");
  });

  it("writes the post's feed id, minted today, once the site has its URL", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dispatch-new-id-"));
    const run = runNew([title, "--dir", dir], { DISPATCH_SITE_URL: "https://dispatch.test" });
    expect(run.exitCode).toBe(0);
    const today = todayIn(settings.timeZone);
    const text = readFileSync(path.join(dir, folder, "index.md"), "utf8");
    expect(text.split("\n").slice(0, 6)).toEqual([
      "---",
      'title: "Basra: what the ceasefire means"',
      `date: ${today}`,
      "# Feed readers know the post by its id: keep it as it is.",
      `id: "tag:dispatch.test,${today}:${folder}"`,
      "draft: true",
    ]);
  });

  it("refuses to overwrite the folder, with exit 1 and the fix", () => {
    const file = path.join(posts, folder, "index.md");
    const before = readFileSync(file, "utf8");
    const second = runNew([title, "--dir", posts]);
    expect(second.exitCode).toBe(1);
    expect(second.stdout).toBe("");
    expect(second.stderr).toBe(
      `new: ${path.join(posts, folder)}/ already exists; nothing was written. Fix: edit ${file}, or choose another title\n`,
    );
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("asks for a title when given none (exit 2)", () => {
    const none = runNew(["--dir", posts]);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toBe(`new: give the post's title\n${usage}\n`);
  });

  it("prints its usage with --help (exit 0) and writes nothing", () => {
    const help = runNew(["--help", "--dir", posts]);
    expect(help.exitCode).toBe(0);
    expect(help.stderr).toBe("");
    expect(help.stdout).toBe(`${usage}\n`);
    expect(readdirSync(posts)).toEqual([folder]);
  });

  it("says to put -- before a title that starts with -, and takes it after --", () => {
    const dash = runNew(["-30 days in Basra", "--dir", posts]);
    expect(dash.exitCode).toBe(2);
    expect(dash.stderr).toBe(
      `new: -30 days in Basra is not an option (--dir and --help are). Fix: if it is the title, put -- before it: npm run new -- -- "-30 days in Basra"\n${usage}\n`,
    );
    const after = runNew(["--dir", posts, "--", "-30 days in Basra"]);
    expect(after.exitCode).toBe(0);
    expect(readdirSync(posts).sort()).toEqual(
      [folder, `${todayIn(settings.timeZone)}-30-days-in-basra`].sort(),
    );
    rmSync(path.join(posts, `${todayIn(settings.timeZone)}-30-days-in-basra`), { recursive: true });
  });

  it("builds as a draft: left out of a production build, shown when drafts are on", () => {
    const production = buildSite({ posts });
    expect(production.stderr).toBe("");
    expect(production.exitCode).toBe(0);
    expect(existsSync(path.join(production.output, "posts", folder))).toBe(false);

    const preview = buildSite({ posts, env: { DISPATCH_DRAFTS: "1" } });
    expect(preview.stderr).toBe("");
    expect(preview.exitCode).toBe(0);
    const page = readPage(preview.output, `/posts/${folder}/`);
    expect(page.querySelector("h1")?.textContent).toBe(title);
    expect(page.querySelector(".publication-status")?.textContent).toBe(
      "Draft: not published; only the dev server shows it.",
    );
    // The example map is commented out: no map figure on the page.
    expect(page.querySelector("figure[data-dispatch-map]")).toBeNull();
  });
});
