/**
 * Bringing the planned files (`./plan.ts`) into the posts' folders: from the old site over
 * HTTP(S), or from `--uploads` (a local copy of `wp-content/uploads`, or another base URL). A few
 * at a time, each request with a timeout, retried with backoff on network errors, timeouts and
 * 429/5xx answers (never on 404); redirects followed a bounded number of times and only to hosts
 * the import may download from; sizes bounded; each file's content checked against its name
 * (`./content.ts`). A file already in the post's folder is not fetched again.
 */
import { readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { contentProblem } from "./content.ts";
import {
  hostAllowed,
  isOldSiteCdn,
  isReservedHost,
  mediaSource,
  uploadsPath,
  type MediaHosts,
} from "./hosts.ts";
import type { PlannedFile } from "./plan.ts";

/** Where `--uploads` says the old site's uploads are. */
export type UploadsSource = { folder: string } | { url: string };

/** Options of {@link fetchMedia}. */
export interface DownloadOptions {
  /** The hosts the import may download from, and follow redirects to. */
  hosts: MediaHosts;
  /**
   * A copy of the old site's `wp-content/uploads`: an upload's address
   * (`…/wp-content/uploads/2008/03/a.jpg`) is read from `<folder>/2008/03/a.jpg`, or from
   * `<url>/2008/03/a.jpg`, instead of the old site.
   * @default none: from the old site
   */
  uploads?: UploadsSource;
  /**
   * Files brought at once.
   * @default 4
   */
  concurrency?: number;
  /**
   * How long one request may take, in milliseconds, body included.
   * @default 30000
   */
  timeoutMs?: number;
  /**
   * Further tries after a network error, a timeout or a 429/5xx answer.
   * @default 2
   */
  retries?: number;
  /**
   * The wait before the first retry, in milliseconds; it doubles at each further one.
   * @default 1000
   */
  backoffMs?: number;
  /**
   * The largest file brought, in bytes.
   * @default 52428800 (50 MB)
   */
  maxBytes?: number;
  /**
   * Redirects followed for one request.
   * @default 5
   */
  maxRedirects?: number;
  /**
   * Requests in a row a host may fail to answer (network errors, timeouts, 429, 5xx, retries
   * included) before the run sends it no more: a site switched off would otherwise cost every
   * file its timeouts.
   * @default 8
   */
  maxHostFailures?: number;
  /** Called each time a file is done: how many are done, of how many. */
  onProgress?: (done: number, total: number) => void;
}

/** Why a file could not be brought, for the report's fix. */
export type MissingCause =
  /** The old site (or the uploads copy) does not have it: 404, 410, no such file. */
  | "not-found"
  /** A network error, a timeout, a 429 or 5xx answer, after the retries. */
  | "unavailable"
  /** Brought, but refused: too large, not what its name says, a redirect elsewhere… */
  | "refused";

/** What became of one planned file. */
export type MediaOutcome =
  | { status: "fetched" | "present"; from: string }
  | { status: "missing"; cause: MissingCause; why: string };

/** The posts' folders, as the downloader sees them. */
export interface MediaStore {
  /** True when the post's folder already has a file of that name (written by an earlier import). */
  exists(file: PlannedFile): boolean;
  /** Writes the file into the post's folder; throws the file system's error. */
  save(file: PlannedFile, bytes: Uint8Array): void;
}

/** One read of one source. */
type Read =
  | { ok: true; bytes: Uint8Array; contentType: string }
  | { ok: false; cause: MissingCause; why: string; retry: boolean };

const defaults = {
  concurrency: 4,
  timeoutMs: 30_000,
  retries: 2,
  backoffMs: 1000,
  maxBytes: 50 * 1024 * 1024,
  maxRedirects: 5,
  maxHostFailures: 8,
};

type Settings = typeof defaults &
  DownloadOptions & {
    /** Requests in a row each host failed to answer, in this run. */
    failures: Map<string, number>;
  };

/** `52428800` → `50 MB`; under a megabyte, `1000 bytes`. */
function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${bytes} bytes`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** Why a file on a host reserved for examples ({@link isReservedHost}) is not downloaded. */
export function reservedWhy(host: string): string {
  return `${host} is a name reserved for examples by RFC 2606, not a real site`;
}

/** A failed read. */
function failure(cause: MissingCause, why: string, retry = false): Read {
  return { ok: false, cause, why, retry };
}

/** Reads a file of the `--uploads` folder, inside it only. */
function readUploadsFile(folder: string, relative: string, settings: Settings): Read {
  const segments = relative.split("/").map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  const unsafe = segments.some(
    (segment) => segment === "" || segment === "." || segment === ".." || /[\\/\0]/.test(segment),
  );
  const shown = path.join(folder, ...segments.map((segment) => segment.replace(/\0/g, "")));
  if (unsafe) return failure("refused", `its path would leave ${folder}`);
  let real: string;
  try {
    real = realpathSync(shown);
  } catch {
    return failure("not-found", `not in ${folder}: no ${shown}`);
  }
  const root = realpathSync(folder);
  if (!real.startsWith(`${root}${path.sep}`)) {
    return failure("refused", `${shown} is a link to a file outside ${folder}`);
  }
  const stat = statSync(real);
  if (!stat.isFile()) return failure("not-found", `${shown} is not a file`);
  if (stat.size > settings.maxBytes) {
    return failure("refused", `${shown} is larger than ${megabytes(settings.maxBytes)}`);
  }
  return { ok: true, bytes: readFileSync(real), contentType: "" };
}

/** The body of a response, or a failure once it passes `maxBytes`. */
async function readBody(response: Response, settings: Settings): Promise<Read> {
  const contentType = response.headers.get("content-type") ?? "";
  const limit = `larger than ${megabytes(settings.maxBytes)}`;
  if (Number(response.headers.get("content-length") ?? 0) > settings.maxBytes) {
    await response.body?.cancel();
    return failure("refused", limit);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
    size += part.value.byteLength;
    if (size > settings.maxBytes) {
      await reader?.cancel().catch(() => undefined);
      return failure("refused", limit);
    }
    chunks.push(part.value);
  }
  return { ok: true, bytes: Buffer.concat(chunks), contentType };
}

/** The phrase for a request that threw: a timeout, or the network error's code. */
function networkWhy(error: unknown, settings: Settings): string {
  const name = (error as Error).name;
  if (name === "TimeoutError" || name === "AbortError") {
    return `timeout: no answer within ${settings.timeoutMs / 1000} s`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? "";
  const known: Record<string, string> = {
    ENOTFOUND: "host not found",
    EAI_AGAIN: "host not found",
    ECONNREFUSED: "connection refused",
    ECONNRESET: "connection reset",
    ETIMEDOUT: "connection timed out",
    EHOSTUNREACH: "host unreachable",
    ENETUNREACH: "network unreachable",
  };
  return `network error: ${known[code] ?? cause?.message ?? (error as Error).message}`;
}

/** One try at an address, following redirects to allowed hosts only. */
async function requestOnce(url: string, settings: Settings, allowed: (host: string) => boolean) {
  let current = url;
  for (let hop = 0; ; hop += 1) {
    const parsed = new URL(current);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
      return failure("refused", `redirected to a ${parsed.protocol} address, which is not fetched`);
    }
    if (isReservedHost(parsed.hostname)) return failure("refused", reservedWhy(parsed.hostname));
    if (!allowed(parsed.hostname)) {
      return failure(
        "refused",
        `redirected to ${parsed.hostname}, a host not allowed; --allow-host ${parsed.hostname}`,
      );
    }
    const host = parsed.host.toLowerCase();
    const failed = settings.failures.get(host) ?? 0;
    if (failed >= settings.maxHostFailures) {
      return failure(
        "unavailable",
        `${host} failed ${failed} requests in a row, so no more were sent to it`,
      );
    }
    const read = await fetchOnce(current, settings);
    if ("redirect" in read) {
      settings.failures.set(host, 0);
      if (hop >= settings.maxRedirects) {
        return failure("refused", `more than ${settings.maxRedirects} redirects`);
      }
      current = read.redirect;
      continue;
    }
    settings.failures.set(host, !read.ok && read.cause === "unavailable" ? failed + 1 : 0);
    return read;
  }
}

/** One HTTP request: the file, a redirect's target, or a failure. */
async function fetchOnce(url: string, settings: Settings): Promise<Read | { redirect: string }> {
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: "manual",
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
  } catch (error) {
    return failure("unavailable", networkWhy(error, settings), true);
  }
  const location = response.headers.get("location");
  if (response.status >= 300 && response.status < 400 && location) {
    await response.body?.cancel();
    return { redirect: new URL(location, url).href };
  }
  if (response.status === 200) {
    try {
      return await readBody(response, settings);
    } catch (error) {
      return failure("unavailable", networkWhy(error, settings), true);
    }
  }
  await response.body?.cancel();
  const status = `HTTP ${response.status}`;
  if (response.status === 404 || response.status === 410) return failure("not-found", status);
  if (response.status === 429 || response.status >= 500) {
    return failure("unavailable", status, true);
  }
  return failure("refused", status);
}

/** Waits `ms` milliseconds. */
function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Reads an address with retries on what may pass (network errors, timeouts, 429, 5xx). */
async function request(url: string, settings: Settings, allowed: (host: string) => boolean) {
  for (let attempt = 0; ; attempt += 1) {
    const read = await requestOnce(url, settings, allowed);
    if (read.ok || !read.retry || attempt >= settings.retries) return read;
    await wait(Math.min(settings.backoffMs * 2 ** attempt, 30_000));
  }
}

/** Where a source address is read: the `--uploads` copy for the old site's uploads, else itself. */
function locate(source: string, settings: Settings): { folder: string; path: string } | string {
  const { uploads, hosts } = settings;
  const relative = uploadsPath(source);
  const onOldSite = mediaSource(source, hosts);
  if (!uploads || relative === undefined || !(onOldSite?.allowed && onOldSite.oldSite)) {
    return source;
  }
  if ("folder" in uploads) return { folder: uploads.folder, path: relative };
  return `${uploads.url.replace(/\/*$/, "")}/${relative}`;
}

/** Brings one file: its sources in order, the next only when one is not found or not right. */
async function bring(file: PlannedFile, store: MediaStore, settings: Settings) {
  if (store.exists(file)) return { status: "present", from: "" } satisfies MediaOutcome;
  const uploadsHost =
    settings.uploads && "url" in settings.uploads && new URL(settings.uploads.url).hostname;
  const allowed = (host: string) =>
    hostAllowed(host, settings.hosts) || isOldSiteCdn(host) || host.toLowerCase() === uploadsHost;
  let last: MediaOutcome = { status: "missing", cause: "not-found", why: "no address" };
  const down = new Set<string>();
  for (const source of file.sources) {
    const where = locate(source, settings);
    // A host that did not answer is not asked for the file's other addresses.
    if (typeof where === "string" && down.has(new URL(where).host)) continue;
    const read =
      typeof where === "string"
        ? await request(where, settings, allowed)
        : readUploadsFile(where.folder, where.path, settings);
    const from = typeof where === "string" ? where : path.join(where.folder, where.path);
    const problem = read.ok
      ? contentProblem(file.name, file.kind, read.bytes, read.contentType)
      : undefined;
    if (read.ok && !problem) {
      store.save(file, read.bytes);
      return { status: "fetched", from } satisfies MediaOutcome;
    }
    last = read.ok
      ? { status: "missing", cause: "refused", why: problem as string }
      : { status: "missing", cause: read.cause, why: read.why };
    if (last.cause === "unavailable" && typeof where === "string") down.add(new URL(where).host);
  }
  return last;
}

/**
 * Brings the planned files into the posts' folders, a few at a time.
 * @param files the files to bring ({@link PlannedFile}), each tried at its `sources` in order:
 *   the original first; the address the post gives when the original is not found (404) or is
 *   not what its name says
 * @param store the posts' folders: what is there, and how a file is written
 * @returns what became of each file, by file
 * @throws the store's error when a file cannot be written (a full disk, no permission)
 */
export async function fetchMedia(
  files: readonly PlannedFile[],
  store: MediaStore,
  options: DownloadOptions,
): Promise<Map<PlannedFile, MediaOutcome>> {
  const settings: Settings = { ...defaults, ...options, failures: new Map() };
  const outcomes = new Map<PlannedFile, MediaOutcome>();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next] as PlannedFile;
      next += 1;
      outcomes.set(file, await bring(file, store, settings));
      done += 1;
      settings.onProgress?.(done, files.length);
    }
  };
  const workers = Math.max(1, Math.min(settings.concurrency, files.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return outcomes;
}
