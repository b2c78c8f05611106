import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../../../src/import/run.ts";

const fixture = path.resolve(import.meta.dirname, "../../fixtures/wordpress/export.xml");
const scratch = mkdtempSync(path.join(tmpdir(), "dispatch-run-import-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The posts folder of a new Dispatch project `name` in the scratch folder (the import writes only to one). */
function postsIn(name: string): string {
  mkdirSync(path.join(scratch, name), { recursive: true });
  writeFileSync(path.join(scratch, name, ".eleventy.ts"), "export default () => {};\n");
  return path.join(scratch, name, "posts");
}

/** Runs the import in-process; returns its exit code and what it printed. */
async function run(args: string[], progress?: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const exitCode = await runImport(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    progress: progress && ((text) => progress.push(text)),
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
        `${said}\nUsage: npm run import:wordpress -- export.xml [--out posts] [--uploads <folder or URL>] [--allow-host <host>]… [--report report.md] [--dry-run] [--drafts] [--force]`,
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
    const out = postsIn("dry");
    const result = await run([fixture, "--out", out, "--dry-run"]);
    expect(result.exitCode).toBe(0);
    expect(result.out[0]).toBe(
      `${path.join(out, "continuing-battle-for-the-south-basra/index.md")}: would write`,
    );
    expect(result.out.at(-1)).toBe(
      `Dry run, nothing was written. 6 posts from ${fixture} into ${out}/: 6 to write (6 new, 0 updated), 0 unchanged, 0 kept (changed since the last import). Skipped 3 items: 1 draft, 1 page, 1 attachment. 1 shortcode not converted. Media: 0 to fetch, 0 already present, 2 missing.`,
    );
    expect((await run([fixture, "--out", out, "--dry-run"])).out).toEqual(result.out);
  });

  it.each(["posts/imported", "../elsewhere", "out"])(
    "refuses --out %s before anything is written, exit 1, with the fix",
    async (out) => {
      const given = path.join(scratch, out);
      expect(await run([fixture, "--out", given])).toEqual({
        exitCode: 1,
        out: [],
        err: [
          `import:wordpress: --out ${given} is not a folder the build reads posts from: the build publishes only posts/<folder>/index.md in the project's root, so posts written there would never be published. Fix: import straight into the posts folder, --out posts (the default), or into another project's, --out ../other-site/posts`,
        ],
      });
      expect(existsSync(given)).toBe(false);
    },
  );

  it("refuses --report inside the posts folder before anything is written", async () => {
    const out = postsIn("report-inside");
    const report = path.join(out, "report.md");
    expect(await run([fixture, "--out", out, "--report", report])).toEqual({
      exitCode: 1,
      out: [],
      err: [
        `import:wordpress: --report ${report} is inside the posts folder ${out}, which the build reads. Fix: give a path outside the site's folders, such as --report report.md`,
      ],
    });
    expect(existsSync(report)).toBe(false);
  });
});

