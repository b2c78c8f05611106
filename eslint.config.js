// ESLint flat config: https://typescript-eslint.io/getting-started
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["_site/", "node_modules/", "tests/fixtures/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: "readonly", process: "readonly", document: "readonly", URL: "readonly" },
    },
  },
);
