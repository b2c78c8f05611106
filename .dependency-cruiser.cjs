// The architecture's rules, checked by `npm run check` (dependency-cruiser:
// https://github.com/sverweij/dependency-cruiser/blob/main/doc/rules-reference.md).
// Layers, lowest first: src/shared/ (pure helpers) → src/*.ts (errors, settings) → domain folders
// (text, video, shortcodes, security, markdown, maps, content, …) → Eleventy plugins → src/cli/. Each depends
// downward only; the browser's modules (src/client/) import nothing that runs at build time.
/** @type {import('dependency-cruiser').IConfiguration} */
/* global module */
module.exports = {
  forbidden: [
    {
      name: "no-file-cycle",
      comment: "Two modules that import each other, directly or through others.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "no-folder-cycle",
      comment: "Two folders of src/ that depend on each other: move the shared part down a layer.",
      severity: "error",
      scope: "folder",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "shared-imports-nothing-of-dispatch",
      comment:
        "src/shared/ holds pure helpers any folder may use; it imports nothing else from src/.",
      severity: "error",
      from: { path: "^src/shared/" },
      to: { path: "^src/", pathNot: "^src/shared/" },
    },
    {
      name: "root-files-import-only-shared",
      comment: "src/errors.ts and src/site.ts sit under every domain folder.",
      severity: "error",
      from: { path: "^src/[^/]+\\.ts$" },
      to: { path: "^src/[^/]+/", pathNot: "^src/shared/" },
    },
    {
      name: "i18n-sits-below-every-domain",
      comment:
        "src/i18n/ decides languages' directions, names, words and translations' alternates as pure functions of BCP 47 tags: it may reach only src/shared/, so that markdown/, content/ and seo/ all can use it.",
      severity: "error",
      from: { path: "^src/i18n/" },
      to: { path: "^src/", pathNot: ["^src/i18n/", "^src/shared/"] },
    },
    {
      name: "shortcodes-sit-below-markdown-and-import",
      comment:
        "src/shortcodes/ decides what a WordPress shortcode shows for both the import and the build's Markdown: it may reach only src/shared/, src/video/ and src/errors.ts, never the layers that use it.",
      severity: "error",
      from: { path: "^src/shortcodes/" },
      to: {
        path: "^src/",
        pathNot: ["^src/shortcodes/", "^src/shared/", "^src/video/", "^src/errors\\.ts$"],
      },
    },
    {
      name: "browser-code-imports-no-build-code",
      comment:
        "src/client/ is bundled for readers' browsers: it may reach only src/client/, src/shared/ and the map drawing rules in src/maps/draw/, never Node's modules or build-side validation.",
      severity: "error",
      from: { path: "^src/client/" },
      to: {
        reachable: true,
        pathNot: ["^src/client/", "^src/shared/", "^src/maps/draw/", "^node_modules/leaflet/"],
      },
    },
    {
      name: "cite-sits-above-seo-and-feeds",
      comment:
        'src/cite/ (the "Cite this" block, BibTeX and RIS) builds on content/ and seo/\'s URLs; only the CLI and the configuration import it. The archived-copy links every layer shares are in src/shared/wayback.ts.',
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/cite/", "^src/cli/"] },
      to: { path: "^src/cite/" },
    },
    {
      name: "only-cli-reaches-cli",
      comment: "src/cli/ runs commands; nothing below it imports it.",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/cli/" },
      to: { path: "^src/cli/" },
    },
  ],
  options: {
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/types/" },
  },
};
