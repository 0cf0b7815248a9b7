// The layer arrows of DESIGN §2 are enforced by ESLint: a probe file that breaks one must fail.
import { rmSync, writeFileSync } from "node:fs";
import { ESLint } from "eslint";
import { afterAll, expect, it } from "vitest";

const probes: string[] = [];

async function lintProbe(path: string, source: string): Promise<string[]> {
  writeFileSync(path, source);
  probes.push(path);
  const [result] = await new ESLint().lintFiles([path]);
  return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.message);
}

afterAll(() => probes.forEach((path) => rmSync(path, { force: true })));

it("rejects model importing from state, and view importing from analysis", async () => {
  const model = await lintProbe("src/model/zz-layer-probe.ts", 'import { DEFAULT_STATE } from "../state";\nexport const probe = DEFAULT_STATE;\n');
  expect(model.join("\n")).toMatch(/may not import from src\/state/);
  const view = await lintProbe("src/view/zz-layer-probe.ts", 'import { egoNetwork } from "../analysis/egoNetwork";\nexport const probe = egoNetwork;\n');
  expect(view.join("\n")).toMatch(/may not import from src\/analysis/);
}, 60_000);

it("rejects React outside the ui layer and cytoscape outside the view layer", async () => {
  const state = await lintProbe("src/state/zz-layer-probe.ts", 'import { useState } from "react";\nexport const probe = useState;\n');
  expect(state.join("\n")).toMatch(/Only src\/ui may use React/);
  const ui = await lintProbe("src/ui/zz-layer-probe.ts", 'import cytoscape from "cytoscape";\nexport const probe = cytoscape;\n');
  expect(ui.join("\n")).toMatch(/Only src\/view may import cytoscape/);
}, 60_000);

it("allows the arrows DESIGN §2 draws", async () => {
  expect(await lintProbe("src/state/zz-layer-probe-ok.ts", 'import { buildGraph } from "../model";\nexport const probe = buildGraph;\n')).toEqual([]);
}, 60_000);
