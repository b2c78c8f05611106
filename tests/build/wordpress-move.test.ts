/**
 * A whole WordPress site moved, end to end, as issue 15's "done when" says: three exports of
 * real shape (`tests/fixtures/wordpress/move/`: a 2008 classic-editor news blog in WXR 1.1, a
 * WordPress 2.7 blog in WXR 1.0, a Gutenberg blog of 2021–2022 in WXR 1.2) are imported by the
 * real command (`npm run import:wordpress -- export.xml`, the launcher) into a project's `posts/`
 * while each old site answers on 127.0.0.1, then the project is built and verified. Read with real
 * parsers: every image local, every gallery a grid, no raw shortcode, no lost caption, the old
 * guids as feed ids, attachment pages redirected, the PDFs local. A second import fetches and
 * writes nothing; an import from a copy of `wp-content/uploads` (`--uploads`) with the old sites
 * gone gives the same posts.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { manifestName } from "../../src/import/manifest.ts";
import { hasControlCharacter } from "../../src/text/control-characters.ts";
import {
  buildProject,
  dispatchArgs,
  makeProject,
  readPage,
  runVerify,
  type BuiltSite,
  type VerifyRun,
} from "../helpers/build-site.ts";
import {
  fixtureMediaHost,
  fixtureOrigin,
  fixtureUploads,
  serveOldSite,
  writeExport,
  writeUploads,
  type OldSite,
} from "../helpers/wordpress-site.ts";

/**
 * How the site shows a gallery: the element holding one `figure` with an `img` for each picture.
 * The gallery's markup is the gallery feature's choice; only this selector names it.
 */
const galleryGrid = "figure.gallery";

/** The three fixture exports, each an old site of its own. */
const sites = ["news-2008", "wxr-1.0-2008", "gutenberg-2021"] as const;
type SiteName = (typeof sites)[number];

/** What one imported post must show, from its export. */
interface ExpectedPost {
  site: SiteName;
  slug: string;
  /** Its URL's path on the old site, which must redirect to the post. */
  oldPath: string;
  /** Its `<guid>` with the old site's address as the fixture writes it. */
  guid: string;
  /** Every caption the post had in WordPress: `[caption]`, attachments' captions, figcaptions. */
  captions: string[];
  /** How many pictures each gallery of the post holds, in order. */
  galleries: number[];
  /** The videos it embeds (YouTube's or Vimeo's watch pages), in order. */
  videos: string[];
  /** The documents it links to, each downloaded into its folder: their names on the old site. */
  documents: string[];
  /** The featured image: its alt text and caption (the lead image). */
  featured?: { alt: string; caption: string };
  /** Its attachments' pages on the old site (paths), which must redirect to the post. */
  attachmentPages: string[];
}

