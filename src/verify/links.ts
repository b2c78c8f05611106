/**
 * Links, scripts and URLs of built pages, read with parse5 (a spec-compliant HTML parser) so each
 * problem has its line: every internal link, image, script and stylesheet must resolve to a file
 * in the output under the path prefix (exactly once); no inline `<script>` but JSON data islands;
 * no `javascript:` URL, inline event handler, `srcdoc` or `<style>` element; nothing from another
 * host that the Content-Security-Policy would block.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { allowedBySources, sourcesFor, type Policy } from "./csp.ts";
import type { SiteProblem } from "./problem.ts";
import { classifyLink, leavesSite } from "../shared/urls.ts";

type Element = DefaultTreeAdapterMap["element"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];

/** Attributes holding one URL, by element. */
const urlAttributes: Readonly<Record<string, readonly string[]>> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src"],
  input: ["src", "formaction"],
  button: ["formaction"],
  source: ["src"],
  track: ["src"],
  iframe: ["src"],
  embed: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  object: ["data"],
  form: ["action"],
};

/** Attributes holding a list of image candidates. */
const srcsetAttributes = ["srcset", "imagesrcset"];

/** Script types that are data, not code: allowed inline. */
export const dataScriptTypes = new Set(["application/json", "application/ld+json"]);

/** The CSP directive that governs what an element's URL fetches, or undefined for navigation. */
function fetchDirective(element: Element, name: string): string | undefined {
  if (name === "href" && element.tagName === "link") {
    const rel = (attribute(element, "rel") ?? "").toLowerCase().split(/\s+/);
    if (rel.includes("stylesheet")) return "style-src";
    if (rel.includes("icon")) return "img-src";
    return undefined;
  }
  switch (element.tagName) {
    case "script":
      return "script-src";
    case "img":
    case "input":
      return name === "formaction" ? undefined : "img-src";
    case "source":
    case "track":
    case "video":
    case "audio":
      return name === "poster" ? "img-src" : "media-src";
    case "iframe":
      return "frame-src";
    case "embed":
    case "object":
      return "object-src";
    default:
      return undefined;
  }
}

function* elements(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if ("tagName" in child) {
      yield child;
      yield* elements(
        child.tagName === "template" ? (child as DefaultTreeAdapterMap["template"]).content : child,
      );
    }
  }
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** Splits a `srcset` into its URLs: candidates are separated by a comma and whitespace. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

/** Options of {@link checkPage}. */
export interface LinkCheckOptions {
  /** The output folder the page belongs to. */
  outputDir: string;
  /** Path prefix the site is served under, `/` or `/basra-blog/`. */
  pathPrefix: string;
  /** The site's Content-Security-Policy, to report what browsers would block. */
  policy?: Policy;
}

