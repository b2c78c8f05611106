import { build } from "esbuild";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
const root = path.resolve(".");
const out = path.join(root, "/work/scratch/compile/perfile".replace(root, ""));
const files = (await readdir("src", { recursive: true })).filter((f) => f.endsWith(".ts") && !f.startsWith("client/") && !f.endsWith(".d.ts")).map((f) => "src/" + f);
files.push(".eleventy.ts");
const t = performance.now();
await build({
  absWorkingDir: root, entryPoints: files, outdir: "/work/scratch/compile/perfile", outbase: ".", bundle: true, format: "esm", platform: "node", target: "node20", packages: "external", keepNames: true,
  plugins: [{ name: "ext", setup(b) {
    b.onResolve({ filter: /^\./ }, (a) => a.kind === "entry-point" ? undefined : ({ path: a.path.replace(/\.ts$/, ".js"), external: true }));
  } }], logLevel: "warning",
});
console.log("perfile compiled", Math.round(performance.now() - t));
