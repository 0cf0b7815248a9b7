// Automated accessibility audit (axe-core) of each main view: no serious or critical violations.
import { expect, test, type Page } from "@playwright/test";
import { openApp } from "./helpers";

// The built page forbids inline scripts (CSP); the audit script is test tooling, not app code.
test.use({ bypassCSP: true });

interface AxeResult {
  passes: unknown[];
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
}

async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: "node_modules/axe-core/axe.min.js" });
  const result = await page.evaluate(() => (window as unknown as { axe: { run: (context: Document) => Promise<AxeResult> } }).axe.run(document));
  // The audit really ran: axe reports the rules the page passes too.
  expect(result.passes.length).toBeGreaterThan(10);
  return result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join("; ")})`);
}

const views: Array<[string, string]> = [
  ["explorer with an actor selected", "#sel=a:rami-makhlouf"],
  ["a relation with its claims", "#sel=r:rel-hassan-funds-fighters"],
  ["path finder", "#from=kamal-hassan&to=ahmed-al-sharaa"],
  ["presenter, projector theme", "#story=exiles-and-money&step=2&theme=projector"],
];

for (const [name, hash] of views) {
  test(`no serious accessibility violations: ${name}`, async ({ page }) => {
    await openApp(page, hash);
    expect(await audit(page)).toEqual([]);
  });
}

test("no serious accessibility violations: table view", async ({ page }) => {
  test.setTimeout(60_000); // axe over every row of the curated table takes ~30 s on a loaded 2-core machine
  await openApp(page);
  await page.getByRole("button", { name: "Table", exact: true }).click();
  await expect(page.getByRole("table").first()).toBeVisible();
  expect(await audit(page)).toEqual([]);
});

test("no serious accessibility violations: timeline view with 'as of' playback, projector theme", async ({ page }) => {
  await openApp(page, "#theme=projector&tf=2025-03&tt=2025-03");
  await page.getByRole("button", { name: "Timeline", exact: true }).click();
  await expect(page.getByRole("list", { name: /^Claims over time/ })).toBeVisible();
  await expect(page.getByRole("group", { name: "As of" })).toBeVisible();
  expect(await audit(page)).toEqual([]);
});
