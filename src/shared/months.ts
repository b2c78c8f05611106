/**
 * The names of the months in English, January first: `englishMonths[2]` is `"March"`. Used where
 * Dispatch writes a date in English words itself (a Chicago reference, a fix that names a month)
 * rather than through luxon and the post's locale.
 */
export const englishMonths: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
