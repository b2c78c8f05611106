import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runImport } from "../../../src/import/run.ts";

const fixture = path.resolve(import.meta.dirname, "../../fixtures/wordpress/export.xml");
const scratch = mkdtempSync(path.join(tmpdir(), "dispatch-run-import-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the import in-process; returns its exit code and what it printed. */
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const exitCode = await runImport(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { exitCode, out, err };
}

describe("running the import", () => {
  it.each([
    [[], "import:wordpress: give one WordPress export file"],
    [["a.xml", "b.xml"], "import:wordpress: give one WordPress export file"],
  ])("refuses the arguments %j with the usage, exit 2", async (args, said) => {
    expect(await run(args)).toEqual({
      exitCode: 2,
      out: [],
      err: [
        `${said}\nUsage: npm run import:wordpress -- export.xml [--out posts] [--uploads <folder or URL>] [--allow-host <host>]… [--dry-run] [--drafts] [--force]`,
      ],
    });
  });

  it("refuses a missing export with the fix, exit 1", async () => {
    const missing = path.join(scratch, "nope.xml");
    expect(await run([missing])).toEqual({
      exitCode: 1,
      out: [],
      err: [
        `import:wordpress: ${missing} does not exist. Fix: give the path of the .xml file WordPress saved (Tools → Export)`,
      ],
    });
  });

  it("says in a dry run what it would write, and writes nothing", async () => {
    const out = path.join(scratch, "dry");
    const result = await run([fixture, "--out", out, "--dry-run"]);
    expect(result.exitCode).toBe(0);
    expect(result.out[0]).toBe(
      `${path.join(out, "continuing-battle-for-the-south-basra/index.md")}: would write`,
    );
    expect(result.out.at(-1)).toBe(
      `Dry run, nothing was written. 6 posts from ${fixture} into ${out}/: 6 to write (6 new, 0 updated), 0 unchanged, 0 kept (changed since the last import). Skipped 3 items: 1 draft, 1 page, 1 attachment. 2 shortcodes not converted, 1 image kept as a link.`,
    );
    expect((await run([fixture, "--out", out, "--dry-run"])).out).toEqual(result.out);
  });
});
