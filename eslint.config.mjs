import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-plugin-prettier";

// The office-addins "react" preset only targets .js/.ts; we apply the same Office.js rules to .tsx.
const officeRules = officeAddins.configs.recommended.find((c) => c.rules && c.plugins)?.rules ?? {};

export default [
  { ignores: ["node_modules/**", "dist/**", "coverage/**", "test-output/**", "out/**"] },
  ...officeAddins.configs.react,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks, prettier },
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      ...officeRules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: "Render workbook text as text, never innerHTML.",
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Render workbook text as text.",
        },
      ],
    },
  },
  {
    // The pure core: no Office.js, no exceljs, no React, no Node built-ins.
    files: ["src/core/**/*.ts", "src/workbook/**/*.ts", "src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "exceljs",
                "react",
                "react-dom",
                "@fluentui/*",
                "@microsoft/office-js",
                "node:*",
              ],
              message: "The core is pure TypeScript.",
            },
            {
              group: ["fs", "path", "os", "worker_threads", "child_process", "crypto", "zlib"],
              message: "The core is pure TypeScript.",
            },
            {
              group: ["**/adapters/**", "**/cli/**", "**/taskpane/**", "**/commands/**"],
              message: "The core must not depend on its front ends.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "No Office.js in the core." },
        { name: "Excel", message: "No Office.js in the core." },
      ],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Runs in Internet Explorer 11 before anything else loads: ECMAScript 5, browser globals only.
    files: ["src/old-office/*.js"],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: "script",
      globals: { window: "readonly", document: "readonly" },
    },
    rules: { "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
];
