/**
 * Responsive images: every image of a post's body that is a file of the post's folder, and the
 * lead image, become a `<picture>` with AVIF and WebP files at a few widths and a JPEG or PNG
 * fallback, with `srcset`, `sizes`, `width` and `height`; lazy, except the lead image. The files
 * are made with eleventy-img (sharp) into a cache folder kept between builds (made anew, not
 * read from it, when the build cache is off: `--no-cache`), and copied beside the page. An image that cannot be read stops the build when its page is written, with every
 * such image of the page: the post, the line and the fix. Registers the `leadImage` filter (layouts/partials/lead-image.njk).
 */
import path from "node:path";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { MarkdownIt } from "markdown-it";
import { bodyFileReferences } from "../content/body/files.ts";
import { inputFrontMatter } from "../content/store.ts";
import type { LeadImage } from "../content/front-matter/schema.ts";
import { ImageError, type ContentProblem } from "../errors.ts";
import { escapeHtml } from "../shared/html.ts";
import { inputFile, type EleventyEnv } from "../markdown/env.ts";
import { fileLineOfBlock } from "../markdown/geojson-fence.ts";
import { bodyImageOptions, bodyImagesPlugin, type BodyImage } from "./body-images.ts";
import { relocateImageUrls } from "./markup.ts";
import { postImageFile } from "./post-image.ts";
import {
  imageWork,
  responsiveImage,
  responsiveImageNow,
  type ImageWork,
  type ResponsiveImageOptions,
} from "./responsive-image.ts";
import { gallerySizes, imageSizes } from "./sizes.ts";
import type { ImageProblem } from "./unreadable.ts";
import { defaultWidths } from "./widths.ts";
import type { BuildCache } from "../cache/build-cache.ts";

/** Options of {@link imagesPlugin}. */
export interface ImagesOptions {
  /**
   * Folder, relative to the project root, where the files made from images are kept between
   * builds. It must be outside the output folder, which a build replaces.
   * @default ".cache/images"
   */
  cacheDir?: string;
  /**
   * The build's cache: when it is off (`npm run build -- --no-cache`), every image is encoded
   * anew instead of read from `cacheDir`, so that such a build is truly cold.
   * @default none: files in `cacheDir` are used
   */
  cache?: Pick<BuildCache, "enabled">;
  /**
   * Widths in pixels each raster image is made at, when it is at least that wide.
   * @default [400, 800, 1200]
   */
  widths?: readonly number[];
  /**
   * Most pixels (width × height, of one frame) an image may have; a larger one stops the build.
   * Bounds the memory and time one image can take.
   * @default 100000000
   */
  maxPixels?: number;
  /**
   * Width of the body column in rem, `--measure` in styles/site.css, for `sizes`.
   * @default 40
   */
  measureRem?: number;
  /**
   * Space on each side of the column in rem, `main`'s padding in site.css, for `sizes`.
   * @default 1
   */
  gutterRem?: number;
}

/** What an Eleventy filter's `this` holds. */
interface FilterContext {
  page: { inputPath: string; outputPath: string | false };
}

/** The options with their defaults; throws at once on an impossible value. */
export function resolveOptions(options: ImagesOptions): ResponsiveImageOptions {
  const widths = options.widths ?? defaultWidths;
  if (widths.length === 0 || !widths.every((width) => Number.isInteger(width) && width > 0)) {
    throw new Error(
      `imagesPlugin: widths must be whole numbers of pixels, got ${JSON.stringify(widths)}`,
    );
  }
  const maxPixels = options.maxPixels ?? 100_000_000;
  if (!Number.isInteger(maxPixels) || maxPixels <= 0) {
    throw new Error(`imagesPlugin: maxPixels must be a whole number above 0, got ${maxPixels}`);
  }
  const layout = {
    measureRem: options.measureRem ?? 40,
    gutterRem: options.gutterRem ?? 1,
  };
  return {
    cacheDir: path.resolve(options.cacheDir ?? ".cache/images"),
    widths,
    maxPixels,
    reuse: options.cache?.enabled ?? true,
    sizes: (displayWidth, galleryColumns) =>
      galleryColumns ? gallerySizes(galleryColumns, layout) : imageSizes(displayWidth, layout),
  };
}

/** The 1-based line of the file where a body image is written, found as the pre-build check finds it. */
function bodyImageLine(env: EleventyEnv, body: string, image: BodyImage): number | undefined {
  const written = bodyFileReferences(body).filter(
    (reference) => reference.kind === "image" && reference.target === image.src,
  );
  const reference = written[image.sameSrcBefore] ?? written[0];
  return reference ? fileLineOfBlock(env, reference.bodyLine) : undefined;
}

/** A post as a list reads it: where its page is, and its lead image. */
interface ListedPost {
  inputPath: string;
  outputPath?: string | false;
  url: string;
  data: { image?: LeadImage };
}

/**
 * Problems with each page's images, and the image files it still waits for, by the page's input
 * path: the page's transform waits for its files and stops the build with all its problems.
 */
interface PageImages {
  /** Records a problem with an image of the page at `inputPath`. */
  report(inputPath: string, problem: ContentProblem): void;
  /** Makes the page at `inputPath` wait for `done` before it is written. */
  waitFor(inputPath: string, done: Promise<void>): void;
}

/**
 * Registers the transform that holds each page until its image files are made, then stops the
 * build with every problem of its images ({@link ImageError}, by line); emptied before each build.
 */
