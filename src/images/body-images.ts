/**
 * The images of a post's body, as markdown-it renders them: a Markdown image (`![Alt](photo.jpg)`)
 * and an `<img>` in raw HTML whose `src` is a file of the post's folder are written as a
 * placeholder while markdown-it renders (which cannot wait), then replaced by their responsive
 * HTML once it is made: the post's `render` returns a promise, which Eleventy awaits. Images
 * inside an author's own `<picture>`, with their own `srcset`, or in an HTML comment are left as
 * they are. An image in a gallery's grid (raw HTML `<figure class="gallery">`, see
 * styles/site.css) is sized for a cell of the grid. Other renders (no page, not a post) are not
 * changed.
 *
 * A placeholder holds the image it stands for (an HTML comment: `<!--dispatch-image <mark>
 * <image as base64url JSON>-->`), so the HTML markdown-it returns says by itself which images to
 * make: the body cache (`src/markdown/body-cache.ts`), which sits inside this wrapper, can return a
 * body's HTML without rendering it, and its images are made again from the current files all the
 * same. The mark is a digest of the body: the same in every build, and no body can write it (a
 * body holding its own SHA-256 cannot be found), so a body cannot forge a placeholder.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { MarkdownIt, Token } from "markdown-it";
import { isPostSource } from "../content/permalinks/permalink.ts";
import type { EleventyEnv } from "../markdown/env.ts";
import type { Attribute } from "./markup.ts";
import { postImageFile } from "./post-image.ts";

/** One image of a body, to be made responsive. */
export interface BodyImage {
  /** The image file, relative to the working directory: `posts/basra/photo.jpg`. */
  file: string;
  /** Its `src` as the body has it (markdown-it's, for a Markdown image). */
  src: string;
  /** The `<img>`'s attributes as written, `alt` as text. */
  attributes: Attribute[];
  /** How many images before it in the body have the same `src` (0 for the first). */
  sameSrcBefore: number;
  /** The columns of the gallery grid it is in (`figure.gallery`: 3, or its `gallery-columns-N`); absent outside one. */
  galleryColumns?: number;
}

/**
 * The options to make a body image with: `sizes` for a cell of its gallery's grid when it is in
 * one, else `options` as they are.
 */
export function bodyImageOptions<
  Options extends { sizes: (width: number | undefined, columns?: number) => string },
>(image: BodyImage, options: Options): Options {
  const columns = image.galleryColumns;
  if (!columns) return options;
  return { ...options, sizes: (width: number | undefined) => options.sizes(width, columns) };
}

/** What the renderer is given: the image, the page and the body it is in. */
export interface BodyImageContext {
  /** The page's data, as Eleventy gives markdown-it (`page.inputPath`, `page.outputPath`). */
  env: EleventyEnv;
  /** The Markdown the body was rendered from (below the front matter). */
  body: string;
}

/** Makes the HTML of one image; never rejects for a problem with the image itself. */
export type BodyImageRenderer = (image: BodyImage, context: BodyImageContext) => Promise<string>;

/** The images found while one body renders. */
interface RenderState {
  inputPath: string;
  /** The body's placeholder mark ({@link placeholderMark}). */
  mark: string;
  images: BodyImage[];
  /** `<picture>` elements of raw HTML open at this point of the body. */
  pictureDepth: number;
  /** `<figure>` elements of raw HTML open here, innermost last: a gallery's columns, or 0. */
  figures: number[];
}

/**
 * The mark of a body's placeholders: SHA-256 of the body, hex, first 32 digits. The same for the
 * same body in every build; a body cannot hold its own.
 */
export function placeholderMark(body: string): string {
  return createHash("sha256").update(body).digest("hex").slice(0, 32);
}

/** The placeholders of a body with `mark` in its HTML; group 1 is the image, base64url JSON. */
function placeholderPattern(mark: string): RegExp {
  return new RegExp(`<!--dispatch-image ${mark} ([A-Za-z0-9_-]+)-->`, "g");
}

/** Renders in progress of one markdown-it instance, by their `env`. */
type RendersInProgress = WeakMap<object, RenderState>;

/** The render in progress with this `env`, if it is a post's. */
function stateOf(states: RendersInProgress, env: unknown): RenderState | undefined {
  return typeof env === "object" && env !== null ? states.get(env) : undefined;
}

/** Records an image and returns its placeholder, which holds it. */
function placeholder(state: RenderState, image: Omit<BodyImage, "sameSrcBefore">): string {
  const sameSrcBefore = state.images.filter(({ src }) => src === image.src).length;
  const galleryColumns = state.figures.findLast((columns) => columns > 0);
  const found: BodyImage = {
    ...image,
    sameSrcBefore,
    ...(galleryColumns ? { galleryColumns } : {}),
  };
  state.images.push(found);
  const data = Buffer.from(JSON.stringify(found)).toString("base64url");
  return `<!--dispatch-image ${state.mark} ${data}-->`;
}

/** The images whose placeholders `html` holds, in order, each once, by their placeholder's data. */
function imagesOf(html: string, mark: string): Map<string, BodyImage> {
  const images = new Map<string, BodyImage>();
  for (const [, data] of html.matchAll(placeholderPattern(mark))) {
    if (data === undefined || images.has(data)) continue;
    images.set(data, JSON.parse(Buffer.from(data, "base64url").toString("utf8")) as BodyImage);
  }
  return images;
}

