/**
 * Slugs: the URL segment of a tag, series, author or heading, readable in any script.
 *
 * Letters, digits and combining marks of every script are kept (`العراق` stays `العراق`,
 * `Café` becomes `café`); UTF-8 on disk, percent-encoded in an `href`. Everything else becomes a
 * hyphen. A text with no letter or digit (`"🔥"`, `"!!!"`) still gets a slug that is never empty.
 */

/** Longest slug, in characters (not bytes); a longer one is cut at a hyphen. */
export const maxSlugLength = 80;

/**
 * The key under which two spellings of a name are one: Unicode NFKC, case-folded, runs of
 * white space as one space, trimmed. `"  Mahdi  Army"`, `"mahdi army"` and `"MAHDI ARMY"` have
 * the key `"mahdi army"`.
 */
export function foldKey(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

/** True for Arabic tatweel (U+0640), harakat (U+064B to U+065F) and superscript alef (U+0670). */
function isArabicPresentation(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code === 0x0640 || code === 0x0670 || (code >= 0x064b && code <= 0x065f);
}

/** FNV-1a, 32 bits, in base 36: a short stable name for a text without letters. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * Returns the slug of `text`: `"Mahdi Army"` → `"mahdi-army"`, `"Sadr's forces"` →
 * `"sadrs-forces"`, `"البصرة"` → `"البصرة"` (Arabic tatweel and vowel marks dropped).
 *
 * @param fallback prefix for a text with no letter or digit, followed by a hash of the text:
 *   `slugify("🔥", "tag")` → `"tag-1c5ah2e"`. @default "item"
 * @returns a non-empty string of letters, digits, marks and single inner hyphens
 */
export function slugify(text: string, fallback = "item"): string {
  // Arabic tatweel and harakat: presentation, not spelling.
  const slug = [...foldKey(text)]
    .filter((character) => !isArabicPresentation(character))
    .join("")
    // Apostrophes join a word: Sadr's → sadrs.
    .replace(/['’‘`]/gu, "")
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  if (slug === "") return `${fallback}-${shortHash(foldKey(text))}`;
  const characters = [...slug];
  if (characters.length <= maxSlugLength) return slug;
  const cut = characters.slice(0, maxSlugLength).join("");
  const lastHyphen = cut.lastIndexOf("-");
  return lastHyphen > maxSlugLength / 2 ? cut.slice(0, lastHyphen) : cut;
}
