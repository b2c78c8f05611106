import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const file = path.resolve(import.meta.dirname, "../../.github/workflows/deploy.yml");
const text = readFileSync(file, "utf8");

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
const workflow = parse(text) as {
  on: { push: { branches: string[] }; pull_request: unknown };
  permissions: Record<string, string>;
  jobs: { build: Job; deploy: Job };
};

describe("the deploy workflow", () => {
  it("runs on pushes to main and on pull requests", () => {
    expect(workflow.on.push.branches).toEqual(["main"]);
    expect("pull_request" in workflow.on).toBe(true);
  });

  it("pins every action to a full commit SHA with a version comment", () => {
    const uses = text.split("\n").filter((line) => /^\s*(- )?uses:/.test(line));
    expect(uses.length).toBe(5);
    for (const line of uses)
      expect(line).toMatch(/uses: [\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it("installs, checks, tests, builds under the Pages prefix and verifies before uploading", () => {
    const runs = workflow.jobs.build.steps.map((step) => step.run ?? step.uses?.split("@")[0]);
    const order = [
      "npm ci",
      "npm run check",
      "npm test",
      "actions/configure-pages",
      "build",
      "npm run verify",
      "actions/upload-pages-artifact",
    ];
    const positions = order.map((name) => runs.findIndex((run) => run?.includes(name)));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(runs.find((run) => run?.includes("npm run build"))).toContain('--pathprefix="$prefix"');
  });

  it("uploads _site and deploys it with the official Pages actions, never on a pull request", () => {
    const upload = workflow.jobs.build.steps.find((step) =>
      step.uses?.startsWith("actions/upload-pages-artifact@"),
    );
    expect(upload?.with?.path).toBe("_site");
    expect(upload?.if).toBe("github.event_name != 'pull_request'");
    const deploy = workflow.jobs.deploy;
    expect(deploy.needs).toBe("build");
    expect(deploy.if).toBe(
      "github.event_name != 'pull_request' && github.ref == 'refs/heads/main'",
    );
    expect(deploy.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(deploy.steps.map((step) => step.uses?.split("@")[0])).toEqual(["actions/deploy-pages"]);
  });

  it("gives the build job read-only access", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(workflow.jobs.build.permissions).toBeUndefined();
  });
});
