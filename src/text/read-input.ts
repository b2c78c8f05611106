/** Reading a post source as Eleventy names it. */
import { readFileSync } from "node:fs";

/**
 * Reads an input file as Eleventy names it (`./posts/basra/index.md`) and returns it with the
 * project-relative path used in messages (`posts/basra/index.md`).
 */
export function readInput(inputPath: string): { file: string; source: string } {
  return { file: inputPath.replace(/^\.\//, ""), source: readFileSync(inputPath, "utf8") };
}
