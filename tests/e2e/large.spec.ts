// The large-graph path (level of detail, layout worker, deferred search index) on 1,000 actors.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { syntheticDataset } from "../../scripts/synthetic";
import { openApp, snapshot, watchConsole } from "./helpers";

/** Opens the app and imports a seeded synthetic file of 1,000 actors and 3,000 relations. */
async function importThousand(page: Page, info: TestInfo): Promise<void> {
  mkdirSync(info.outputDir, { recursive: true });
  const file = join(info.outputDir, "synthetic-1000.json");
  writeFileSync(file, JSON.stringify(syntheticDataset(1000)));
  await openApp(page);
  await page.getByTestId("import-input").setInputFiles(file);
}

test("a 1,000-actor file opens, lays out in the worker, filters and searches", async ({ page }, info) => {
  const errors = watchConsole(page);
  await importThousand(page, info);
  await page.waitForFunction(() => (window.__tangle?.snapshot?.() as { nodeCount?: number } | undefined)?.nodeCount === 1000);
  expect((await snapshot(page)).edgeCount).toBe(3000);
  await page.getByRole("button", { name: "Confirmed and reported only" }).click();
  await expect.poll(async () => (await snapshot(page)).visibleEdges.length).toBeLessThan(3000);
  // Summaries read "Synthetic actor 12, …": the deferred index finds that actor by its summary.
  await page.getByRole("combobox", { name: "Search actors" }).fill("Synthetic actor 12");
  await expect(page.getByRole("option").first()).toContainText(/summary: .*Synthetic actor 12/);
  expect(errors).toEqual([]);
});

test("a large graph is drawn in part, more when zoomed in; a found actor is drawn; the import survives a reload", async ({ page }, info) => {
  const errors = watchConsole(page);
  await importThousand(page, info);
  const detail = page.getByTestId("graph-detail");
  // The first picture holds part of the budget; the rest follows a frame later.
  await expect(detail).toHaveText(/^Drawing the 400 best-connected of 1,000 actors in view, and 800 relations among them\. Zoom in to see more\.$/);
  const overview = await snapshot(page);
  expect([overview.nodeCount, overview.edgeCount, overview.drawnNodes, overview.drawnEdges]).toEqual([1000, 3000, 400, 800]);

  for (let step = 0; step < 8; step++) await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(detail).toBeHidden();
  const zoomed = await snapshot(page);
  expect(zoomed.drawnNodes).toBeLessThan(400);
  expect(zoomed.drawnNodes).toBeGreaterThan(0);

  // a999 has few relations: not among the best-connected, drawn once it is chosen.
  expect(overview.visibleNodes).not.toContain("a999");
  const search = page.getByRole("combobox", { name: "Search actors" });
  await search.fill("Synthetic actor 999");
  await expect(page.getByRole("option").first()).toContainText(/Synthetic actor 999\b/);
  await search.press("Enter");
  await expect.poll(async () => (await snapshot(page)).selected).toEqual(["a999"]);
  // A selected actor is drawn with its relations, wherever its neighbours are.
  const ownRelations = syntheticDataset(1000).relations.filter((relation) => relation.from === "a999" || relation.to === "a999").map((relation) => relation.id);
  expect(ownRelations.length).toBeGreaterThan(0);
  expect((await snapshot(page)).visibleEdges).toEqual(expect.arrayContaining(ownRelations));

  await page.reload();
  await page.waitForFunction(() => (window.__tangle?.snapshot?.() as { nodeCount?: number } | undefined)?.nodeCount === 1000);
  await expect(page.getByRole("heading", { name: "Synthetic network of 1000 actors" })).toBeVisible();
  expect((await snapshot(page)).selected).toEqual(["a999"]);
  expect(errors).toEqual([]);
});
