import { describe, expect, it } from "vitest";
import path from "node:path";
import { buildSite, readPage } from "../helpers/build-site.ts";

/** One post dated 27 March 2008: the real site's dates are read by the same code. */
const posts = path.resolve(import.meta.dirname, "../fixtures/posts/time-zones");

const postUrl = "/posts/continuing-battle-for-the-south-basra/";

describe.each(["America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati"])(
  "a build on a machine in %s",
  (zone) => {
    const site = buildSite({ posts, env: { TZ: zone } });

    it("succeeds", () => {
      expect(site.exitCode).toBe(0);
    });

    it("shows the Basra post's calendar date, 27 March 2008, on its page and the home page", () => {
      for (const url of [postUrl, "/"]) {
        const time = readPage(site.output, url).querySelector(
          url === "/" ? `.story:has(a[href="${postUrl}"]) time` : ".post-header time",
        );
        expect(time?.getAttribute("datetime"), url).toBe("2008-03-27");
        expect(time?.textContent, url).toBe("27 March 2008");
      }
    });
  },
);