/** A small export of one blog at `site`, whose posts use images and files served there. */
function mediaExport(site: string, otherHost = "https://farm1.staticflickr.com"): string {
  const up = `${site}/wp-content/uploads`;
  const item = (id: number, slug: string, content: string) => `
  <item>
    <title><![CDATA[${slug}]]></title>
    <link>${site}/2008/03/2${id}/${slug}/</link>
    <dc:creator><![CDATA[desk]]></dc:creator>
    <content:encoded><![CDATA[${content}]]></content:encoded>
    <wp:post_id>${id}</wp:post_id>
    <wp:post_date><![CDATA[2008-03-2${id} 09:00:00]]></wp:post_date>
    <wp:post_date_gmt><![CDATA[2008-03-2${id} 09:00:00]]></wp:post_date_gmt>
    <wp:post_name><![CDATA[${slug}]]></wp:post_name>
    <wp:status><![CDATA[publish]]></wp:status>
    <wp:post_type><![CDATA[post]]></wp:post_type>
  </item>`;
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Basra desk</title>
  <link>${site}</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:author><wp:author_login><![CDATA[desk]]></wp:author_login><wp:author_display_name><![CDATA[The Desk]]></wp:author_display_name></wp:author>
${item(
  1,
  "port",
  `The port at dawn.

<a href="${up}/2008/03/port.jpg"><img src="${up}/2008/03/port-300x200.jpg" alt="Cranes at Umm Qasr" width="300" height="200" /></a>

[caption id="attachment_7" align="alignnone" width="300"]<img src="${up}/2008/04/map-300x300.png" alt="The front line" /> The front on 28 March[/caption]

The older map: <img src="${up}/2008/03/map.png" alt="Old front" />

Read <a href="${up}/2008/03/Ceasefire%20Terms.pdf">the terms</a>.

<img src="${up}/2008/03/gone.jpg" alt="Lost" />

<img src="${otherHost}/1/tank.jpg" alt="A tank" />`,
)}
</channel>
</rss>
`;
}

describe("importing a blog whose media are on its own site", () => {
  let server: Server;
  let site = "";
  const bytes: Record<string, Buffer> = {};
  const asked: string[] = [];
  beforeAll(async () => {
    const image = (background: string) =>
      sharp({ create: { width: 6, height: 4, channels: 3, background } });
    bytes.port = await image("#135").jpeg().toBuffer();
    bytes.map = await image("#531").png().toBuffer();
    bytes.oldMap = await image("#999").png().toBuffer();
    bytes.pdf = Buffer.from("%PDF-1.4\n% terms\n");
    const files: Record<string, Buffer | undefined> = {
      "/wp-content/uploads/2008/03/port.jpg": bytes.port,
      "/wp-content/uploads/2008/04/map.png": bytes.map,
      "/wp-content/uploads/2008/03/map.png": bytes.oldMap,
      "/wp-content/uploads/2008/03/Ceasefire%20Terms.pdf": bytes.pdf,
      "/1/tank.jpg": bytes.port,
    };
    server = createServer((request, response) => {
      asked.push(request.url ?? "");
      const body = files[request.url ?? ""];
      response.writeHead(body ? 200 : 404).end(body ?? "Not Found");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("brings each image and file into the post's folder, shows them from there and reports the rest", async () => {
    const exportFile = path.join(scratch, "media.xml");
    writeFileSync(exportFile, mediaExport(site));
    const out = postsIn("media");
    const dry = await run([exportFile, "--out", out, "--dry-run"]);
    expect(dry.out.filter((line) => line.includes("would fetch"))).toEqual([
      `${out}/port/index.md:11: would fetch ${site}/wp-content/uploads/2008/03/port-300x200.jpg as port.jpg`,
      `${out}/port/index.md:14: would fetch ${site}/wp-content/uploads/2008/04/map-300x300.png as map.png`,
      `${out}/port/index.md:18: would fetch ${site}/wp-content/uploads/2008/03/map.png as map-2.png`,
      `${out}/port/index.md:20: would fetch ${site}/wp-content/uploads/2008/03/Ceasefire%20Terms.pdf as ceasefire-terms.pdf`,
      `${out}/port/index.md:22: would fetch ${site}/wp-content/uploads/2008/03/gone.jpg as gone.jpg`,
    ]);
    expect(asked).toEqual([]);

    const first = await run([exportFile, "--out", out]);
    const post = path.join(out, "port/index.md");
    expect(first.out).toEqual([
      `${post}:22: ${site}/wp-content/uploads/2008/03/gone.jpg could not be downloaded (HTTP 404). Fix: find the file (in a backup of wp-content/uploads) and run the import again with --uploads <that folder>, or copy the file into ${out}/port/ and show or link it from there`,
      `${post}:24: https://farm1.staticflickr.com/1/tank.jpg could not be downloaded (host not allowed: farm1.staticflickr.com is not the old site's). Fix: run the import again with --allow-host farm1.staticflickr.com if you trust it, or copy the file into ${out}/port/ and show it from there`,
      `Imported 1 post from ${exportFile} into ${out}/: 1 written (1 new, 0 updated), 0 unchanged, 0 kept (changed since the last import). 0 shortcodes not converted. Media: 4 fetched, 0 already present, 2 missing.`,
    ]);
    expect(readFileSync(post, "utf8").split("\n").slice(8)).toEqual([
      "The port at dawn.",
      "",
      "![Cranes at Umm Qasr](port.jpg)",
      "",
      "<figure>",
      '<img src="map.png" alt="The front line">',
      "<figcaption>The front on 28 March</figcaption>",
      "</figure>",
      "",
      "The older map: ![Old front](map-2.png)",
      "",
      "Read [the terms](ceasefire-terms.pdf).",
      "",
      `[Image: Lost](${site}/wp-content/uploads/2008/03/gone.jpg)`,
      "",
      "[Image: A tank](https://farm1.staticflickr.com/1/tank.jpg)",
      "",
    ]);
    expect(
      ["port.jpg", "map.png", "map-2.png", "ceasefire-terms.pdf"].map((name) =>
        readFileSync(path.join(out, "port", name)),
      ),
    ).toEqual([bytes.port, bytes.map, bytes.oldMap, bytes.pdf]);
    expect(readdirSync(out).sort()).toEqual([".wordpress-import.json", "port"]);

    asked.length = 0;
    const second = await run([exportFile, "--out", out]);
    expect(second.out.at(-1)).toBe(
      `Imported 1 post from ${exportFile} into ${out}/: 0 written (0 new, 0 updated), 1 unchanged, 0 kept (changed since the last import). 0 shortcodes not converted. Media: 0 fetched, 4 already present, 2 missing.`,
    );
    expect(asked).toEqual(["/wp-content/uploads/2008/03/gone.jpg"]);
  });

  it("brings an image from another host --allow-host names, and shows progress on a terminal", async () => {
    const exportFile = path.join(scratch, "media-allowed.xml");
    const other = site.replace("127.0.0.1", "localhost");
    writeFileSync(exportFile, mediaExport(site, other));
    const out = postsIn("media-allowed");
    const progress: string[] = [];
    const result = await run([exportFile, "--out", out, "--allow-host", "localhost"], progress);
    expect([
      readFileSync(path.join(out, "port/index.md"), "utf8").split("\n").at(-2),
      result.out.at(-1)?.replace(/.*Media: /, ""),
      progress,
    ]).toEqual([
      "![A tank](tank.jpg)",
      "5 fetched, 0 already present, 1 missing.",
      [1, 2, 3, 4, 5, 6]
        .map((done) => `\rimport:wordpress: ${done}/6 media files`)
        .concat("\r\x1b[K"),
    ]);
  });

  it("brings nothing into a post the author edited since the import", async () => {
    const exportFile = path.join(scratch, "media-kept.xml");
    writeFileSync(exportFile, mediaExport(site));
    const out = postsIn("media-kept");
    await run([exportFile, "--out", out]);
    writeFileSync(path.join(out, "port/index.md"), "edited\n");
    rmSync(path.join(out, "port/port.jpg"));
    asked.length = 0;
    const again = await run([exportFile, "--out", out]);
    expect([asked, existsSync(path.join(out, "port/port.jpg")), again.out.at(-1)]).toEqual([
      [],
      false,
      `Imported 1 post from ${exportFile} into ${out}/: 0 written (0 new, 0 updated), 0 unchanged, 1 kept (changed since the last import). 0 shortcodes not converted. Media: 0 fetched, 0 already present, 0 missing.`,
    ]);
  });

  it("reads the files from --uploads, a copy of wp-content/uploads, when the old site is gone", async () => {
    const exportFile = path.join(scratch, "media-offline.xml");
    writeFileSync(exportFile, mediaExport("http://old.example.org"));
    const uploads = path.join(scratch, "uploads");
    mkdirSync(path.join(uploads, "2008/03"), { recursive: true });
    writeFileSync(path.join(uploads, "2008/03/port.jpg"), bytes.port as Buffer);
    const out = postsIn("media-offline");
    const result = await run([exportFile, "--out", out, "--uploads", uploads]);
    expect([
      readFileSync(path.join(out, "port/port.jpg")),
      result.out.at(-1)?.replace(/.*Media: /, ""),
    ]).toEqual([bytes.port, "1 fetched, 0 already present, 5 missing."]);
  });

  it.each([
    [
      ["--uploads", "file:///srv/uploads"],
      "import:wordpress: --uploads file:///srv/uploads is neither a folder nor an http(s) address. Fix: give the folder holding a copy of wp-content/uploads, or the http(s) address it is served at",
    ],
    [
      ["--allow-host", "a b"],
      "import:wordpress: --allow-host a b is not a host name. Fix: give a host, such as --allow-host images.example.net",
    ],
  ])("refuses %j with the fix, exit 1", async (args, said) => {
    expect(await run([fixture, "--out", postsIn("refused"), ...args])).toEqual({
      exitCode: 1,
      out: [],
      err: [said],
    });
  });
});
