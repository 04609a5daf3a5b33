import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import regexp from "eslint-plugin-regexp";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "dist-cli", "node_modules", "test-results", "playwright-report", "screenshots", "public", "**/*.tmp.mjs"] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ["**/*.{ts,tsx}"],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Regular expressions run on whatever users paste, on every keystroke: none may be super-linear (issue 15).
    ...regexp.configs["flat/recommended"],
    files: ["**/*.{ts,tsx,mjs,js}"],
  },
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    rules: { "regexp/no-super-linear-move": "error" },
  },
  {
    // The domain is pure: it runs in Node, the CLI and a Web Worker, and knows nothing of React or the UI.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react-*", "@hookform/*"], message: "src/domain must not depend on React." },
            { group: ["**/app/**", "**/wizard/**", "**/preview/**", "**/drafts/**", "**/cli/**"], message: "src/domain must not import from the UI or the CLI." },
          ],
        },
      ],
    },
  },
  // Layers (issue 25): domain <- ui <- drafts <- appendix | preview | review <- wizard <- app. A folder imports
  // only from the layers below it, so no two folders of src/ import each other.
  ...[
    ["src/ui/**", ["app", "wizard", "preview", "review", "appendix", "drafts", "cli"]],
    ["src/drafts/**", ["app", "wizard", "preview", "review", "appendix", "cli"]],
    ["src/appendix/**", ["app", "wizard", "preview", "review", "cli"]],
    ["src/preview/**", ["app", "wizard", "review", "appendix", "cli"]],
    ["src/review/**", ["app", "wizard", "preview", "appendix", "cli"]],
    ["src/wizard/**", ["app", "cli"]],
    ["src/app/**", ["cli"]],
    ["src/cli/**", ["app", "wizard", "preview", "review", "appendix", "drafts", "ui"]],
  ].map(([files, above]) => ({
    files: [files],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: above.map((folder) => ({
            // Relative paths that climb to src/ and go down into the folder (src/domain/appendix is not src/appendix).
            regex: `^(?:\\.\\./)+${folder}/`,
            message: `${files.slice(4, -3)} is below ${folder} in the layers (README, "How the code is laid out"): move what both need down to src/domain or src/ui.`,
          })),
        },
      ],
    },
  })),
  {
    // Text from users (titles, pasted reports, bug lists) is looked up in tables: a plain object answers
    // "constructor" or "toString" with Object's own functions, and "__proto__" with its prototype (issue 26).
    files: ["src/domain/**/*.ts", "src/cli/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "TSTypeReference[typeName.name='Record']:not(TSSatisfiesExpression > TSTypeReference) > TSTypeParameterInstantiation > TSStringKeyword:first-child + :not(TSUnknownKeyword)",
          message: "A table keyed by any string answers Object's own names (\"constructor\"): use a Map, or `satisfies Record<…>` for a table with fixed keys.",
        },
        {
          selector: "TSIndexSignature:has(TSStringKeyword)",
          message: "An object keyed by any string answers Object's own names (\"constructor\"): use a Map.",
        },
        {
          selector: "BinaryExpression[operator='in'][left.type!='Literal']",
          message: "`key in object` is true for \"constructor\" and \"toString\": use Object.hasOwn or a Map.",
        },
      ],
    },
  },
  {
    files: ["bin/**/*.mjs", "scripts/**/*.mjs", "*.js"],
    languageOptions: { globals: globals.node },
  },
);
