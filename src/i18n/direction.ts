/**
 * A language's canonical tag and the direction its script is written in. Pure functions of the
 * tag; the Markdown `lang` attributes (`src/markdown/language.ts`), a post's page and the share
 * card all decide direction here.
 *
 * Sources: BCP 47 (RFC 5646, https://www.rfc-editor.org/rfc/rfc5646), CLDR's likely subtags
 * (`Intl.Locale#maximize`), ISO 15924 script codes, and W3C i18n's "Structural markup and
 * right-to-left text in HTML" (https://www.w3.org/International/questions/qa-html-dir).
 */

/**
 * ISO 15924 codes of the scripts written right to left (Unicode's Bidi_Class R and AL scripts in
 * current use): Arabic, Hebrew, Thaana (Dhivehi), Syriac, N'Ko, Adlam, Hanifi Rohingya, Mandaic,
 * Samaritan, Mende Kikakui, Yezidi, Old South Arabian, Imperial Aramaic, Avestan, Nabataean,
 * Old Turkic, Kharoshthi, Phoenician.
 */
export const rightToLeftScripts: ReadonlySet<string> = new Set([
  "Arab",
  "Hebr",
  "Thaa",
  "Syrc",
  "Nkoo",
  "Adlm",
  "Rohg",
  "Mand",
  "Samr",
  "Mend",
  "Yezi",
  "Sarb",
  "Armi",
  "Avst",
  "Nbat",
  "Orkh",
  "Khar",
  "Phnx",
]);

/**
 * Returns the canonical form of a BCP 47 language tag (`"AR-eg"` → `"ar-EG"`, `"iw"` → `"he"`),
 * or `undefined` when it is not one: `Intl.getCanonicalLocales` refuses it (`"ar_EG"`, `""`), or
 * its language is not a 2- or 3-letter code (`"arabic"`: RFC 5646 §2.2.1 allows 5 to 8 letters
 * for languages registered in the future, and none is, so such a tag is a language's name).
 */
export function canonicalLanguageTag(tag: string): string | undefined {
  if (tag.trim() === "") return undefined;
  try {
    const canonical = Intl.getCanonicalLocales(tag.trim())[0];
    return canonical && /^[a-z]{2,3}(-|$)/.test(canonical) ? canonical : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when a language is written right to left: its script (the one the tag names, else the
 * likely script from CLDR's likely subtags, `Intl.Locale#maximize`) is in
 * {@link rightToLeftScripts}. `ar`, `fa`, `he`, `ur`, `ps`, `yi`, `dv`, `ckb`, `ku-Arab` are;
 * `ar-Latn`, `en`, `ku`, `az-Latn` are not. (V8's `Intl.Locale#textInfo` is not used: in Node 20
 * it calls `dv` and `ku-Arab` left to right.)
 * @param tag a valid BCP 47 tag
 * @throws RangeError when `tag` is not one (check it with {@link canonicalLanguageTag} first)
 */
export function isRightToLeft(tag: string): boolean {
  const script = new Intl.Locale(tag).maximize().script;
  return script !== undefined && rightToLeftScripts.has(script);
}

/**
 * The value of HTML's `dir` for text in a language: `"rtl"` for a right-to-left script
 * ({@link isRightToLeft}), else `"ltr"`. W3C i18n asks for `dir` wherever `lang` changes the
 * direction (https://www.w3.org/International/questions/qa-html-dir).
 * @param tag a valid BCP 47 tag
 * @throws RangeError when `tag` is not one
 */
export function textDirection(tag: string): "ltr" | "rtl" {
  return isRightToLeft(tag) ? "rtl" : "ltr";
}
