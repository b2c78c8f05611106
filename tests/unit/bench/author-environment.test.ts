import { describe, expect, it } from "vitest";
import { authorEnvironment } from "../../../bench/author-environment.ts";

describe("authorEnvironment", () => {
  it("leaves out what npm run bench added and adds the extras", () => {
    expect(
      authorEnvironment(
        {
          PATH: "/usr/bin",
          HOME: "/root",
          npm_lifecycle_event: "bench",
          npm_config_pathprefix: "/x/",
          NPM_CONFIG_LOGLEVEL: "silent",
          INIT_CWD: "/work",
          UNSET: undefined,
        },
        { DISPATCH_TIMING: "1", HOME: "/home/author" },
      ),
    ).toEqual({ PATH: "/usr/bin", HOME: "/home/author", DISPATCH_TIMING: "1" });
  });
});
