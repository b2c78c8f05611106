/**
 * Where the files of the old site that a post uses (its images, its gallery, its featured image,
 * the PDFs it links to) are found once imported: a copy in the post's folder, or nowhere, in which
 * case the post keeps linking to the old address and the report lists it. The conversion asks a
 * {@link MediaResolver} for each file it meets; the media stage (`./`) decides what is local.
 */

/** `image` for a picture the post shows (body, caption, gallery, featured image); `file` for a linked document (PDF, Word, audio…). */
export type MediaKind = "image" | "file";

/** The local copies of one post's files. */
export interface MediaResolver {
  /**
   * The local copy of a file a post uses.
   * @param url the file's absolute address as the post has it, relative addresses already made
   *   absolute on the old site: `http://old.example.org/wp-content/uploads/2008/03/pipe-300x200.jpg`
   * @param kind what the post does with it
   * @returns the copy's name in the post's folder (`pipe.jpg`), or undefined when the post keeps
   *   linking to the address (not downloaded, from a host not allowed, or the download failed)
   */
  local(url: string, kind: MediaKind): string | undefined;
}

/** The resolver of an import that brings no files: every image stays a link to the old site. */
export const noLocalMedia: MediaResolver = { local: () => undefined };
