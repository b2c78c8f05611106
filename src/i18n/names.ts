/**
 * Names of languages as their readers write them, and the OpenGraph locale of a language.
 */

/**
 * The name of a language in that language (its autonym): `ar` → `العربية`, `en` → `English`,
 * `fr` → `français`, `fa` → `فارسی`, from CLDR through `Intl.DisplayNames`. A link to a
 * translation shows this name, so a reader finds their language whatever the page's
 * (W3C i18n, "Indicating the language of a link destination",
 * https://www.w3.org/International/questions/qa-link-lang). The first letter is made upper case
 * where CLDR writes it lower case but the language capitalises a name standing alone (`français`
 * → `Français`); scripts without case are unchanged.
 * @param tag a valid BCP 47 tag
 * @returns the name, or the tag itself when CLDR has none
 * @throws RangeError when `tag` is not a BCP 47 tag
 */
export function languageName(tag: string): string {
  const name = new Intl.DisplayNames([tag], { type: "language", fallback: "code" }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/**
 * The OpenGraph `og:locale` of a language, `language_TERRITORY` as https://ogp.me/#optional asks
 * (`en` → `en_US`, `ar` → `ar_EG`, `fr-CA` → `fr_CA`): the territory the tag names, else CLDR's
 * likely one (`Intl.Locale#maximize`).
 * @param tag a valid BCP 47 tag
 * @throws RangeError when `tag` is not a BCP 47 tag
 */
export function openGraphLocale(tag: string): string {
  const locale = new Intl.Locale(tag);
  const region = locale.region ?? locale.maximize().region;
  return region ? `${locale.language}_${region}` : locale.language;
}
