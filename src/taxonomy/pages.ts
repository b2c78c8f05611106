/**
 * Lists of posts cut into pages: the home page (`/`, `/page/2/`, …) and each tag page
 * (`/tags/iraq/`, `/tags/iraq/page/2/`, …). Each page knows its neighbours, so a template
 * paginates over these pages one at a time and its previous/next links never cross into
 * another list.
 */

/** One page of a list of posts. */
export interface ListPage<T> {
  /** Permalink of the page: `/`, `/page/2/`, `/tags/iraq/page/3/`. */
  url: string;
  /** 1-based number of this page. */
  pageNumber: number;
  /** Number of pages in the list, at least 1. */
  pageCount: number;
  /** The page's posts, in the list's order. */
  posts: T[];
  /** URL of the page before (newer posts), when there is one. */
  previousUrl?: string;
  /** URL of the page after (older posts), when there is one. */
  nextUrl?: string;
}

/**
 * URL of page `pageNumber` of the list at `base`: page 1 is `base` itself, page n is
 * `<base>page/<n>/`. `base` starts and ends with `/`.
 */
export function pageUrl(base: string, pageNumber: number): string {
  return pageNumber <= 1 ? base : `${base}page/${pageNumber}/`;
}

/**
 * Cuts `posts` into pages of `perPage` posts, in the order given, under `base` (`/` or
 * `/tags/iraq/`). An empty list still has one (empty) page, so the list's first URL exists.
 * @throws RangeError when `perPage` is not a whole number of at least 1
 */
export function paginate<T>(posts: readonly T[], perPage: number, base: string): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) {
    throw new RangeError(`posts per page must be a whole number of at least 1, not ${perPage}`);
  }
  const pageCount = Math.max(1, Math.ceil(posts.length / perPage));
  return Array.from({ length: pageCount }, (_, index) => {
    const pageNumber = index + 1;
    const page: ListPage<T> = {
      url: pageUrl(base, pageNumber),
      pageNumber,
      pageCount,
      posts: posts.slice(index * perPage, pageNumber * perPage),
    };
    if (pageNumber > 1) page.previousUrl = pageUrl(base, pageNumber - 1);
    if (pageNumber < pageCount) page.nextUrl = pageUrl(base, pageNumber + 1);
    return page;
  });
}
