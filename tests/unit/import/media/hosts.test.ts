import { describe, expect, it } from "vitest";
import {
  hostAllowed,
  isReservedHost,
  mediaHosts,
  mediaSource,
  uploadsPath,
} from "../../../../src/import/media/hosts.ts";

const hosts = mediaHosts("http://blog.basra.net/blog", [
  "images.agency.com",
  "https://cdn.x.org/a",
]);

describe("the hosts an import downloads from", () => {
  it("are the old site's, with and without www., and those --allow-host names", () => {
    expect(hosts).toEqual({
      siteUrl: "http://blog.basra.net/blog",
      oldHosts: ["blog.basra.net", "www.blog.basra.net"],
      allowed: ["images.agency.com", "www.images.agency.com", "cdn.x.org", "www.cdn.x.org"],
    });
    expect(
      ["WWW.blog.basra.net", "cdn.x.org", "flickr.com"].map((h) => hostAllowed(h, hosts)),
    ).toEqual([true, true, false]);
  });

  it.each([
    [
      "https://www.blog.basra.net/wp-content/uploads/a.jpg",
      { allowed: true, url: "https://www.blog.basra.net/wp-content/uploads/a.jpg", oldSite: true },
    ],
    [
      "https://i0.wp.com/blog.basra.net/wp-content/uploads/a-300x200.jpg?resize=300%2C200&ssl=1",
      {
        allowed: true,
        url: "http://blog.basra.net/wp-content/uploads/a-300x200.jpg",
        oldSite: true,
        cdn: "https://i0.wp.com/blog.basra.net/wp-content/uploads/a.jpg",
      },
    ],
    [
      "https://i2.wp.com/elsewhere.com/wp-content/uploads/a.jpg",
      { allowed: false, host: "i2.wp.com" },
    ],
    [
      "http://images.agency.com/a.jpg",
      { allowed: true, url: "http://images.agency.com/a.jpg", oldSite: false },
    ],
    ["https://farm1.staticflickr.com/1/a.jpg", { allowed: false, host: "farm1.staticflickr.com" }],
    ["file:///etc/passwd", undefined],
    ["data:image/png;base64,AAAA", undefined],
    ["ftp://blog.basra.net/a.jpg", undefined],
    ["not a url", undefined],
  ])("%s → %j", (url, source) => {
    expect(mediaSource(url, hosts)).toEqual(source);
  });

  it("reads WordPress.com's files host as the blog's", () => {
    const wordpressCom = mediaHosts("https://basra.wordpress.com");
    expect(
      mediaSource("https://basra.files.wordpress.com/2010/05/a.jpg?w=300", wordpressCom),
    ).toEqual({
      allowed: true,
      url: "https://basra.files.wordpress.com/2010/05/a.jpg",
      oldSite: true,
    });
  });
});

describe("names reserved for examples", () => {
  it.each([
    ["example.org", true],
    ["blog.example.org", true],
    ["EXAMPLE.COM", true],
    ["old.example", true],
    ["x.invalid", true],
    ["example.org.evil.net", false],
    ["myexample.org", false],
    ["127.0.0.1", false],
    ["localhost", false],
  ])("%s: %s", (host, reserved) => {
    expect(isReservedHost(host)).toBe(reserved);
  });
});

describe("uploadsPath: the path inside wp-content/uploads", () => {
  it.each([
    ["http://old.org/wp-content/uploads/2008/03/a%20b.jpg", "2008/03/a%20b.jpg"],
    ["http://old.org/blog/wp-content/uploads/a.pdf", "a.pdf"],
    ["https://basra.files.wordpress.com/2010/05/a.jpg", "2010/05/a.jpg"],
    ["http://old.org/files/2008/03/a.jpg", "2008/03/a.jpg"],
    ["http://old.org/wp-content/blogs.dir/2/files/2008/03/a.pdf", "2008/03/a.pdf"],
    ["http://old.org/files/a.jpg", undefined],
    ["http://old.org/images/a.jpg", undefined],
    ["http://old.org/wp-content/uploads/", undefined],
  ])("%s → %s", (url, relative) => {
    expect(uploadsPath(url)).toBe(relative);
  });
});
