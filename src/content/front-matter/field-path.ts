/**
 * How messages name a front-matter field's place: one numbering for list items, the reader's.
 */

/**
 * A field's place as messages name it, counting list items from 1 as readers and the fixes do
 * ("citation 2"): `["citations", 1, "publisher"]` → `citations.2.publisher`, `["tags", 0]` →
 * `tags.1`, `["title"]` → `title`.
 */
export function readerPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === "number" ? String(key + 1) : String(key))).join(".");
}