/** The file a site path names in the output, or undefined when there is none. */
function fileFor(sitePath: string, outputDir: string): string | undefined {
  const candidate = path.join(outputDir, sitePath);
  const file =
    sitePath === "" ||
    sitePath.endsWith("/") ||
    (existsSync(candidate) && statSync(candidate).isDirectory())
      ? path.join(candidate, "index.html")
      : candidate;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Resolves an internal URL to the file it names in the output, or returns why it cannot.
 * @param url the attribute value, already known to be internal (no scheme, not `//host`)
 * @param pageFile the page's path relative to the output folder
 */
export function resolveInternalUrl(
  url: string,
  pageFile: string,
  options: Pick<LinkCheckOptions, "outputDir" | "pathPrefix">,
): { file: string } | { problem: string } {
  const { pathPrefix, outputDir } = options;
  const bare = url.replace(/[?#].*$/, "");
  let decoded: string;
  try {
    decoded = decodeURI(bare);
  } catch {
    return { problem: `${url} is not a valid URL (bad percent-encoding)` };
  }
  let sitePath: string;
  if (decoded.startsWith("/")) {
    const normalized = path.posix.normalize(decoded);
    if (!normalized.startsWith(pathPrefix)) {
      return { problem: `${url} escapes the path prefix ${pathPrefix}` };
    }
    sitePath = normalized.slice(pathPrefix.length);
    const doubled = pathPrefix !== "/" && sitePath.startsWith(pathPrefix.slice(1));
    if (
      doubled &&
      !fileFor(sitePath, outputDir) &&
      fileFor(sitePath.slice(pathPrefix.length - 1), outputDir)
    ) {
      return { problem: `${url} repeats the path prefix ${pathPrefix}` };
    }
  } else {
    sitePath = path.posix.join(path.posix.dirname(pageFile), decoded);
  }
  if (sitePath.startsWith("../") || sitePath === "..") {
    return { problem: `${url} points outside the site` };
  }
  const file = fileFor(sitePath, outputDir);
  return file
    ? { file: path.relative(outputDir, file) }
    : { problem: `${url} does not resolve to a file in the output` };
}

/** The URL a `<meta http-equiv="refresh" content="0; url=…">` sends readers to. */
function refreshUrl(element: Element): string | undefined {
  if (
    element.tagName !== "meta" ||
    (attribute(element, "http-equiv") ?? "").toLowerCase() !== "refresh"
  )
    return undefined;
  return /url\s*=\s*['"]?([^'"]+)/i.exec(attribute(element, "content") ?? "")?.[1];
}

/**
 * Checks one page's links, scripts and URLs.
 * @param html the page's source
 * @param file its path relative to the output folder
 */
export function checkPage(html: string, file: string, options: LinkCheckOptions): SiteProblem[] {
  const problems: SiteProblem[] = [];
  const document = parse(html, { sourceCodeLocationInfo: true });
  const all = [...elements(document)];
  const ids = new Set(
    all
      .flatMap((element) => [
        attribute(element, "id"),
        element.tagName === "a" ? attribute(element, "name") : undefined,
      ])
      .filter(Boolean),
  );
  for (const element of all) {
    const location = element.sourceCodeLocation;
    const lineOf = (name?: string) =>
      (name ? location?.attrs?.[name]?.startLine : undefined) ?? location?.startLine ?? 1;
    const report = (check: string, message: string, name?: string) =>
      problems.push({ file, line: lineOf(name), message, check });

    for (const { name } of element.attrs) {
      if (/^on/i.test(name))
        report("script", `inline event handler ${name}= on <${element.tagName}>`, name);
      if (name === "srcdoc")
        report("script", `srcdoc= on <${element.tagName}> puts a whole page inline`, name);
    }
    if (element.tagName === "script" && attribute(element, "src") === undefined) {
      const type = (attribute(element, "type") ?? "").trim().toLowerCase();
      if (!dataScriptTypes.has(type))
        report(
          "script",
          `inline <script${type ? ` type="${type}"` : ""}>: only JSON data islands may be inline`,
        );
    }
    if (element.tagName === "style")
      report(
        "csp",
        "<style> element: the Content-Security-Policy (style-src 'self') blocks inline styles",
      );

    const urls: { name: string; value: string }[] = [];
    for (const name of urlAttributes[element.tagName] ?? []) {
      const value = attribute(element, name);
      if (value !== undefined) urls.push({ name, value });
    }
    for (const name of srcsetAttributes) {
      const value = attribute(element, name);
      if (value) for (const url of srcsetUrls(value)) urls.push({ name, value: url });
    }
    const refresh = refreshUrl(element);
    if (refresh) urls.push({ name: "content", value: refresh });

    for (const { name, value } of urls) {
      const url = value.trim();
      // Browsers ignore ASCII whitespace and control characters inside the scheme (java\tscript:).
      const scheme = [...url].filter((c) => c.charCodeAt(0) > 0x20).join("");
      if (/^javascript:/i.test(scheme)) {
        report("script", `javascript: URL in ${name}= on <${element.tagName}>`, name);
        continue;
      }
      // `/\host/`, `/<tab>/host`: a path of this site to the eye, another site to browsers.
      const goes = classifyLink(value);
      if (goes.kind === "elsewhere" && !goes.protocolRelative) {
        report("link", `${JSON.stringify(url.slice(0, 80))} ${leavesSite(goes.host)}`, name);
        continue;
      }
      const external = /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//");
      if (external) {
        const directive = fetchDirective(element, name);
        if (
          directive &&
          options.policy &&
          !allowedBySources(
            url.startsWith("//") ? `https:${url}` : url,
            sourcesFor(options.policy, directive),
          )
        ) {
          report(
            "csp",
            `<${element.tagName} ${name}>: ${url.slice(0, 80)} is blocked by the Content-Security-Policy (${directive} ${sourcesFor(options.policy, directive).join(" ")})`,
            name,
          );
        }
        continue;
      }
      if (url === "") continue;
      if (url.startsWith("#")) {
        let id: string;
        try {
          id = decodeURIComponent(url.slice(1));
        } catch {
          report("link", `${url} is not a valid fragment (bad percent-encoding)`, name);
          continue;
        }
        // An empty fragment and #top scroll to the top of the page (HTML §7.4.6.4).
        if (id !== "" && id.toLowerCase() !== "top" && !ids.has(id))
          report("link", `${url} points to no element with id "${id}" in this page`, name);
        continue;
      }
      const resolved = resolveInternalUrl(url, file, options);
      if ("problem" in resolved)
        report("link", `<${element.tagName} ${name}>: ${resolved.problem}`, name);
    }
  }
  return problems;
}
