/** What Eleventy passes markdown-it as `env`: the page's data. */
export interface EleventyEnv {
  page?: {
    /** Input path as Eleventy names it: `./posts/basra/index.md`. */
    inputPath?: string;
    /** The file's slug; for `posts/basra/index.md`, `basra`. */
    fileSlug?: string;
    /** Where the page is written: `_site/posts/basra/index.html`, or `false` for no page. */
    outputPath?: string | false;
  };
}

/** Returns the input path of the page being rendered, relative to the project (`posts/basra/index.md`). */
export function inputFile(env: EleventyEnv): string {
  return (env.page?.inputPath ?? "(unknown file)").replace(/^\.\//, "");
}
