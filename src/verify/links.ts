/**
 * Links, scripts and URLs of built pages, read with parse5 (a spec-compliant HTML parser) so each
 * problem has its line: every internal link, image, script and stylesheet must resolve to a file
 * in the output under the path prefix (exactly once); no inline `<script>` but JSON data islands;
 * no `javascript:` URL; no inline event handler.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import type { SiteProblem } from "./problem.ts";

type Element = DefaultTreeAdapterMap["element"];
type ParentNode = DefaultTreeAdapterMap["parentNode"];

/** Attributes holding one URL, by element. */
const urlAttributes: Readonly<Record<string, readonly string[]>> = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src"],
  source: ["src"],
  track: ["src"],
  iframe: ["src"],
  embed: ["src"],
  video: ["src", "poster"],
  audio: ["src"],
  object: ["data"],
  form: ["action"],
};

/** Script types that are data, not code: allowed inline. */
export const dataScriptTypes = new Set(["application/json", "application/ld+json"]);

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

const attribute = (element: Element, name: string) =>
  element.attrs.find((a) => a.name === name)?.value;

/** Options of {@link checkPage}. */
export interface LinkCheckOptions {
  /** The output folder the page belongs to. */
  outputDir: string;
  /** Path prefix the site is served under, `/` or `/basra-blog/`. */
  pathPrefix: string;
}

/**
 * Resolves an internal URL to the file it names in the output, or returns why it cannot.
 * @param url the attribute value, already known to be internal (no scheme, not `//host`)
 * @param pageFile the page's path relative to the output folder
 */
export function resolveInternalUrl(
  url: string,
  pageFile: string,
  options: LinkCheckOptions,
): { file: string } | { problem: string } {
  const { pathPrefix, outputDir } = options;
  const bare = url.replace(/[?#].*$/, "");
  let sitePath: string;
  if (bare.startsWith("/")) {
    if (pathPrefix !== "/" && bare.startsWith(pathPrefix + pathPrefix.slice(1))) {
      return { problem: `${url} repeats the path prefix ${pathPrefix}` };
    }
    if (!bare.startsWith(pathPrefix)) {
      return { problem: `${url} escapes the path prefix ${pathPrefix}` };
    }
    sitePath = bare.slice(pathPrefix.length);
  } else {
    sitePath = path.posix.join(path.posix.dirname(pageFile), bare);
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return { problem: `${url} is not a valid URL (bad percent-encoding)` };
  }
  const candidate = path.join(outputDir, decoded);
  if (!path.resolve(candidate).startsWith(path.resolve(outputDir))) {
    return { problem: `${url} points outside the site` };
  }
  const file =
    decoded === "" ||
    decoded.endsWith("/") ||
    (existsSync(candidate) && statSync(candidate).isDirectory())
      ? path.join(candidate, "index.html")
      : candidate;
  return existsSync(file)
    ? { file: path.relative(outputDir, file) }
    : { problem: `${url} does not resolve to a file in the output` };
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
  const ids = new Set(all.map((element) => attribute(element, "id")).filter(Boolean));
  for (const element of all) {
    const location = element.sourceCodeLocation;
    const lineOf = (name?: string) =>
      (name ? location?.attrs?.[name]?.startLine : undefined) ?? location?.startLine ?? 1;
    const report = (check: string, message: string, name?: string) =>
      problems.push({ file, line: lineOf(name), message, check });

    for (const { name } of element.attrs) {
      if (/^on/i.test(name))
        report("script", `inline event handler ${name}= on <${element.tagName}>`, name);
    }
    if (element.tagName === "script" && attribute(element, "src") === undefined) {
      const type = (attribute(element, "type") ?? "").trim().toLowerCase();
      if (!dataScriptTypes.has(type))
        report(
          "script",
          `inline <script${type ? ` type="${type}"` : ""}>: only JSON data islands may be inline`,
        );
    }
    const urls = [...(urlAttributes[element.tagName] ?? [])]
      .map((name) => ({ name, value: attribute(element, name) }))
      .filter((entry): entry is { name: string; value: string } => entry.value !== undefined);
    for (const srcset of ["srcset"]) {
      const value = attribute(element, srcset);
      if (value) {
        for (const candidate of value.split(",")) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) urls.push({ name: srcset, value: url });
        }
      }
    }
    for (const { name, value } of urls) {
      const url = value.trim();
      // Browsers ignore ASCII whitespace and control characters inside the scheme (java\tscript:).
      const scheme = [...url].filter((c) => c.charCodeAt(0) > 0x20).join("");
      if (/^javascript:/i.test(scheme)) {
        report("script", `javascript: URL in ${name}= on <${element.tagName}>`, name);
        continue;
      }
      if (url === "" || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) continue;
      if (url.startsWith("#")) {
        const id = decodeURIComponent(url.slice(1));
        if (id !== "" && !ids.has(id))
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
