/**
 * Footnotes of a WordPress post become Markdown footnotes (`[^1]`): WordPress 6.3's own, the
 * common plugins' and hand-written ones.
 */
/** A footnote's text, as HTML. */
export interface Footnote {
  html: string;
}

/** The placeholder of the `n`-th footnote's citation (letters and digits: nothing changes it). */
const footnotePlaceholder = (n: number) => `WPFOOTNOTE${n}X`;

/**
 * Replaces footnote citations by placeholders and collects the notes:
 * - WordPress 6.3's own (`<sup data-fn="ID">…</sup>`, the notes in the `footnotes` post meta,
 *   JSON `[{"id": "ID", "content": "HTML"}]`);
 * - the common plugins' shortcodes (`[efn_note]`, `[footnote]`, `[ref]`, `[mfn]`) and WP-Footnotes'
 *   `((note))`;
 * - hand-written ones: a link `href="#fn1"` to a list item `<li id="fn1">` (the item, its link
 *   back and a list left empty are removed).
 */
export function extractFootnotes(
  html: string,
  metaFootnotes: string | undefined,
): { html: string; notes: Footnote[] } {
  const notes: Footnote[] = [];
  const add = (note: string) => {
    notes.push({ html: note.trim() });
    return footnotePlaceholder(notes.length);
  };
  let result = html;
  let fromMeta: { id?: unknown; content?: unknown }[] = [];
  try {
    const parsed: unknown = metaFootnotes ? JSON.parse(metaFootnotes) : [];
    if (Array.isArray(parsed)) fromMeta = parsed as typeof fromMeta;
  } catch {
    fromMeta = [];
  }
  result = result.replace(
    /<sup\b[^>]*\bdata-fn=["']([^"']+)["'][^>]*>[^]*?<\/sup>/gi,
    (sup, id: string) => {
      const note = fromMeta.find((entry) => entry.id === id);
      return typeof note?.content === "string" ? add(note.content) : sup;
    },
  );
  result = result.replace(
    /\\?\[(efn_note|footnote|ref|mfn)\\?\]([^]*?)\\?\[\/\1\\?\]/gi,
    (_all, _name: string, note: string) => add(note),
  );
  result = result.replace(/\(\((?!\()([^]*?)\)\)/g, (_all, note: string) => add(note));
  const items = [...result.matchAll(/<li\b[^>]*\bid=["']([^"']+)["'][^>]*>([^]*?)<\/li>/gi)];
  for (const [item, id, content] of items) {
    const escaped = (id as string).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const citation = new RegExp(
      `(?:<sup\\b[^>]*>\\s*)?<a\\b[^>]*\\bhref=["']#${escaped}["'][^>]*>[^]*?</a>(?:\\s*</sup>)?`,
      "i",
    );
    const withoutItem = result.replace(item, "");
    if (!citation.test(withoutItem)) continue;
    // The note's own link back to its citation (`<a href="#ref1">↩</a>`) goes: Markdown adds one.
    const text = (content as string).replace(
      /\s*<a\b[^>]*\bhref=["']#[^"']*["'][^>]*>[^]*?<\/a>\s*$/i,
      "",
    );
    result = withoutItem.replace(citation, () => add(text));
  }
  result = result.replace(/<ol\b[^>]*>\s*<\/ol>/gi, "");
  return { html: result, notes };
}

/**
 * Replaces the citations' placeholders in `markdown` by `[^1]`, `[^2]`… numbered in the order they
 * are cited in the text, and appends the definitions (`[^1]: text`, later lines indented four
 * spaces; `(empty note)` for one with no text). A note whose citation is gone is left out.
 * @param notes the notes of {@link extractFootnotes}
 * @param convert the Markdown of a note's HTML (called in citation order)
 */
export function numberFootnotes(
  markdown: string,
  notes: readonly Footnote[],
  convert: (html: string) => string,
): string {
  let result = markdown;
  const definitions: string[] = [];
  const cited = notes
    .map((note, index) => ({ note, at: result.indexOf(footnotePlaceholder(index + 1)), index }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  cited.forEach(({ note, index }, order) => {
    const label = String(order + 1);
    result = result.replace(footnotePlaceholder(index + 1), `[^${label}]`);
    const text = convert(note.html)
      .split("\n")
      .map((line, n) => (n === 0 || line === "" ? line : `    ${line}`))
      .join("\n");
    definitions.push(`[^${label}]: ${text || "(empty note)"}`);
  });
  return definitions.length > 0 ? `${result}\n\n${definitions.join("\n\n")}` : result;
}
