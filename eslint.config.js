// Lint rules, including the layer arrows of DESIGN §2:
// file → io → model → analysis → state → view/ui; workers use analysis, and io to read files.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const layer = (name) => `**/src/${name}/**`;
const forbid = (...layers) => ({
  patterns: layers.map((name) => ({
    group: [`**/${name}`, `**/${name}/**`, `../${name}`, `../${name}/*`],
    message: `This layer may not import from src/${name} (see DESIGN §2).`,
  })),
});
const noUi = [
  { name: "react", message: "Only src/ui may use React (DESIGN §2)." },
  { name: "react-dom", message: "Only src/ui may use React (DESIGN §2)." },
  { name: "cytoscape", message: "Only src/view may import cytoscape (DESIGN §2)." },
];
const restrict = (layers, paths = noUi) => ({
  "no-restricted-imports": ["error", { ...forbid(...layers), paths }],
});

export default tseslint.config(
  { ignores: ["dist/", "dist-*/", "node_modules/", "test-results/", "playwright-report/", "docs/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.js", "scripts/*.mjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  { files: ["**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: [layer("model")], rules: restrict(["io", "analysis", "state", "view", "ui", "workers"]) },
  { files: [layer("io")], rules: restrict(["analysis", "state", "view", "ui", "workers"]) },
  { files: [layer("analysis")], rules: restrict(["io", "state", "view", "ui", "workers"]) },
  { files: [layer("state")], rules: restrict(["io", "view", "ui", "workers"]) },
  {
    files: [layer("view")],
    // The view may use the worker clients (src/workers/*Client.ts) to lay out off the main thread.
    rules: restrict(
      ["io", "analysis", "ui"],
      noUi.filter((rule) => rule.name !== "cytoscape"),
    ),
  },
  // The import worker reads files (io); the others run analysis.
  { files: [layer("workers")], rules: restrict(["state", "view", "ui"]) },
  {
    files: [layer("ui")],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [noUi[2]], patterns: [{ group: ["cytoscape-*"], message: "Only src/view may import cytoscape." }] },
      ],
    },
  },
  {
    // Tests break fixtures on purpose by poking at raw JSON.
    files: ["tests/**"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
);
