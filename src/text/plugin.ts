/**
 * Text: the last guard on every XML file Eleventy writes (the Atom feeds, the sitemap): one that
 * would hold a character XML cannot carry stops the build rather than publish a feed readers
 * refuse. Every place text enters refuses such characters first, with the file and line
 * (`./control-characters.ts`), so this guard firing is a bug in Dispatch.
 */
import type UserConfig from "@11ty/eleventy/UserConfig";
import { assertXmlCharacters } from "./control-characters.ts";

/**
 * Registers the transform `dispatch-xml-characters`: each output whose path ends in `.xml` is
 * passed through {@link assertXmlCharacters}; other outputs pass untouched.
 */
export default function textPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addTransform(
    "dispatch-xml-characters",
    function (this: { page?: { outputPath?: string | false } }, content: string) {
      const outputPath = this.page?.outputPath;
      return typeof outputPath === "string" && outputPath.endsWith(".xml")
        ? assertXmlCharacters(content, outputPath)
        : content;
    },
  );
}
