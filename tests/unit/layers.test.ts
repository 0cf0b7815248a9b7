// The layer arrows of DESIGN §2 are enforced by ESLint: a probe that breaks one must fail. Probes
// are linted as text under a path in the layer (ESLint's lintText), so nothing is written into src/.
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { expect, it } from "vitest";

// The layer rule reads import paths only: without type information the probe lints in
// milliseconds instead of building the whole TypeScript program (~25 s here).
const eslint = new ESLint({
  overrideConfig: { files: ["**/*.ts", "**/*.tsx"], ...tseslint.configs.disableTypeChecked },
});

async function lintProbe(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

it("rejects model importing from state, and view importing from analysis", async () => {
  const model = await lintProbe(
    "src/model/index.ts",
    'import { DEFAULT_STATE } from "../state";\nexport const probe = DEFAULT_STATE;\n',
  );
  expect(model.join("\n")).toMatch(/may not import from src\/state/);
  const view = await lintProbe(
    "src/view/index.ts",
    'import { egoNetwork } from "../analysis/egoNetwork";\nexport const probe = egoNetwork;\n',
  );
  expect(view.join("\n")).toMatch(/may not import from src\/analysis/);
}, 60_000);

it("rejects React outside the ui layer and cytoscape outside the view layer", async () => {
  const state = await lintProbe(
    "src/state/index.ts",
    'import { useState } from "react";\nexport const probe = useState;\n',
  );
  expect(state.join("\n")).toMatch(/Only src\/ui may use React/);
  const ui = await lintProbe(
    "src/ui/app/App.tsx",
    'import cytoscape from "cytoscape";\nexport const probe = cytoscape;\n',
  );
  expect(ui.join("\n")).toMatch(/Only src\/view may import cytoscape/);
}, 60_000);

it("allows the arrows DESIGN §2 draws", async () => {
  expect(
    await lintProbe("src/state/index.ts", 'import { buildGraph } from "../model";\nexport const probe = buildGraph;\n'),
  ).toEqual([]);
  expect(
    await lintProbe(
      "src/view/index.ts",
      'import { LayoutWorkerClient } from "../workers/layoutClient";\nexport const probe = LayoutWorkerClient;\n',
    ),
  ).toEqual([]);
}, 60_000);
