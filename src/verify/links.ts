/**
 * Links, scripts and URLs of built pages, read with parse5 (a spec-compliant HTML parser) so each
 * problem has its line: every internal link, image, script and stylesheet must resolve to a file
 * in the output under the path prefix (exactly once); no inline `<script>` but JSON data islands;
 * no `javascript:` URL, inline event handler, `srcdoc` or `<style>` element; nothing from another
 * host that the Content-Security-Policy would block.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parse } from "parse5";
import { allowedBySources, sourcesFor, type Policy } from "./csp.ts";
import {
  attribute,
  elementUrls,
  elements,
  fetchDirective,
  type ElementUrl,
  type PageElement,
} from "./page-urls.ts";
import type { SiteProblem } from "./problem.ts";
import { classifyLink, leavesSite } from "../shared/urls.ts";

/** Script types that are data, not code: allowed inline. */
export const dataScriptTypes = new Set(["application/json", "application/ld+json"]);

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

/** A finding of one check: which check (`script`, `csp`, `link`) and what is wrong. */
interface Finding {
  check: string;
  message: string;
}

/** A finding of an element, at the line of the attribute `name` when given. */
type ElementFinding = Finding & { name?: string };

/**
 * What an element itself holds that runs code or that the policy blocks: inline event handlers,
 * `srcdoc`, an inline `<script>` that is not a JSON data island, a `<style>` element.
 */
function elementFindings(element: PageElement): ElementFinding[] {
  const findings: ElementFinding[] = [];
  for (const { name } of element.attrs) {
    if (/^on/i.test(name)) {
      findings.push({
        check: "script",
        message: `inline event handler ${name}= on <${element.tagName}>`,
        name,
      });
    }
    if (name === "srcdoc") {
      findings.push({
        check: "script",
        message: `srcdoc= on <${element.tagName}> puts a whole page inline`,
        name,
      });
    }
  }
  if (element.tagName === "script" && attribute(element, "src") === undefined) {
    const type = (attribute(element, "type") ?? "").trim().toLowerCase();
    if (!dataScriptTypes.has(type)) {
      findings.push({
        check: "script",
        message: `inline <script${type ? ` type="${type}"` : ""}>: only JSON data islands may be inline`,
      });
    }
  }
  if (element.tagName === "style") {
    findings.push({
      check: "csp",
      message:
        "<style> element: the Content-Security-Policy (style-src 'self') blocks inline styles",
    });
  }
  return findings;
}

/** One URL being checked: where it is, its value as written and trimmed, and the page's facts. */
interface CheckedUrl extends ElementUrl {
  element: PageElement;
  /** `value`, trimmed. */
  url: string;
  /** The page's path relative to the output folder. */
  file: string;
  /** The ids (and `<a name>`s) of the page, for fragments. */
  ids: ReadonlySet<string>;
  options: LinkCheckOptions;
}

/** What a URL rule says: a finding, `"fine"` (no later rule asked), or `undefined` (ask the next). */
type Verdict = Finding | "fine" | undefined;

/** `javascript:`, as browsers read it: ASCII whitespace and control characters inside the scheme ignored (`java\tscript:`). */
function javascriptUrl({ url, name, element }: CheckedUrl): Verdict {
  const scheme = [...url].filter((c) => c.charCodeAt(0) > 0x20).join("");
  if (!/^javascript:/i.test(scheme)) return undefined;
  return { check: "script", message: `javascript: URL in ${name}= on <${element.tagName}>` };
}

/** `/\host/`, `/<tab>/host`: a path of this site to the eye, another site to browsers. */
function leadsElsewhere({ value, url }: CheckedUrl): Verdict {
  const goes = classifyLink(value);
  if (goes.kind !== "elsewhere" || goes.protocolRelative) return undefined;
  return { check: "link", message: `${JSON.stringify(url.slice(0, 80))} ${leavesSite(goes.host)}` };
}

/** A URL with a scheme or another host: only what the Content-Security-Policy would block is reported. */
function external({ url, name, element, options }: CheckedUrl): Verdict {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith("//")) return undefined;
  const directive = fetchDirective(element, name);
  if (!directive || !options.policy) return "fine";
  const sources = sourcesFor(options.policy, directive);
  if (allowedBySources(url.startsWith("//") ? `https:${url}` : url, sources)) return "fine";
  return {
    check: "csp",
    message: `<${element.tagName} ${name}>: ${url.slice(0, 80)} is blocked by the Content-Security-Policy (${directive} ${sources.join(" ")})`,
  };
}

/** An empty URL: the page itself. */
function empty({ url }: CheckedUrl): Verdict {
  return url === "" ? "fine" : undefined;
}

/** `#id`: an element of the page must have that id; an empty fragment and `#top` scroll to the top (HTML §7.4.6.4). */
function fragment({ url, ids }: CheckedUrl): Verdict {
  if (!url.startsWith("#")) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(url.slice(1));
  } catch {
    return { check: "link", message: `${url} is not a valid fragment (bad percent-encoding)` };
  }
  if (id === "" || id.toLowerCase() === "top" || ids.has(id)) return "fine";
  return { check: "link", message: `${url} points to no element with id "${id}" in this page` };
}

/** Any other URL names a file of the output ({@link resolveInternalUrl}). */
function internal({ url, name, element, file, options }: CheckedUrl): Verdict {
  const resolved = resolveInternalUrl(url, file, options);
  if (!("problem" in resolved)) return "fine";
  return { check: "link", message: `<${element.tagName} ${name}>: ${resolved.problem}` };
}

/** The rules of a URL, in the order they are asked. */
const urlRules: ReadonlyArray<(url: CheckedUrl) => Verdict> = [
  javascriptUrl,
  leadsElsewhere,
  external,
  empty,
  fragment,
  internal,
];

/** The finding of one URL: that of the first rule with something to say. */
function urlFinding(checked: CheckedUrl): Finding | undefined {
  for (const rule of urlRules) {
    const verdict = rule(checked);
    if (verdict === "fine") return undefined;
    if (verdict) return verdict;
  }
  return undefined;
}

/** The ids a fragment may name: every `id`, and `name` on `<a>`. */
function pageIds(all: readonly PageElement[]): Set<string> {
  return new Set(
    all
      .flatMap((element) => [
        attribute(element, "id"),
        element.tagName === "a" ? attribute(element, "name") : undefined,
      ])
      .filter((id): id is string => Boolean(id)),
  );
}

/**
 * Checks one page's links, scripts and URLs.
 * @param html the page's source
 * @param file its path relative to the output folder
 * @returns each element's own findings, then those of its URLs, in document order, each at the
 *   line of the attribute concerned (else of the element)
 */
export function checkPage(html: string, file: string, options: LinkCheckOptions): SiteProblem[] {
  const problems: SiteProblem[] = [];
  const all = [...elements(parse(html, { sourceCodeLocationInfo: true }))];
  const ids = pageIds(all);
  for (const element of all) {
    const location = element.sourceCodeLocation;
    const report = ({ check, message }: Finding, name?: string) => {
      const line =
        (name ? location?.attrs?.[name]?.startLine : undefined) ?? location?.startLine ?? 1;
      problems.push({ file, line, message, check });
    };
    for (const finding of elementFindings(element)) report(finding, finding.name);
    for (const { name, value } of elementUrls(element)) {
      const finding = urlFinding({ element, name, value, url: value.trim(), file, ids, options });
      if (finding) report(finding, name);
    }
  }
  return problems;
}
