/**
 * The search page's module (`/search/`, the only page that loads it): reads `?q=` from the URL,
 * loads Pagefind's search API from the site itself (`pagefind/pagefind.js`, written by the build,
 * see `src/search/index-site.ts`), and lists the results with DOM APIs: titles and excerpts are
 * set as text, the matched words as `<mark>` elements, excerpts cut at words with "…" where the
 * text goes on ({@link trimmedExcerpt}); an `aria-live` status says how many were
 * found. The form is a plain GET form, so a new search is a new page load with a shareable URL.
 * Pagefind runs WebAssembly, which the Content-Security-Policy allows (`'wasm-unsafe-eval'`).
 */
import { resultCountText, trimmedExcerpt } from "./search-excerpt.ts";

/** The part of Pagefind's API this module uses. */
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

/** One result as Pagefind's `data()` returns it. */
interface PagefindResult {
  url: string;
  /** Words around the match, escaped as HTML, the matched words in `<mark>`. */
  excerpt: string;
  /** The whole indexed text of the page (a post's body), plain. */
  content: string;
  meta: { title?: string };
}

/** Results shown at most. */
const maxResults = 20;

/** The site's root, with its path prefix: this module is `<root>assets/js/search.js`. */
const siteRoot = new URL("../../", import.meta.url);

function renderResult(result: PagefindResult): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement("p");
  excerpt.className = "search-result__excerpt";
  for (const part of trimmedExcerpt(result.excerpt, result.content)) {
    if (part.marked) {
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(document.createTextNode(part.text));
    }
  }
  item.append(heading, excerpt);
  return item;
}

async function run(query: string, status: HTMLElement, list: HTMLOListElement): Promise<void> {
  status.textContent = `Searching for “${query}”…`;
  const pagefind = (await import(new URL("pagefind/pagefind.js", siteRoot).href)) as Pagefind;
  await pagefind.options({ baseUrl: siteRoot.pathname });
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, maxResults).map((r) => r.data()));
  list.replaceChildren(...results.map(renderResult));
  list.hidden = results.length === 0;
  status.textContent = resultCountText(search.results.length, query);
}

const input = document.querySelector<HTMLInputElement>("[data-search-input]");
const status = document.querySelector<HTMLElement>("[data-search-status]");
const list = document.querySelector<HTMLOListElement>("[data-search-results]");
const noScript = document.querySelector<HTMLElement>("[data-search-no-js]");
if (input && status && list) {
  if (noScript) noScript.hidden = true;
  const query = (new URLSearchParams(location.search).get("q") ?? "").trim();
  input.value = query;
  if (query !== "") {
    run(query, status, list).catch((error: unknown) => {
      status.textContent = "Search could not load. Browse the archive or the topics instead.";
      console.error(error);
    });
  }
}
