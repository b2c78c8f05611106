/** Types for the parts of `@11ty/eleventy-img` 6 that Dispatch uses; the package ships none. */
declare module "@11ty/eleventy-img" {
  /** One file eleventy-img wrote (or found already written in `outputDir`). */
  export interface ImageStat {
    /** Output format: `avif`, `webp`, `jpeg`, `png`. */
    format: string;
    /** Width in pixels. */
    width: number;
    /** Height in pixels. */
    height: number;
    /** The file's name in `outputDir`, as `filenameFormat` made it. */
    filename: string;
    /** `outputDir` joined with `filename`. */
    outputPath: string;
    /** MIME type: `image/avif`. */
    sourceType: string;
    /** Size in bytes. */
    size: number;
  }

  /** Options of {@link eleventyImage}; see https://www.11ty.dev/docs/plugins/image/. */
  export interface ImageOptions {
    widths?: Array<number | "auto" | null>;
    formats?: string[];
    formatFiltering?: string[];
    outputDir?: string;
    urlPath?: string;
    filenameFormat?: (id: string, src: string, width: number, format: string) => string;
    sharpOptions?: Record<string, unknown>;
    sharpAvifOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpJpegOptions?: Record<string, unknown>;
    sharpPngOptions?: Record<string, unknown>;
    hashLength?: number;
    useCache?: boolean;
    /** Any other key becomes part of eleventy-img's in-memory cache key only. */
    [key: string]: unknown;
  }

  /**
   * Writes `src` in each of `options.formats` at each of `options.widths` into `outputDir`, skipping
   * files already there (their names carry a hash of the source's bytes and the sharp options).
   * @returns the files by format, each list ordered by width
   */
  export default function eleventyImage(
    src: string,
    options?: ImageOptions,
  ): Promise<Record<string, ImageStat[]>>;

  /**
   * image-size 1: reads a file's header (synchronously) for its size, type (`jpg`, `png`, `gif`,
   * `webp`, `svg`…) and EXIF orientation; throws on a file of no known image type.
   */
  export function ImageSize(file: string): {
    width?: number;
    height?: number;
    type?: string;
    orientation?: number;
  };

  /** The hash eleventy-img puts in the file names of `src` made with `options`. */
  export function getHash(src: string, options?: ImageOptions): string;
}
