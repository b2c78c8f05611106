// ESLint flat config: https://typescript-eslint.io/getting-started
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["_site/", "node_modules/", "tests/fixtures/", "dist/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: "readonly", process: "readonly", document: "readonly", URL: "readonly" },
    },
  },
  {
    // Issue 13: a module keeps no cache or state of its own. Data from posts lives in the post
    // store (src/content/store.ts); memoised pure work goes through src/shared/memo.ts, which
    // registers every cache; a build's state lives in its plugin function.
    files: ["src/**/*.ts"],
    ignores: ["src/shared/memo.ts", "src/content/store.ts", "src/cli/**", "src/client/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "Program > VariableDeclaration > VariableDeclarator > NewExpression[callee.name=/^(Map|WeakMap|Set|WeakSet)$/][arguments.length=0]",
          message:
            "No module-level cache: keep post data in the post store, memoise with src/shared/memo.ts, or create the state in the plugin function.",
        },
        {
          selector: "Program > VariableDeclaration[kind='let']",
          message:
            "No module-level mutable state: create it in the function that owns it, or memoise with src/shared/memo.ts.",
        },
        {
          selector:
            "Program > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > NewExpression[callee.name=/^(Map|WeakMap|Set|WeakSet)$/][arguments.length=0]",
          message:
            "No module-level cache: keep post data in the post store, memoise with src/shared/memo.ts, or create the state in the plugin function.",
        },
      ],
    },
  },
);