const expectedPosts: ExpectedPost[] = [
  {
    site: "news-2008",
    slug: "basra-offensive-stalls",
    oldPath: "/2008/03/27/basra-offensive-stalls/",
    guid: `${fixtureOrigin}/?p=101`,
    captions: ["Soldiers at a checkpoint on the road to Hayyaniya, 26 March 2008"],
    galleries: [],
    videos: ["https://www.youtube.com/watch?v=dQw4w9WgXcQ"],
    documents: ["statement-ar.pdf"],
    attachmentPages: [
      "/2008/03/27/basra-offensive-stalls/basra-checkpoint/",
      "/2008/03/27/basra-offensive-stalls/statement-ar/",
      "/2008/03/27/basra-offensive-stalls/casualties-chart/",
    ],
  },
  {
    site: "news-2008",
    slug: "scenes-from-zubair",
    oldPath: "/2008/03/28/scenes-from-zubair/",
    guid: `${fixtureOrigin}/?p=102`,
    captions: [
      "The Zubair-1 pipeline on fire, 28 March 2008",
      "Zubair's market, closed since Tuesday",
    ],
    galleries: [3],
    videos: [
      "https://www.youtube.com/watch?v=9bZkp7q19f0",
      "https://www.youtube.com/watch?v=M7lc1UVf-VE",
    ],
    documents: [],
    attachmentPages: [
      "/2008/03/28/scenes-from-zubair/zubair-pipeline/",
      "/2008/03/28/scenes-from-zubair/zubair-road/",
      "/2008/03/28/scenes-from-zubair/zubair-market/",
    ],
  },
  {
    site: "news-2008",
    slug: "ceasefire-in-basra",
    oldPath: "/2008/04/02/ceasefire-in-basra/",
    guid: `${fixtureOrigin}/?p=103`,
    captions: [
      "A crowd in Sadr City hears the statement read, 30 March 2008",
      "Traffic on Basra's Corniche, 31 March 2008",
      "A banner in Sadr City, 31 March 2008",
    ],
    galleries: [2],
    videos: [],
    documents: [],
    featured: {
      alt: "A banner of Moqtada al-Sadr over a street",
      caption: "A banner in Sadr City, 31 March 2008",
    },
    attachmentPages: [
      "/2008/04/02/ceasefire-in-basra/ceasefire-crowd/",
      "/2008/04/02/ceasefire-in-basra/ceasefire-basra/",
      "/2008/04/02/ceasefire-in-basra/ceasefire-banner/",
    ],
  },
  {
    site: "wxr-1.0-2008",
    slug: "election-law-passed",
    oldPath: "/2008/09/24/election-law-passed/",
    guid: `${fixtureOrigin}/?p=51`,
    captions: ["Members of the Anbar provincial council after the vote"],
    galleries: [],
    videos: [],
    documents: [],
    attachmentPages: ["/2008/09/24/election-law-passed/anbar-council/"],
  },
  {
    site: "wxr-1.0-2008",
    slug: "ramadi-market",
    oldPath: "/2008/10/05/ramadi-market/",
    guid: `${fixtureOrigin}/?p=53`,
    captions: ["Stalls on the main street of the market", "Tomatoes from Haditha"],
    galleries: [2],
    videos: [],
    documents: [],
    attachmentPages: [
      "/2008/10/05/ramadi-market/ramadi-stalls/",
      "/2008/10/05/ramadi-market/ramadi-vegetables/",
    ],
  },
  {
    site: "gutenberg-2021",
    slug: "mosul-market-reopens",
    oldPath: "/2021/05/10/mosul-market-reopens/",
    guid: `${fixtureOrigin}/?p=201`,
    captions: [
      "Stalls under the repaired arches of the Saray market, 9 May 2021",
      "Spices from Erbil",
      "Bread baked in the market’s last oven",
      "The market in its first week",
      "UNDP Iraq announcing the reopening",
      "Spending on the old city, 2021",
      "The market’s rebuilt gate",
    ],
    galleries: [2],
    videos: [],
    documents: ["old-city-budget.pdf"],
    featured: {
      alt: "The rebuilt gate of the market at dawn",
      caption: "The market’s rebuilt gate",
    },
    attachmentPages: [
      "/2021/05/10/mosul-market-reopens/saray-arches/",
      "/2021/05/10/mosul-market-reopens/saray-spices/",
      "/2021/05/10/mosul-market-reopens/saray-bread/",
      "/2021/05/10/mosul-market-reopens/old-city-budget/",
      "/2021/05/10/mosul-market-reopens/saray-gate/",
    ],
  },
  {
    site: "gutenberg-2021",
    slug: "mosul-dam-water-levels",
    oldPath: "/2022/11/02/mosul-dam-water-levels/",
    guid: `${fixtureOrigin}/?p=202`,
    captions: [
      "Where the shoreline stood in 2019",
      "A village that the reservoir drowned in 1986",
      "Along the shore of the reservoir",
      "Drone footage of the reservoir, October 2022",
      "Mosul Dam from the east bank, 30 October 2022",
    ],
    galleries: [3],
    videos: ["https://www.youtube.com/watch?v=dQw4w9WgXcQ"],
    documents: [],
    featured: {
      alt: "The crest of the dam above a low reservoir",
      caption: "Mosul Dam from the east bank, 30 October 2022",
    },
    attachmentPages: [
      "/2022/11/02/mosul-dam-water-levels/dam-crest/",
      "/2022/11/02/mosul-dam-water-levels/dam-shore/",
      "/2022/11/02/mosul-dam-water-levels/dam-village/",
      "/2022/11/02/mosul-dam-water-levels/dam-boat/",
    ],
  },
];

