import { describe, expect, it } from "vitest";
import { newPostFeedId } from "../../../src/cli/new-post-id.ts";

describe("newPostFeedId", () => {
  it.each<[{ url: string; tagAuthority?: string }, string | undefined]>([
    [{ url: "https://dispatch.test" }, "tag:dispatch.test,2008-03-27:2008-03-27-basra"],
    [
      { url: "https://News.Dispatch.test:8443" },
      "tag:news.dispatch.test,2008-03-27:2008-03-27-basra",
    ],
    [
      { url: "https://example.org", tagAuthority: "desk@dispatch.test" },
      "tag:desk@dispatch.test,2008-03-27:2008-03-27-basra",
    ],
    [{ url: "https://example.org" }, undefined],
    [{ url: "http://www.example.org" }, undefined],
    [{ url: "https://dispatch.test", tagAuthority: "desk@example.org" }, undefined],
    [{ url: "https://dispatch.test", tagAuthority: "Dispatch.test" }, undefined],
    [{ url: "https://dispatch.test", tagAuthority: "example.org" }, undefined],
    [{ url: "https://dispatch.test", tagAuthority: "localhost" }, undefined],
    [{ url: "https://dispatch.test", tagAuthority: "1.2.3.4" }, undefined],
    [{ url: "https://dispatch.test", tagAuthority: "42" }, undefined],
    [{ url: "http://localhost:8080" }, undefined],
  ])("for %j: %j", (site, id) => {
    expect(newPostFeedId(site, "2008-03-27", "2008-03-27-basra")).toBe(id);
  });

  it("percent-encodes a slug in another script", () => {
    expect(newPostFeedId({ url: "https://dispatch.test" }, "2008-03-27", "2008-03-27-البصرة")).toBe(
      "tag:dispatch.test,2008-03-27:2008-03-27-%D8%A7%D9%84%D8%A8%D8%B5%D8%B1%D8%A9",
    );
  });
});