// Packages loaded on first use: start-up loads only what the first template needs.
const require = createRequire(import.meta.url);

/** The attributes of one `<img …>` tag, parsed by a real HTML parser. */
function tagAttributes(tag: string): Attribute[] {
  const { parseHTML } = require("linkedom") as typeof import("linkedom");
  const { document } = parseHTML(`<!doctype html><html><body>${tag}</body></html>`);
  const element = document.body.firstElementChild;
  return element ? [...element.attributes].map(({ name, value }) => [name, value] as const) : [];
}

/** Comments, `<picture>` and `<figure>` tags and `<img>` tags of raw HTML, in order. */
const rawHtmlParts =
  /<!--[\s\S]*?(?:-->|$)|<(\/?)(picture|figure)\b(?:[^>"']|"[^"]*"|'[^']*')*>|<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/** The columns of a gallery's grid from its `<figure …>` tag; 0 for any other figure. */
function galleryColumnsOf(tag: string): number {
  const classes = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
  const names = (classes?.[1] ?? classes?.[2] ?? classes?.[3] ?? "").split(/\s+/);
  if (!names.includes("gallery")) return 0;
  const columns = names.map((name) => /^gallery-columns-([1-4])$/.exec(name)?.[1]).find(Boolean);
  return columns ? Number(columns) : 3;
}

/** Raw HTML with each `<img>` to make responsive replaced by its placeholder. */
function rewriteRawHtml(html: string, state: RenderState): string {
  if (!/<(?:img|\/?picture|\/?figure)\b/i.test(html)) return html;
  return html.replace(rawHtmlParts, (part: string, closing: string | undefined, name?: string) => {
    if (part.startsWith("<!--")) return part;
    if (name?.toLowerCase() === "figure") {
      if (closing) state.figures.pop();
      else state.figures.push(galleryColumnsOf(part));
      return part;
    }
    if (!/^<img/i.test(part)) {
      state.pictureDepth = Math.max(0, state.pictureDepth + (closing ? -1 : 1));
      return part;
    }
    if (state.pictureDepth > 0) return part;
    const attributes = tagAttributes(part);
    const src = attributes.find(([name]) => name === "src")?.[1];
    if (src === undefined || attributes.some(([name]) => name === "srcset")) return part;
    const file = postImageFile(state.inputPath, src);
    return file ? placeholder(state, { file, src, attributes }) : part;
  });
}

/**
 * Adds responsive images to a markdown-it instance: its `image`, `html_inline` and `html_block`
 * rules write placeholders, and its `render` fills them with what `renderImage` makes.
 */
export function bodyImagesPlugin(md: MarkdownIt, renderImage: BodyImageRenderer): void {
  const rules = md.renderer.rules;
  type Rule = NonNullable<typeof rules.image>;
  const image = rules.image as Rule;
  const htmlInline = rules.html_inline as Rule;
  const htmlBlock = rules.html_block as Rule;
  const states: RendersInProgress = new WeakMap();

  rules.image = (tokens, index, options, env, self) => {
    const state = stateOf(states, env);
    const token = tokens[index] as Token;
    const src = String(token.attrGet("src") ?? "");
    const file = state ? postImageFile(state.inputPath, src) : undefined;
    if (!state || !file) return image(tokens, index, options, env, self);
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    const attributes = (token.attrs ?? []).map(([name, value]): Attribute => [
      name,
      name === "alt" ? alt : String(value),
    ]);
    if (!attributes.some(([name]) => name === "alt")) attributes.push(["alt", alt]);
    return placeholder(state, { file, src, attributes });
  };
  rules.html_inline = (tokens, index, options, env, self) => {
    const html = htmlInline(tokens, index, options, env, self);
    const state = stateOf(states, env);
    return state ? rewriteRawHtml(html, state) : html;
  };
  rules.html_block = (tokens, index, options, env, self) => {
    const html = htmlBlock(tokens, index, options, env, self);
    const state = stateOf(states, env);
    return state ? rewriteRawHtml(html, state) : html;
  };

  const render = md.render.bind(md);
  md.render = ((body: string, env?: Parameters<typeof render>[1]) => {
    const inputPath = (env as EleventyEnv | undefined)?.page?.inputPath;
    if (!env || !inputPath || !isPostSource(inputPath) || !/!\[|<img\b/i.test(body)) {
      return render(body, env);
    }
    const mark = placeholderMark(body);
    states.set(env, { inputPath, mark, images: [], pictureDepth: 0, figures: [] });
    let html: string;
    try {
      html = render(body, env);
    } finally {
      states.delete(env);
    }
    const images = [...imagesOf(html, mark)];
    if (images.length === 0) return html;
    const context = { env: env as EleventyEnv, body };
    return Promise.all(images.map(([, image]) => renderImage(image, context))).then((made) => {
      const byData = new Map(images.map(([data], index) => [data, made[index] ?? ""]));
      return html.replace(placeholderPattern(mark), (_, data: string) => byData.get(data) ?? "");
    });
  }) as typeof md.render;
}
