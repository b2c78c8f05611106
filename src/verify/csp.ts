/**
 * What the site's Content-Security-Policy allows, so that verify can report content a browser
 * would block: an image, script, stylesheet, frame or media file from a host the policy does not
 * list, an inline style. See https://www.w3.org/TR/CSP3/#match-url-to-source-expression .
 */

/** A parsed policy: source lists by directive. */
export type Policy = Readonly<Record<string, readonly string[]>>;

/** Parses a policy header value: `default-src 'self'; img-src 'self' data: https://a.org`. */
export function parsePolicy(header: string): Policy {
  const policy: Record<string, string[]> = {};
  for (const directive of header.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy[name.toLowerCase()] = sources;
  }
  return policy;
}

/** The directive that governs a fetch of this kind; falls back to `default-src`. */
export function sourcesFor(policy: Policy, directive: string): readonly string[] {
  return policy[directive] ?? policy["default-src"] ?? [];
}

/**
 * True when an absolute URL (or a `data:` URL) may be fetched under `sources`. `'self'` is not
 * tested here: same-origin URLs are checked as internal links.
 */
export function allowedBySources(url: string, sources: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return sources.some((source) => {
    if (/^[a-z][a-z0-9+.-]*:$/i.test(source)) return parsed.protocol === source.toLowerCase();
    const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+)(?::(\d+|\*))?/i.exec(source);
    if (!match || source.startsWith("'")) return false;
    const [, scheme, wildcard, host = "", port] = match;
    if (scheme && parsed.protocol !== `${scheme.toLowerCase()}:`) return false;
    const hostname = parsed.hostname.toLowerCase();
    const hostOk = wildcard
      ? hostname.endsWith(`.${host.toLowerCase()}`)
      : hostname === host.toLowerCase();
    const portOk = !port || port === "*" || parsed.port === port;
    return hostOk && portOk;
  });
}