/**
 * The options an author gives to import `name`: the Gutenberg blog's pasted image is on its CDN,
 * which the import fetches from only with `--allow-host`.
 */
function allowMedia(name: SiteName): string[] {
  return name === "gutenberg-2021" ? ["--allow-host", "localhost"] : [];
}

/** What a command printed and returned. */
interface CommandRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's commands through its launcher (`npm run import:wordpress -- …` is
 * `import-wordpress …`) in a child process without blocking this one, which serves the old sites.
 */
function runCommand(root: string, command: string, args: string[]): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, dispatchArgs(root, command, args), {
      cwd: root,
      env: process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

/** A JavaScript stack trace line (`    at f (file.js:1:2)`): never shown to an author. */
const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

/** A WordPress shortcode's bracket left as text. */
const rawShortcode = /\[\/?(caption|gallery|embed|youtube|kml_flashembed|video|audio)\b/i;

/** Text as a reader compares it: curly quotes as straight ones, white space collapsed. */
function plain(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();
}

/** Every file under `dir`, relative, with the SHA-256 of its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((entry) => statSync(path.join(dir, entry)).isFile())
    .sort();
  return new Map(
    files.map((file) => [
      file,
      createHash("sha256")
        .update(readFileSync(path.join(dir, file)))
        .digest("hex"),
    ]),
  );
}

/** The SHA-256 of each file in `folder` (relative paths), keyed by hash. */
function hashes(folder: string, files: string[]): Map<string, string> {
  return new Map(
    files.map((file) => [
      createHash("sha256")
        .update(readFileSync(path.join(folder, file)))
        .digest("hex"),
      file,
    ]),
  );
}

/** A post's front matter, parsed. */
function frontMatter(posts: string, slug: string): Record<string, unknown> {
  const text = readFileSync(path.join(posts, slug, "index.md"), "utf8");
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return (parseYaml(match?.[1] ?? "") ?? {}) as Record<string, unknown>;
}

/** The site's canonical address of a post, as the feeds link to it. */
const postUrl = (slug: string) => `https://dispatch.test/posts/${slug}/`;

/** Temporary folders of this file, removed when it ends. */
const folders: string[] = [];
/** Servers still running, stopped when the file ends. */
const servers: OldSite[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A new temporary folder, removed when the file ends. */
function scratchFolder(name: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), `dispatch-wordpress-move-${name}-`));
  folders.push(folder);
  return folder;
}

/** What the whole move left, shared by the tests. */
const move = {} as {
  /** Each old site's `wp-content/uploads` folder and the files in it. */
  uploads: Record<SiteName, { folder: string; files: string[] }>;
  /** Each old site's server, its export (pointing at it) and its address. */
  old: Record<SiteName, { server: OldSite; export: string }>;
  /**
   * The other host the Gutenberg blog's pasted image comes from (its CDN), serving the same
   * uploads at `http://localhost:<port>`: allowed with `--allow-host localhost`.
   */
  media: OldSite;
  /** `move.media`'s address as the exports name it: `http://localhost:<port>`. */
  mediaOrigin: string;
  /** The project the sites moved into (`posts/` filled by the imports). */
  root: string;
  posts: string;
  /** The first import of each export (the Gutenberg blog's with `--allow-host localhost`). */
  first: Record<SiteName, CommandRun>;
  /** Requests the old sites had answered when the first imports ended. */
  requestsAfterFirst: Record<SiteName, number>;
  /** `posts/` after the first imports. */
  postsAfterFirst: Map<string, string>;
  site: BuiltSite;
  verify: () => VerifyRun;
};

/** Each imported post's page in the built site, parsed (linkedom). */
function postPage(slug: string): Document {
  return readPage(move.site.output, `/posts/${slug}/`);
}

/** The post body of a page: the text the author wrote, without the site's own parts. */
function postBody(page: Document): Element {
  const body = page.querySelector(".post-body");
  if (!body) throw new Error("no .post-body in the page");
  return body;
}

