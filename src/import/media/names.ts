/**
 * The names of a post's media files: the original a WordPress resized copy was made from
 * (`photo-300x200.jpg` → `photo.jpg`), and the safe, distinct name of its copy in the post's
 * folder. Pure functions of URLs and names; nothing here reads the disk or the network.
 */
import { extensionOf } from "../../content/files/post-files.ts";

/** The longest local name's stem, in characters (the extension and a `-2` come on top). */
const maxStem = 80;

/**
 * The suffixes WordPress adds to an upload's file name for a copy of it, innermost last: a
 * thumbnail size (`-300x200`, with a retina plugin's `@2x`), an edited copy
 * (`-e1234567890123`, the editor's 13-digit timestamp), a big image scaled down or rotated on
 * upload (`-scaled`, `-rotated`, WordPress 5.3+). See
 * https://developer.wordpress.org/reference/functions/image_make_intermediate_size/ and
 * https://developer.wordpress.org/reference/hooks/big_image_size_threshold/.
 */
const copySuffixes = [/-\d{1,5}x\d{1,5}(?:@[23]x)?$/, /-e\d{13}$/, /-(?:scaled|rotated)$/];

/**
 * The address of the original a WordPress copy was made from: `…/photo-300x200.jpg`,
 * `…/photo-scaled.jpg`, `…/photo-e1234567890123-300x200.jpg` → `…/photo.jpg`; the query
 * (`?w=300`, Jetpack's `?resize=`) and fragment dropped.
 * @param url an absolute http(s) address
 * @returns the original's address, or undefined when the name is no copy's (or not a URL)
 */
export function originalUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const slash = parsed.pathname.lastIndexOf("/") + 1;
  const base = parsed.pathname.slice(slash);
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return undefined;
  let stem = base.slice(0, dot);
  for (const suffix of copySuffixes) stem = stem.replace(suffix, "");
  if (stem === base.slice(0, dot) || stem === "") return undefined;
  parsed.pathname = `${parsed.pathname.slice(0, slash)}${stem}${base.slice(dot)}`;
  parsed.search = "";
  parsed.hash = "";
  return parsed.href;
}

/**
 * A file name safe to write in a post's folder and to link from Markdown: percent-decoded, only
 * `a-z 0-9 . _ -` (other characters, accents and other scripts become `-`), lower case (so two
 * names never differ only in case, one file on macOS and Windows disks), no leading dot or
 * hyphen, no `..`, the stem at most 80 characters.
 * @param name a URL path's last segment (`Basra%20Port.JPG`)
 * @param fallback the stem when nothing of the name's is left (`image`)
 * @returns `basra-port.jpg`
 */
export function safeName(name: string, fallback = "file"): string {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // Not percent-encoded as a URL should be: the characters are made safe below all the same.
  }
  const clean = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "-")
      .replace(/\.{2,}/g, ".")
      .replace(/-{2,}/g, "-");
  const extension = extensionOf(decoded);
  const rawStem = extension ? decoded.slice(0, decoded.length - extension.length - 1) : decoded;
  const stem = clean(rawStem)
    .replace(/^[-._]+/, "")
    .slice(0, maxStem)
    .replace(/[-._]+$/, "");
  const safeExtension = clean(extension).replace(/[^a-z0-9]/g, "");
  return `${stem || fallback}${safeExtension ? `.${safeExtension}` : ""}`;
}

/**
 * A name not yet in `taken`: `photo.jpg`, else `photo-2.jpg`, `photo-3.jpg`…; adds it to `taken`.
 * @param name a {@link safeName}
 * @param taken the names already given in the folder, lower case
 */
export function uniqueName(name: string, taken: Set<string>): string {
  const extension = extensionOf(name);
  const stem = extension ? name.slice(0, name.length - extension.length - 1) : name;
  let candidate = name;
  for (let counter = 2; taken.has(candidate); counter += 1) {
    candidate = `${stem}-${counter}${extension ? `.${extension}` : ""}`;
  }
  taken.add(candidate);
  return candidate;
}
