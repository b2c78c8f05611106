import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fetchMedia,
  type DownloadOptions,
  type MediaOutcome,
} from "../../../../src/import/media/download.ts";
import { mediaHosts } from "../../../../src/import/media/hosts.ts";
import type { PlannedFile } from "../../../../src/import/media/plan.ts";

let server: Server;
let origin = "";
let jpeg: Buffer;
/** The paths the server was asked for, in order. */
const requests: string[] = [];
let flakyCalls = 0;
let active = 0;
let mostActive = 0;
/** Answers the server holds back. */
const held: (() => void)[] = [];
const scratch = mkdtempSync(path.join(tmpdir(), "dispatch-media-download-"));

beforeAll(async () => {
  jpeg = await sharp({ create: { width: 8, height: 6, channels: 3, background: "#246" } })
    .jpeg()
    .toBuffer();
  server = createServer((request, response) => {
    const url = request.url ?? "";
    requests.push(url);
    const send = (status: number, body: string | Buffer, type = "image/jpeg") => {
      response.writeHead(status, { "content-type": type });
      response.end(body);
    };
    if (url === "/wp-content/uploads/2008/03/photo.jpg") return send(200, jpeg);
    if (url === "/wp-content/uploads/2008/03/small-300x200.jpg") return send(200, jpeg);
    if (url === "/backup/2008/03/photo.jpg") return send(200, jpeg);
    if (url === "/flaky.jpg") {
      flakyCalls += 1;
      return flakyCalls === 1 ? send(500, "busy", "text/plain") : send(200, jpeg);
    }
    if (url === "/always-500.jpg") return send(503, "down", "text/plain");
    if (url === "/slow.jpg") return undefined; // never answers
    if (url === "/html.jpg") return send(200, "<!DOCTYPE html><h1>Not found</h1>", "text/html");
    if (url === "/big.pdf") return send(200, Buffer.alloc(5000, 37), "application/pdf");
    if (url === "/moved.jpg") {
      response.writeHead(301, { location: "/wp-content/uploads/2008/03/photo.jpg" });
      return response.end();
    }
    if (url === "/away.jpg") {
      response.writeHead(302, {
        location: `http://localhost:${(server.address() as AddressInfo).port}/x.jpg`,
      });
      return response.end();
    }
    if (url === "/file.jpg") {
      response.writeHead(302, { location: "file:///etc/passwd" });
      return response.end();
    }
    if (url === "/loop.jpg") {
      response.writeHead(302, { location: "/loop.jpg" });
      return response.end();
    }
    if (url.startsWith("/many/")) {
      // Held until a second request comes (or a while has passed), so that two at once are seen.
      active += 1;
      mostActive = Math.max(mostActive, active);
      const release = () => {
        for (const answer of held.splice(0)) answer();
      };
      held.push(() => {
        active -= 1;
        send(200, jpeg);
      });
      if (held.length >= 2) release();
      else setTimeout(release, 500);
      return undefined;
    }
    return send(404, "Not Found", "text/plain");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(scratch, { recursive: true, force: true });
});

/** A planned file of post `basra` read at `paths` on the local server, in order. */
const planned = (name: string, ...paths: string[]): PlannedFile => ({
  slug: "basra",
  postId: "1",
  name,
  kind: name.endsWith(".pdf") ? "file" : "image",
  urls: [`${origin}${paths.at(-1)}`],
  sources: paths.map((p) => (p.includes("://") ? p : `${origin}${p}`)),
});

/** Brings `files` into an in-memory folder; returns each outcome and what was saved. */
async function bring(
  files: PlannedFile[],
  options: Partial<DownloadOptions> = {},
  present: string[] = [],
) {
  const saved = new Map<string, number>();
  const outcomes = await fetchMedia(
    files,
    {
      exists: (file) => present.includes(file.name),
      save: (file, bytes) => saved.set(file.name, bytes.byteLength),
    },
    {
      hosts: mediaHosts(origin),
      timeoutMs: 300,
      backoffMs: 1,
      maxBytes: 1000,
      ...options,
    },
  );
  return { outcomes: files.map((file) => outcomes.get(file) as MediaOutcome), saved };
}

describe("downloading a post's files from the old site", () => {
  it.each([
    [
      "an image",
      ["photo.jpg", "/wp-content/uploads/2008/03/photo.jpg"],
      { status: "fetched", from: "/wp-content/uploads/2008/03/photo.jpg" },
    ],
    [
      "the resized copy when the original is not found",
      [
        "small.jpg",
        "/wp-content/uploads/2008/03/small.jpg",
        "/wp-content/uploads/2008/03/small-300x200.jpg",
      ],
      { status: "fetched", from: "/wp-content/uploads/2008/03/small-300x200.jpg" },
    ],
    [
      "a 404, not retried",
      ["gone.jpg", "/gone.jpg"],
      { status: "missing", cause: "not-found", why: "HTTP 404" },
    ],
    [
      "a 500 then the file, after a retry",
      ["flaky.jpg", "/flaky.jpg"],
      { status: "fetched", from: "/flaky.jpg" },
    ],
    [
      "a 503 every time, after the retries",
      ["down.jpg", "/always-500.jpg"],
      { status: "missing", cause: "unavailable", why: "HTTP 503" },
    ],
    [
      "no answer",
      ["slow.jpg", "/slow.jpg"],
      { status: "missing", cause: "unavailable", why: "timeout: no answer within 0.3 s" },
    ],
    [
      "an HTML page served as .jpg",
      ["html.jpg", "/html.jpg"],
      {
        status: "missing",
        cause: "refused",
        why: "the server sent an HTML page (text/html), not the file",
      },
    ],
    [
      "a file larger than the limit",
      ["big.pdf", "/big.pdf"],
      { status: "missing", cause: "refused", why: "larger than 1000 bytes" },
    ],
    [
      "a redirect on the old site",
      ["moved.jpg", "/moved.jpg"],
      { status: "fetched", from: "/moved.jpg" },
    ],
    [
      "a redirect to a host not allowed",
      ["away.jpg", "/away.jpg"],
      {
        status: "missing",
        cause: "refused",
        why: "redirected to localhost, a host not allowed; --allow-host localhost",
      },
    ],
    [
      "a redirect to a file: address",
      ["file.jpg", "/file.jpg"],
      {
        status: "missing",
        cause: "refused",
        why: "redirected to a file: address, which is not fetched",
      },
    ],
    [
      "a redirect loop",
      ["loop.jpg", "/loop.jpg"],
      { status: "missing", cause: "refused", why: "more than 5 redirects" },
    ],
    [
      "a host reserved for examples, never looked up",
      ["x.jpg", "http://blog.example.org/x.jpg"],
      {
        status: "missing",
        cause: "refused",
        why: "blog.example.org is a name reserved for examples by RFC 2606, not a real site",
      },
    ],
  ] as const)("%s", async (_, [name, ...paths], outcome) => {
    const { outcomes, saved } = await bring([planned(name, ...paths)], { retries: 2 });
    const expected = "from" in outcome ? { ...outcome, from: `${origin}${outcome.from}` } : outcome;
    expect(outcomes).toEqual([expected]);
    expect(saved.get(name)).toBe(outcome.status === "fetched" ? jpeg.byteLength : undefined);
  });

  it("retries a 500 with backoff and stops after the retries", async () => {
    flakyCalls = 0;
    const before = requests.length;
    await bring([planned("down.jpg", "/always-500.jpg")], { retries: 3 });
    expect(requests.slice(before)).toEqual(Array(4).fill("/always-500.jpg"));
  });

  it("sends a host no more requests once it failed too many in a row", async () => {
    const before = requests.length;
    const files = [1, 2, 3].map((i) => planned(`down${i}.jpg`, "/always-500.jpg"));
    const { outcomes } = await bring(files, { retries: 1, concurrency: 1, maxHostFailures: 3 });
    const stopped = {
      status: "missing",
      cause: "unavailable",
      why: `${new URL(origin).host} failed 3 requests in a row, so no more were sent to it`,
    };
    // The first file's two tries and the second's first fail; then the host is left alone.
    expect([outcomes, requests.length - before]).toEqual([
      [{ status: "missing", cause: "unavailable", why: "HTTP 503" }, stopped, stopped],
      3,
    ]);
  });

  it("asks a host that did not answer for none of the file's other addresses, another host yes", async () => {
    const other = origin.replace("127.0.0.1", "localhost");
    const photo = "/wp-content/uploads/2008/03/photo.jpg";
    const before = requests.length;
    const { outcomes } = await bring(
      [planned("a.jpg", "/slow.jpg", photo), planned("b.jpg", "/slow.jpg", `${other}${photo}`)],
      { retries: 0, hosts: mediaHosts(origin, ["localhost"]) },
    );
    expect([outcomes, requests.slice(before)]).toEqual([
      [
        { status: "missing", cause: "unavailable", why: "timeout: no answer within 0.3 s" },
        { status: "fetched", from: `${other}${photo}` },
      ],
      ["/slow.jpg", "/slow.jpg", photo],
    ]);
  });

  it("does not fetch a file already in the post's folder", async () => {
    const before = requests.length;
    const { outcomes, saved } = await bring(
      [planned("photo.jpg", "/wp-content/uploads/2008/03/photo.jpg")],
      {},
      ["photo.jpg"],
    );
    expect([outcomes, saved.size, requests.length - before]).toEqual([
      [{ status: "present", from: "" }],
      0,
      0,
    ]);
  });

  it("brings no more files at once than asked", async () => {
    mostActive = 0;
    const files = Array.from({ length: 6 }, (_, i) => planned(`m${i}.jpg`, `/many/${i}.jpg`));
    const progress: string[] = [];
    const { saved } = await bring(files, {
      concurrency: 2,
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    expect([saved.size, mostActive, progress]).toEqual([
      6,
      2,
      ["1/6", "2/6", "3/6", "4/6", "5/6", "6/6"],
    ]);
  });
});

describe("--uploads: the old site's uploads from a copy", () => {
  const old = "http://old.example.org/wp-content/uploads/2008/03";
  const oldFile = (name: string): PlannedFile => ({
    slug: "basra",
    postId: "1",
    name,
    kind: "image",
    urls: [`${old}/${name}`],
    sources: [`${old}/${name}`],
  });
  const hosts = mediaHosts("http://old.example.org");

  it("reads a folder, never leaving it", async () => {
    const uploads = path.join(scratch, "uploads");
    mkdirSync(path.join(uploads, "2008/03"), { recursive: true });
    writeFileSync(path.join(uploads, "2008/03/photo.jpg"), jpeg);
    writeFileSync(path.join(scratch, "secret.jpg"), jpeg);
    symlinkSync(path.join(scratch, "secret.jpg"), path.join(uploads, "2008/03/link.jpg"));
    const { outcomes, saved } = await bring(
      [oldFile("photo.jpg"), oldFile("none.jpg"), oldFile("link.jpg")],
      { hosts, uploads: { folder: uploads } },
    );
    expect([outcomes, [...saved.keys()]]).toEqual([
      [
        { status: "fetched", from: path.join(uploads, "2008/03/photo.jpg") },
        {
          status: "missing",
          cause: "not-found",
          why: `not in ${uploads}: no ${path.join(uploads, "2008/03/none.jpg")}`,
        },
        {
          status: "missing",
          cause: "refused",
          why: `${path.join(uploads, "2008/03/link.jpg")} is a link to a file outside ${uploads}`,
        },
      ],
      ["photo.jpg"],
    ]);
  });

  it("reads another base URL", async () => {
    const { outcomes } = await bring([oldFile("photo.jpg")], {
      hosts,
      uploads: { url: `${origin}/backup/` },
    });
    expect(outcomes).toEqual([{ status: "fetched", from: `${origin}/backup/2008/03/photo.jpg` }]);
  });
});