/**
 * The path a reference on the post's page leads to on the site (`photo-1a2b-800.jpg` on
 * `/posts/x/` is `/posts/x/photo-1a2b-800.jpg`), or the full URL when it leaves the site.
 */
function resolved(slug: string, reference: string): string {
  const url = new URL(reference, postUrl(slug));
  return url.origin === "https://dispatch.test" ? decodeURI(url.pathname) : url.href;
}

describe("a WordPress site moved: three old sites' exports imported with their media, built and verified", () => {
  beforeAll(async () => {
    const all = fixtureUploads();
    move.uploads = {} as typeof move.uploads;
    move.old = {} as typeof move.old;
    const exports = scratchFolder("exports");
    for (const name of sites) {
      const folder = scratchFolder(`uploads-${name}`);
      move.uploads[name] = { folder, files: await writeUploads(folder, all[name] ?? []) };
    }
    move.media = await serveOldSite(move.uploads["gutenberg-2021"].folder);
    servers.push(move.media);
    const mediaOrigin = move.media.origin.replace("127.0.0.1", "localhost");
    move.mediaOrigin = mediaOrigin;
    for (const name of sites) {
      const server = await serveOldSite(move.uploads[name].folder);
      servers.push(server);
      const file = writeExport(name, { origin: server.origin, mediaOrigin }, exports);
      move.old[name] = { server, export: file };
    }
    const emptyPosts = scratchFolder("no-posts");
    move.root = makeProject({ posts: emptyPosts });
    folders.push(move.root);
    move.posts = path.join(move.root, "posts");
    move.first = {} as typeof move.first;
    move.requestsAfterFirst = {} as typeof move.requestsAfterFirst;
    for (const name of sites) {
      move.first[name] = await runCommand(move.root, "import-wordpress", [
        move.old[name].export,
        ...allowMedia(name),
      ]);
      move.requestsAfterFirst[name] = move.old[name].server.requests.length;
    }
    move.postsAfterFirst = snapshot(move.posts);
    move.site = buildProject(move.root);
    let verify: VerifyRun | undefined;
    move.verify = () => (verify ??= runVerify(move.root));
  }, 300_000);

  it.each(sites)("imports %s with exit code 0 and no stack trace", (name) => {
    const run = move.first[name];
    expect(run.stderr).not.toMatch(stackTrace);
    expect(run.stdout).not.toMatch(stackTrace);
    expect({ exitCode: run.exitCode, stderr: run.stderr }).toEqual({ exitCode: 0, stderr: "" });
  });

  it("writes each published post, and no draft, page or attachment", () => {
    const written = readdirSync(move.posts, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(written).toEqual(expectedPosts.map((post) => post.slug).sort());
  });

  it("builds the site (npm run build)", () => {
    expect(move.site.stderr).toBe("");
    expect(move.site.exitCode).toBe(0);
  });

  it("passes npm run verify: valid HTML, links that resolve, nothing the site's policy blocks", () => {
    const verify = move.verify();
    expect(verify.stderr).toBe("");
    expect(verify.exitCode).toBe(0);
  });

  it.each(expectedPosts)("$slug: every image is the site's own file", ({ slug }) => {
    const page = postPage(slug);
    const images = [...page.querySelectorAll("article img, article source")];
    const references = images.flatMap((image) => [
      ...(image.getAttribute("src") ? [image.getAttribute("src") as string] : []),
      ...(image.getAttribute("srcset") ?? "")
        .split(",")
        .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
        .filter((candidate) => candidate !== ""),
    ]);
    const notLocal = references.filter((reference) => {
      const target = resolved(slug, reference);
      return !target.startsWith("/") || !existsSync(path.join(move.site.output, target));
    });
    expect(notLocal).toEqual([]);
    // The post shows its pictures (body, captions, galleries): none stayed a link ("Image: …").
    const links = [...postBody(page).querySelectorAll("a")]
      .filter((link) => (link.textContent ?? "").startsWith("Image: "))
      .map((link) => link.getAttribute("href"));
    expect(links).toEqual([]);
    expect(postBody(page).querySelectorAll("img").length).toBeGreaterThan(0);
  });

  it.each(expectedPosts)(
    "$slug: links to nothing on the old site (its uploads, its posts, its attachment pages)",
    ({ site, slug }) => {
      const html = readFileSync(path.join(move.site.output, `posts/${slug}/index.html`), "utf8");
      const origin = move.old[site].server.origin.replaceAll(".", "\\.");
      const old = new RegExp(
        `${origin}[^"'\\s<>]*|[^"'\\s<>]*/wp-content/uploads/[^"'\\s<>]*`,
        "g",
      );
      expect(html.match(old) ?? []).toEqual([]);
    },
  );

  it.each(expectedPosts)(
    "$slug: each picture downloaded is the original upload, not a resized copy",
    ({ site, slug }) => {
      const uploads = move.uploads[site];
      const originals = hashes(
        uploads.folder,
        uploads.files.filter((file) => !/-\d+x\d+\.\w+$/.test(file)),
      );
      const folder = path.join(move.posts, slug);
      const media = readdirSync(folder).filter((file) => /\.(jpe?g|png|gif|webp|pdf)$/i.test(file));
      expect(media.length).toBeGreaterThan(0);
      const notOriginal = [...hashes(folder, media)]
        .filter(([hash]) => !originals.has(hash))
        .map(([, file]) => file);
      expect(notOriginal).toEqual([]);
    },
  );

  it.each(expectedPosts.filter((post) => post.galleries.length > 0))(
    "$slug: each gallery is a grid of figures, one for each picture",
    ({ slug, galleries }) => {
      const grids = [...postBody(postPage(slug)).querySelectorAll(galleryGrid)];
      expect(
        grids.map(
          (grid) =>
            [...grid.querySelectorAll("figure")].filter(
              (figure) => figure.querySelector("img") !== null,
            ).length,
        ),
      ).toEqual(galleries);
    },
  );

  it.each(expectedPosts)(
    "$slug: no shortcode left, as text or as a note that it was not converted",
    ({ slug }) => {
      const page = postPage(slug);
      expect(postBody(page).textContent).not.toMatch(rawShortcode);
      expect(page.querySelector("article")?.textContent).not.toMatch(rawShortcode);
      expect(
        [...page.querySelectorAll("[data-wordpress-shortcode]")].map(
          (note) => note.textContent ?? "",
        ),
      ).toEqual([]);
    },
  );

  it.each(expectedPosts)("$slug: shows every caption it had in WordPress", ({ slug, captions }) => {
    const text = plain(postPage(slug).querySelector("article")?.textContent ?? "");
    expect(captions.filter((caption) => !text.includes(plain(caption)))).toEqual([]);
  });

  it.each(expectedPosts)(
    "$slug: plays each video it embedded (shortcode, Flash player or embed block)",
    ({ slug, videos }) => {
      const players = [...postBody(postPage(slug)).querySelectorAll("figure.video-embed")];
      expect(
        players.map((player) => player.querySelector("figcaption a")?.getAttribute("href")),
      ).toEqual(videos);
    },
  );

  it.each(expectedPosts.filter((post) => post.featured))(
    "$slug: its featured image is the lead image, with its alt text and caption",
    ({ slug, featured }) => {
      const image = frontMatter(move.posts, slug).image as
        { src?: string; alt?: string; caption?: string } | undefined;
      expect({ alt: image?.alt, caption: image?.caption }).toEqual(featured);
      expect(existsSync(path.join(move.posts, slug, image?.src ?? "-"))).toBe(true);
      const lead = postPage(slug).querySelector("figure.lead-image");
      expect(lead?.querySelector("img")?.getAttribute("alt")).toBe(featured?.alt);
      expect(plain(lead?.querySelector("figcaption")?.textContent ?? "")).toBe(
        plain(featured?.caption ?? ""),
      );
    },
  );

  it.each(expectedPosts.filter((post) => post.documents.length > 0))(
    "$slug: each PDF it links to is downloaded and linked on the site",
    ({ site, slug, documents }) => {
      const page = postPage(slug);
      const links = [...postBody(page).querySelectorAll("a[href]")].map((link) =>
        resolved(slug, link.getAttribute("href") ?? ""),
      );
      for (const document of documents) {
        const served = readFileSync(
          path.join(
            move.uploads[site].folder,
            move.uploads[site].files.find((file) => file.endsWith(`/${document}`)) ?? "-",
          ),
        );
        const local = links.filter((link) => link.startsWith(`/posts/${slug}/`));
        const copies = local.filter((link) => {
          const file = path.join(move.site.output, link);
          return existsSync(file) && readFileSync(file).equals(served);
        });
        expect(copies.length, `a local link to ${document}`).toBeGreaterThan(0);
      }
    },
  );

  it("gives each post its WordPress guid as its Atom entry id", () => {
    const atom = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(
      readFileSync(path.join(move.site.output, "feed.xml"), "utf8"),
    ) as {
      feed: { entry: { id: string; link: { "@href": string } | { "@href": string }[] }[] };
    };
    const ids = Object.fromEntries(
      atom.feed.entry.map((entry) => {
        const links = Array.isArray(entry.link) ? entry.link : [entry.link];
        return [links[0]?.["@href"], entry.id];
      }),
    );
    expect(ids).toEqual(
      Object.fromEntries(
        expectedPosts.map((post) => [
          postUrl(post.slug),
          post.guid.replace(fixtureOrigin, move.old[post.site].server.origin),
        ]),
      ),
    );
  });

  it("gives each post its WordPress guid as its JSON Feed item id", () => {
    const feed = JSON.parse(readFileSync(path.join(move.site.output, "feed.json"), "utf8")) as {
      items: { id: string; url: string }[];
    };
    expect(Object.fromEntries(feed.items.map((item) => [item.url, item.id]))).toEqual(
      Object.fromEntries(
        expectedPosts.map((post) => [
          postUrl(post.slug),
          post.guid.replace(fixtureOrigin, move.old[post.site].server.origin),
        ]),
      ),
    );
  });

  it("redirects each post's old URL and its attachments' pages to the post", () => {
    const redirects = readFileSync(path.join(move.site.output, "_redirects"), "utf8");
    const expected = expectedPosts.flatMap((post) => [
      `${post.oldPath} /posts/${post.slug}/ 301`,
      ...post.attachmentPages.map((page) => `${page} /posts/${post.slug}/ 301`),
    ]);
    const lines = new Set(redirects.split("\n"));
    expect(expected.filter((line) => !lines.has(line))).toEqual([]);
    for (const post of expectedPosts) {
      for (const old of post.attachmentPages) {
        const page = readPage(move.site.output, old);
        expect(page.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
          postUrl(post.slug),
        );
      }
    }
  });

  it("keeps text pasted from a word processor, its control characters taken out", () => {
    // The export has U+0092 (windows-1252's ’) and a vertical tab (Word's line break).
    const text = postPage("ceasefire-in-basra").querySelector(".post-body")?.textContent ?? "";
    expect(text).toContain("The government’s answer came a day later:");
    expect(plain(text)).toContain("later: the operation would go on.");
    expect(hasControlCharacter(text)).toBe(false);
  });

  it('keeps a WordPress 2.x export\'s tags (domain="tag") with its categories', () => {
    expect(frontMatter(move.posts, "election-law-passed").tags).toEqual([
      "Politics",
      "elections",
      "Kirkuk",
    ]);
  });

  it.each(sites)(
    "a second import of %s fetches nothing and writes nothing",
    async (name) => {
      const before = snapshot(move.posts);
      const requests = move.old[name].server.requests.length;
      const mediaRequests = move.media.requests.length;
      const again = await runCommand(move.root, "import-wordpress", [
        move.old[name].export,
        ...allowMedia(name),
      ]);
      expect({ exitCode: again.exitCode, stderr: again.stderr }).toEqual({
        exitCode: 0,
        stderr: "",
      });
      const count = expectedPosts.filter((post) => post.site === name).length;
      expect(again.stdout).toContain(`0 written (0 new, 0 updated), ${count} unchanged`);
      expect(move.old[name].server.requests.slice(requests)).toEqual([]);
      expect(move.media.requests.slice(mediaRequests)).toEqual([]);
      expect(snapshot(move.posts)).toEqual(before);
    },
    120_000,
  );

  it.each(sites)(
    "--report writes the report of %s into a file, and nothing else changes",
    async (name) => {
      const before = snapshot(move.posts);
      const report = path.join(move.root, `report-${name}.md`);
      const run = await runCommand(move.root, "import-wordpress", [
        move.old[name].export,
        ...allowMedia(name),
        "--report",
        report,
      ]);
      expect({ exitCode: run.exitCode, stderr: run.stderr }).toEqual({ exitCode: 0, stderr: "" });
      const count = expectedPosts.filter((post) => post.site === name).length;
      const text = existsSync(report) ? readFileSync(report, "utf8") : "(no report file)";
      expect(text).toContain(move.old[name].export);
      expect(text).toContain(`${count} unchanged`);
      expect(snapshot(move.posts)).toEqual(before);
    },
    120_000,
  );

  it("fetched only the old sites' uploads, each file once, and the CDN's pasted image", () => {
    expect(
      move.media.requests.filter((request) =>
        request.startsWith("/wp-content/uploads/2022/11/dam-crest"),
      ),
    ).toHaveLength(1);
    for (const name of sites) {
      const requests = move.old[name].server.requests.slice(0, move.requestsAfterFirst[name]);
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((request) => !request.startsWith("/wp-content/uploads/"))).toEqual([]);
      expect(new Set(requests).size).toBe(requests.length);
    }
  });

  it("fetches nothing from another host without --allow-host, and reports the image it left there", async () => {
    const root = makeProject({ posts: scratchFolder("no-posts-no-cdn") });
    folders.push(root);
    const mediaRequests = move.media.requests.length;
    const run = await runCommand(root, "import-wordpress", [move.old["gutenberg-2021"].export]);
    expect({ exitCode: run.exitCode, stderr: run.stderr }).toEqual({ exitCode: 0, stderr: "" });
    expect(move.media.requests.slice(mediaRequests)).toEqual([]);
    const pasted = `${fixtureMediaHost}/wp-content/uploads/2022/11/dam-crest-1024x683.jpg`.replace(
      fixtureMediaHost,
      move.mediaOrigin,
    );
    expect(run.stdout).toContain(pasted);
    expect(
      readFileSync(path.join(root, "posts/mosul-dam-water-levels/index.md"), "utf8"),
    ).toContain(pasted);
    // The old site's own files still come along.
    expect(existsSync(path.join(root, "posts/mosul-dam-water-levels/dam-shore.jpg"))).toBe(true);
  });

  describe("imported again from copies of wp-content/uploads (--uploads), the old sites gone", () => {
    const offline = {} as { posts: string; runs: Record<SiteName, CommandRun> };
    beforeAll(async () => {
      // The old sites are switched off; the CDN still answers.
      for (const name of sites) {
        await move.old[name].server.close();
        servers.splice(servers.indexOf(move.old[name].server), 1);
      }
      const root = makeProject({ posts: scratchFolder("no-posts-offline") });
      folders.push(root);
      offline.posts = path.join(root, "posts");
      offline.runs = {} as typeof offline.runs;
      for (const name of sites) {
        offline.runs[name] = await runCommand(root, "import-wordpress", [
          move.old[name].export,
          ...allowMedia(name),
          "--uploads",
          move.uploads[name].folder,
        ]);
      }
    }, 300_000);

    it.each(sites)("imports %s with exit code 0", (name) => {
      const run = offline.runs[name];
      expect(run.stderr).not.toMatch(stackTrace);
      expect({ exitCode: run.exitCode, stderr: run.stderr }).toEqual({ exitCode: 0, stderr: "" });
    });

    it("writes the same posts and files as the import from the old sites", () => {
      const same = (files: Map<string, string>) =>
        new Map([...files].filter(([file]) => !file.endsWith(manifestName)));
      expect(same(snapshot(offline.posts))).toEqual(same(move.postsAfterFirst));
    });
  });
});
