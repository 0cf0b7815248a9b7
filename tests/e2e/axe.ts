// The axe-core audit the accessibility specs share: every violation, whatever its impact.
import { expect, type Page } from "@playwright/test";

interface AxeResult {
  passes: unknown[];
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
}

export async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: "node_modules/axe-core/axe.min.js" });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document) => Promise<AxeResult> } }).axe.run(document),
  );
  // The audit really ran: axe reports the rules the page passes too.
  expect(result.passes.length).toBeGreaterThan(10);
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes
        .map((node) => node.target.join(" "))
        .slice(0, 3)
        .join("; ")})`,
  );
}
