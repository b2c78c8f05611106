/**
 * An old WordPress site for the import's end-to-end tests: its `wp-content/uploads` made of real
 * files (JPEGs and PNGs drawn with sharp at each size WordPress would have made, small valid PDFs),
 * a local HTTP server on 127.0.0.1 that serves them as the old site did and counts what it was
 * asked for, and the export rewritten to point at that server.
 *
 * The exports in `tests/fixtures/wordpress/move/` name the old site `http://old-site.invalid`
 * (`.invalid` never resolves: RFC 2606), and `uploads.json` beside them lists each site's files.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sharp from "sharp";
import { projectRoot } from "./build-site.ts";

/** The folder of the move fixtures. */
export const moveFixtures = path.join(projectRoot, "tests/fixtures/wordpress/move");

/** The old site's address as the fixtures write it, replaced by the test server's. */
export const fixtureOrigin = "http://old-site.invalid";

/**
 * Another host the Gutenberg fixture's pasted image comes from (a CDN or an offload plugin's
 * bucket mirroring `wp-content/uploads`): the import fetches from it only with `--allow-host`.
 */
export const fixtureMediaHost = "http://media-cdn.invalid";

/** One file of `wp-content/uploads`, as `uploads.json` lists it. */
export type UploadFile =
  | {
      /** Path under `wp-content/uploads/`: `2008/03/basra-checkpoint.jpg`. */
      file: string;
      width: number;
      height: number;
      /** The resized copies WordPress made, `[width, height]`: `basra-checkpoint-300x200.jpg`. */
      sizes: [number, number][];
      /**
       * For an upload larger than WordPress 5.3's threshold: the size of the `-scaled` copy
       * (`saray-gate-scaled.jpg`) that the attachment's URL names, the original kept beside it.
       */
      scaled?: [number, number];
    }
  | {
      file: string;
      /** A PDF: its title, shown on its one page. */
      pdf: string;
    };

/** Each fixture site's uploads (`uploads.json`), by the name of its export without `.xml`. */
export function fixtureUploads(): Record<string, UploadFile[]> {
  return JSON.parse(readFileSync(path.join(moveFixtures, "uploads.json"), "utf8")) as Record<
    string,
    UploadFile[]
  >;
}

/**
 * A valid one-page PDF 1.4 of a few hundred bytes showing `title`, with a correct
 * cross-reference table (ISO 32000-1, 7.5).
 */
export function smallPdf(title: string): Buffer {
  const text = title.replace(/[()\\]/g, "");
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** A colour of its own for each file name, so that no two images have the same bytes. */
function colourOf(name: string): { r: number; g: number; b: number } {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return { r: hash & 0xff, g: (hash >> 8) & 0xff, b: (hash >> 16) & 0xff };
}

/** `2008/03/a.jpg` at 300×200 is `2008/03/a-300x200.jpg`, as WordPress names resized copies. */
export function resizedName(file: string, width: number, height: number): string {
  const extension = path.extname(file);
  return `${file.slice(0, -extension.length)}-${width}x${height}${extension}`;
}

/** A size the export names, as the test draws it: a quarter, at least 16 pixels. */
function drawn(pixels: number): number {
  return Math.max(16, Math.round(pixels / 4));
}

/**
 * Writes a site's uploads into `folder` (`<folder>/2008/03/photo.jpg`…): each image at its size
 * with a band across it, and each of its resized copies (and its `-scaled` copy) cut from it as
 * WordPress crops them.
 * @returns the paths written, relative to `folder`
 */
export async function writeUploads(folder: string, files: UploadFile[]): Promise<string[]> {
  const written: string[] = [];
  for (const upload of files) {
    const target = path.join(folder, upload.file);
    mkdirSync(path.dirname(target), { recursive: true });
    if ("pdf" in upload) {
      writeFileSync(target, smallPdf(upload.pdf));
      written.push(upload.file);
      continue;
    }
    // Drawn at a quarter of the size the export names (the names keep WordPress's sizes): the
    // build makes fewer and smaller responsive copies, and the test stays quick.
    const width = drawn(upload.width);
    const height = drawn(upload.height);
    const band = Buffer.from(
      `<svg width="${width}" height="${height}"><rect x="0" y="${Math.round(height / 3)}" width="${width}" height="${Math.round(height / 3)}" fill="#fff" opacity="0.5"/></svg>`,
    );
    const image = sharp({
      create: {
        width,
        height,
        channels: 3,
        background: colourOf(upload.file),
      },
    }).composite([{ input: band }]);
    const png = upload.file.endsWith(".png");
    const original = await (png ? image.png() : image.jpeg({ quality: 70 })).toBuffer();
    writeFileSync(target, original);
    written.push(upload.file);
    const copies = upload.sizes.map(([width, height]) => ({
      width,
      height,
      name: resizedName(upload.file, width, height),
    }));
    if (upload.scaled) {
      const [width, height] = upload.scaled;
      const extension = path.extname(upload.file);
      copies.push({
        width,
        height,
        name: `${upload.file.slice(0, -extension.length)}-scaled${extension}`,
      });
    }
    for (const { width, height, name } of copies) {
      const resized = sharp(original).resize(drawn(width), drawn(height), { fit: "cover" });
      writeFileSync(
        path.join(folder, name),
        await (png ? resized.png() : resized.jpeg({ quality: 70 })).toBuffer(),
      );
      written.push(name);
    }
  }
  return written;
}

const contentTypes: Record<string, string> = {
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".pdf": "application/pdf",
};

/** The old site, served from 127.0.0.1. */
export interface OldSite {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  /** The path of every request the server answered, in order (`/wp-content/uploads/…`). */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `uploads` at `/wp-content/uploads/…` on 127.0.0.1, on a port the system chooses, as a
 * WordPress host would (200 with the file and its type; 404 for anything else, a `..` or a
 * path outside the folder). Every request is counted in `requests`.
 */
export async function serveOldSite(uploads: string): Promise<OldSite> {
  const requests: string[] = [];
  const prefix = "/wp-content/uploads/";
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    requests.push(url.pathname);
    const relative = decodeURIComponent(url.pathname.slice(prefix.length));
    const file = path.resolve(uploads, relative);
    if (
      !url.pathname.startsWith(prefix) ||
      !file.startsWith(`${path.resolve(uploads)}${path.sep}`)
    ) {
      response.writeHead(404, { "content-type": "text/html" }).end("<h1>Not Found</h1>");
      return;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      response.writeHead(404, { "content-type": "text/html" }).end("<h1>Not Found</h1>");
      return;
    }
    response.writeHead(200, {
      "content-type": contentTypes[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "content-length": bytes.length,
    });
    response.end(request.method === "HEAD" ? undefined : bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Writes the fixture export `<name>.xml` into `folder` with the old site's address replaced by
 * `origin` (its `<link>`, guids, permalinks and media URLs) and the media host's by `mediaOrigin`,
 * and returns the file's path.
 */
export function writeExport(
  name: string,
  origins: { origin: string; mediaOrigin: string },
  folder: string,
): string {
  const text = readFileSync(path.join(moveFixtures, `${name}.xml`), "utf8");
  const file = path.join(folder, `${name}.xml`);
  writeFileSync(
    file,
    text
      .replaceAll(fixtureOrigin, origins.origin)
      .replaceAll(fixtureMediaHost, origins.mediaOrigin),
  );
  return file;
}
