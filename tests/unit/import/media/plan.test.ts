import { describe, expect, it } from "vitest";
import { mediaHosts } from "../../../../src/import/media/hosts.ts";
import { createMediaPlan, mediaKey } from "../../../../src/import/media/plan.ts";

const up = "http://old.org/wp-content/uploads/2008/03";

describe("mediaKey: one key for the addresses of one file", () => {
  it("is the same for a thumbnail and its original, http and https, www. and a query", () => {
    const keys = [
      `${up}/photo.jpg`,
      `${up}/photo-300x200.jpg`,
      "https://www.old.org/wp-content/uploads/2008/03/photo.jpg?w=640",
    ].map(mediaKey);
    expect(new Set(keys)).toEqual(new Set(["old.org/wp-content/uploads/2008/03/photo.jpg"]));
  });
});

describe("the media plan", () => {
  it("answers a planned name for each file a post uses, one copy for a thumbnail and its original", () => {
    const plan = createMediaPlan(mediaHosts("http://old.org", ["agency.com"]));
    const basra = plan.resolver("basra", "12");
    expect([
      basra.local(`${up}/photo-300x200.jpg`, "image"),
      basra.local(`${up}/photo.jpg`, "file"),
      basra.local("http://old.org/wp-content/uploads/2009/01/photo.jpg", "image"),
      basra.local(`${up}/Report%202008.PDF`, "file"),
      basra.local("http://agency.com/pix/tank.png", "image"),
      basra.local("https://flickr.com/a.jpg", "image"),
      basra.local("https://flickr.com/a.pdf", "file"),
      basra.local(`${up}/page.html`, "file"),
      basra.local(`${up}/report.pdf`, "image"),
      basra.local("data:image/png;base64,AAAA", "image"),
    ]).toEqual([
      "photo.jpg",
      "photo.jpg",
      "photo-2.jpg",
      "report-2008.pdf",
      "tank.png",
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(plan.resolver("other", "13").local(`${up}/photo.jpg`, "image")).toBe("photo.jpg");
    expect(plan.files).toEqual([
      {
        slug: "basra",
        postId: "12",
        name: "photo.jpg",
        kind: "image",
        urls: [`${up}/photo-300x200.jpg`, `${up}/photo.jpg`],
        sources: [`${up}/photo.jpg`, `${up}/photo-300x200.jpg`],
      },
      {
        slug: "basra",
        postId: "12",
        name: "photo-2.jpg",
        kind: "image",
        urls: ["http://old.org/wp-content/uploads/2009/01/photo.jpg"],
        sources: ["http://old.org/wp-content/uploads/2009/01/photo.jpg"],
      },
      {
        slug: "basra",
        postId: "12",
        name: "report-2008.pdf",
        kind: "file",
        urls: [`${up}/Report%202008.PDF`],
        sources: [`${up}/Report%202008.PDF`],
      },
      {
        slug: "basra",
        postId: "12",
        name: "tank.png",
        kind: "image",
        urls: ["http://agency.com/pix/tank.png"],
        sources: ["http://agency.com/pix/tank.png"],
      },
      {
        slug: "other",
        postId: "13",
        name: "photo.jpg",
        kind: "image",
        urls: [`${up}/photo.jpg`],
        sources: [`${up}/photo.jpg`],
      },
    ]);
    expect(plan.refused).toEqual([
      { slug: "basra", postId: "12", url: "https://flickr.com/a.jpg", host: "flickr.com" },
    ]);
  });

  it("answers, after the downloads, only the names of the files now there", () => {
    const plan = createMediaPlan(mediaHosts("http://old.org"));
    const planning = plan.resolver("basra", "12");
    planning.local(`${up}/photo-300x200.jpg`, "image");
    planning.local(`${up}/gone.jpg`, "image");
    const present = plan.presentResolver((file) => file.name !== "gone.jpg")("basra");
    expect([
      present.local(`${up}/photo-300x200.jpg`, "image"),
      present.local(`${up}/photo.jpg`, "image"),
      present.local(`${up}/gone.jpg`, "image"),
      present.local(`${up}/never-planned.jpg`, "image"),
    ]).toEqual(["photo.jpg", "photo.jpg", undefined, undefined]);
  });

  it("reads a Jetpack CDN copy as the old site's file, the CDN's copy of the original last", () => {
    const plan = createMediaPlan(mediaHosts("https://old.org"));
    const name = plan
      .resolver("basra", "12")
      .local(
        "https://i1.wp.com/old.org/wp-content/uploads/2008/03/photo-768x512.jpg?ssl=1",
        "image",
      );
    expect([name, plan.files[0]?.sources]).toEqual([
      "photo.jpg",
      [
        "https://old.org/wp-content/uploads/2008/03/photo.jpg",
        "https://old.org/wp-content/uploads/2008/03/photo-768x512.jpg",
        "https://i1.wp.com/old.org/wp-content/uploads/2008/03/photo.jpg",
      ],
    ]);
  });
});
