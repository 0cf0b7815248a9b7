// The large-graph path (layout worker, cheap edge style, deferred search index) on 1,000 actors.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { syntheticDataset } from "../../scripts/synthetic";
import { openApp, snapshot, watchConsole } from "./helpers";

test("a 1,000-actor file opens, lays out in the worker, filters and searches", async ({ page }, info) => {
  const errors = watchConsole(page);
  mkdirSync(info.outputDir, { recursive: true });
  const file = join(info.outputDir, "synthetic-1000.json");
  writeFileSync(file, JSON.stringify(syntheticDataset(1000)));
  await openApp(page);
  await page.getByTestId("import-input").setInputFiles(file);
  await page.waitForFunction(() => (window.__tangle?.snapshot?.() as { nodeCount?: number } | undefined)?.nodeCount === 1000);
  expect((await snapshot(page)).edgeCount).toBe(3000);
  await page.getByRole("button", { name: "Confirmed and reported only" }).click();
  await expect.poll(async () => (await snapshot(page)).visibleEdges.length).toBeLessThan(3000);
  // Summaries read "Synthetic actor 12, …": the deferred index finds that actor by its summary.
  await page.getByRole("combobox", { name: "Search actors" }).fill("Synthetic actor 12");
  await expect(page.getByRole("option").first()).toContainText(/summary: .*Synthetic actor 12/);
  expect(errors).toEqual([]);
});