function registerPageImages(eleventyConfig: UserConfig): PageImages {
  const problems = new Map<string, ContentProblem[]>();
  const pending = new Map<string, Promise<void>[]>();
  eleventyConfig.on("eleventy.before", () => {
    problems.clear();
    pending.clear();
  });
  eleventyConfig.addTransform(
    "dispatch-images",
    async function (this: { page: { inputPath: string }; baseHref?: string }, content: string) {
      // Feeds run transforms over a post's content (renderTransforms): its page reports.
      if (this.baseHref) return content;
      const { inputPath } = this.page;
      await Promise.all(pending.get(inputPath) ?? []);
      pending.delete(inputPath);
      const found = problems.get(inputPath);
      if (!found) return content;
      problems.delete(inputPath);
      throw new ImageError([...found].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
    },
  );
  return {
    report: (inputPath, problem) => {
      problems.set(inputPath, [...(problems.get(inputPath) ?? []), problem]);
    },
    waitFor: (inputPath, done) => {
      pending.set(inputPath, [...(pending.get(inputPath) ?? []), done]);
    },
  };
}

/** Body images: markdown-it writes placeholders, filled once each image is made. */
function registerBodyImages(
  eleventyConfig: UserConfig,
  resolved: ResponsiveImageOptions,
  work: ImageWork,
  pages: PageImages,
): void {
  eleventyConfig.amendLibrary("md", (md: MarkdownIt) =>
    bodyImagesPlugin(md, async (image, { env, body }) => {
      const outputPath = env.page?.outputPath;
      const plain = `<img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.attributes.find(([name]) => name === "alt")?.[1] ?? "")}">`;
      if (typeof outputPath !== "string") return plain;
      const made = await responsiveImage(
        {
          file: image.file,
          src: image.src,
          attributes: image.attributes,
          folder: path.dirname(outputPath),
          lead: false,
        },
        bodyImageOptions(image, resolved),
        work,
      );
      if ("html" in made) return made.html;
      const file = inputFile(env);
      const line = bodyImageLine(env, body, image);
      pages.report(env.page?.inputPath ?? file, {
        file,
        ...(line === undefined ? {} : { line }),
        message: `the image ${JSON.stringify(image.src)} ${made.problem.message}`,
        fix: made.problem.fix,
      });
      return plain;
    }),
  );
}

/**
 * The lead image (front matter `image`), the `leadImage` filter: loaded at once, with high
 * priority. A synchronous filter: its HTML comes from the image's header, its files are made
 * before the build ends.
 */
function registerLeadImage(
  eleventyConfig: UserConfig,
  resolved: ResponsiveImageOptions,
  work: ImageWork,
  pages: PageImages,
): void {
  const { report } = pages;
  eleventyConfig.addFilter("leadImage", function (this: FilterContext, image: LeadImage): string {
    const attributes = [["alt", image.alt]] as const;
    const plain = `<img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}" loading="eager" fetchpriority="high">`;
    const { inputPath, outputPath } = this.page;
    const file = postImageFile(inputPath, image.src);
    if (!file || typeof outputPath !== "string") return plain;
    const reportLead = (problem: ImageProblem) => {
      const { file: post, frontMatter } = inputFrontMatter(inputPath);
      report(inputPath, {
        file: post,
        line: frontMatter.lineOf(["image", "src"]),
        message: `front matter field "image.src": the image ${JSON.stringify(image.src)} ${problem.message}`,
        fix: problem.fix,
      });
    };
    const made = responsiveImageNow(
      { file, src: image.src, attributes, folder: path.dirname(outputPath), lead: true },
      resolved,
      work,
    );
    if ("problem" in made) {
      reportLead(made.problem);
      return plain;
    }
    pages.waitFor(
      inputPath,
      made.done.then((problem) => {
        if (problem) reportLead(problem);
      }),
    );
    return made.html;
  });
}

/**
 * A post's lead image on the front page, the `storyImage` filter: the files made for its own
 * page, linked from there; "" when there are none (the template then shows the image as it is).
 * Its page reports problems.
 */
function registerStoryImage(
  eleventyConfig: UserConfig,
  resolved: ResponsiveImageOptions,
  work: ImageWork,
  pages: PageImages,
): void {
  eleventyConfig.addFilter(
    "storyImage",
    function (this: FilterContext, post: ListedPost, lead = false): string {
      const image = post.data.image;
      const file = image ? postImageFile(post.inputPath, image.src) : undefined;
      if (!image || !file || typeof post.outputPath !== "string") return "";
      const made = responsiveImageNow(
        {
          file,
          src: image.src,
          attributes: [["alt", ""]],
          folder: path.dirname(post.outputPath),
          lead,
        },
        resolved,
        work,
      );
      if ("problem" in made) return "";
      pages.waitFor(
        this.page.inputPath,
        made.done.then(() => undefined),
      );
      return relocateImageUrls(made.html, post.url);
    },
  );
}

/**
 * Registers responsive images for post bodies (markdown-it), the `leadImage` filter (a post's own
 * lead image) and the `storyImage` filter (a post's lead image in a list on another page). The
 * images made are remembered for the plugin's life, so the dev server's rebuilds reuse them.
 * @throws Error at once when `widths` or `maxPixels` is impossible
 */
export default function imagesPlugin(
  eleventyConfig: UserConfig,
  options: ImagesOptions = {},
): void {
  const resolved = resolveOptions(options);
  const work = imageWork();
  const pages = registerPageImages(eleventyConfig);
  registerBodyImages(eleventyConfig, resolved, work, pages);
  registerLeadImage(eleventyConfig, resolved, work, pages);
  registerStoryImage(eleventyConfig, resolved, work, pages);
}
