// The large-graph path (overview layer, level of detail, layout worker, deferred search index).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Download, type Page, type TestInfo } from "@playwright/test";
import { syntheticDataset } from "../../scripts/synthetic";
import { openApp, snapshot, watchConsole } from "./helpers";

/** Opens the app and imports a seeded synthetic file of `count` actors and 3× as many relations. */
async function importSynthetic(page: Page, info: TestInfo, count: number): Promise<void> {
  mkdirSync(info.outputDir, { recursive: true });
  const file = join(info.outputDir, `synthetic-${count}.json`);
  writeFileSync(file, JSON.stringify(syntheticDataset(count)));
  await openApp(page);
  await page.getByTestId("import-input").setInputFiles(file);
}

test("a 1,000-actor file opens, lays out in the worker, filters and searches", async ({ page }, info) => {
  const errors = watchConsole(page);
  await importSynthetic(page, info, 1000);
  await page.waitForFunction(
    () => (window.__tangle?.snapshot?.() as { nodeCount?: number } | undefined)?.nodeCount === 1000,
  );
  expect((await snapshot(page)).edgeCount).toBe(3000);
  await page.getByRole("button", { name: "Confirmed and reported only" }).click();
  await expect.poll(async () => (await snapshot(page)).visibleEdges.length).toBeLessThan(3000);
  // Summaries read "Synthetic actor 12, …": the deferred index finds that actor by its summary.
  await page.getByRole("combobox", { name: "Search actors" }).fill("Synthetic actor 12");
  await expect(page.getByRole("option").first()).toContainText(/summary: .*Synthetic actor 12/);
  expect(errors).toEqual([]);
});

test("every actor of a large graph is drawn; names come with zoom; a found actor is selected; the import survives a reload", async ({
  page,
}, info) => {
  const errors = watchConsole(page);
  await importSynthetic(page, info, 1000);
  const detail = page.getByTestId("graph-detail");
  // The overview layer draws all of them; cytoscape's detail (names, hover) holds the best-connected.
  await expect(detail).toHaveText(
    /^All 1,000 shown actors and 3,000 relations are drawn\. Names for the 400 best-connected of 1,000 in view: zoom in for more\.$/,
    { timeout: 20_000 },
  );
  const overview = await snapshot(page);
  expect([
    overview.nodeCount,
    overview.edgeCount,
    overview.drawnNodes,
    overview.drawnEdges,
    overview.detailNodes,
  ]).toEqual([1000, 3000, 1000, 3000, 400]);

  for (let step = 0; step < 8; step++) await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(detail).toBeHidden();
  const zoomed = await snapshot(page);
  expect(zoomed.detailNodes).toBeLessThan(400);
  expect(zoomed.drawnNodes).toBe(1000);

  // a999 has few relations: not among the best-connected, drawn once it is chosen.
  expect(overview.visibleNodes).not.toContain("a999");
  const search = page.getByRole("combobox", { name: "Search actors" });
  await search.fill("Synthetic actor 999");
  await expect(page.getByRole("option").first()).toContainText(/Synthetic actor 999\b/);
  await search.press("Enter");
  await expect.poll(async () => (await snapshot(page)).selected).toEqual(["a999"]);
  // A selected actor is drawn with its relations, wherever its neighbours are.
  const ownRelations = syntheticDataset(1000)
    .relations.filter((relation) => relation.from === "a999" || relation.to === "a999")
    .map((relation) => relation.id);
  expect(ownRelations.length).toBeGreaterThan(0);
  expect((await snapshot(page)).visibleEdges).toEqual(expect.arrayContaining(ownRelations));

  await page.reload();
  await page.waitForFunction(
    () => (window.__tangle?.snapshot?.() as { nodeCount?: number } | undefined)?.nodeCount === 1000,
  );
  await expect(page.getByRole("heading", { name: "Synthetic network of 1000 actors" })).toBeVisible();
  expect((await snapshot(page)).selected).toEqual(["a999"]);
  expect(errors).toEqual([]);
});

test("5,000 actors: the first picture holds all of them, a click on one drawn only in the overview selects it, the SVG holds them all", async ({
  page,
}, info) => {
  const errors = watchConsole(page);
  await importSynthetic(page, info, 5000);
  await page.waitForFunction(
    () => (window.__tangle?.snapshot?.() as { nodeCount?: number } | undefined)?.nodeCount === 5000,
  );
  // The app's own mark for the first picture counts every actor drawn, across both layers.
  const firstPicture = await page.evaluate(() => {
    const marks = performance.getEntriesByName("tangle:view-drawn") as PerformanceMark[];
    return (marks.at(-1)?.detail as { drawnNodes: number } | undefined)?.drawnNodes;
  });
  expect(firstPicture).toBe(5000);
  const overviewCanvas = page.getByTestId("graph-overview");
  await expect(overviewCanvas).toHaveAttribute("data-drawn-actors", "5000");
  await expect(overviewCanvas).toHaveAttribute("data-drawn-relations", "15000");
  const shown = await snapshot(page);
  expect([shown.drawnNodes, shown.overviewNodes, shown.overviewEdges]).toEqual([5000, 5000, 15000]);
  expect(shown.detailNodes).toBeLessThanOrEqual(400);
  // Relations are drawn: the overview canvas holds many non-white pixels along lines, not only dots.
  const inked = await overviewCanvas.evaluate((canvas: HTMLCanvasElement) => {
    const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) count++;
    return count / (canvas.width * canvas.height);
  });
  expect(inked).toBeGreaterThan(0.05);

  // An actor that is not in cytoscape's detail, clicked where the overview draws it.
  await page.waitForTimeout(300);
  const target = await page.evaluate(() =>
    (window.__tangle!.overviewActorOutsideDetail as () => { id: string; x: number; y: number } | undefined)(),
  );
  expect(target).toBeDefined();
  const box = (await page.getByTestId("graph-canvas").boundingBox())!;
  await page.mouse.click(box.x + target!.x, box.y + target!.y);
  await expect.poll(async () => (await snapshot(page)).selected).toEqual([target!.id]);
  await expect(page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 })).toBeVisible();

  await page.getByRole("button", { name: "Export" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "SVG image" }).click();
  const svg = await readDownload(await download);
  expect(svg.match(/<circle class="actor"/g)?.length).toBe(5000);
  expect(svg).toContain("Drawn: all 5,000 shown actors (of 5,000) and all 15,000 shown relations (of 15,000).");

  // The table holds every row but renders those near its scroll position.
  await page.getByRole("button", { name: "Table", exact: true }).click();
  const actorsRegion = page.getByRole("region", { name: "Actors, scrollable" });
  await expect(page.getByText("5,000 rows", { exact: true })).toBeVisible();
  await expect(page.getByText("15,000 rows", { exact: true })).toBeVisible();
  const rendered = await actorsRegion.locator("tbody tr:not(.spacer-row)").count();
  expect(rendered).toBeGreaterThan(10);
  expect(rendered).toBeLessThan(200);
  await actorsRegion.getByRole("button", { name: /^Degree/ }).click();
  // Sorted by degree, highest first: the first row is the best-connected actor.
  const ranked = syntheticDataset(5000);
  const degree = new Map<string, Set<string>>();
  for (const relation of ranked.relations) {
    degree.set(relation.from, (degree.get(relation.from) ?? new Set()).add(relation.to));
    degree.set(relation.to, (degree.get(relation.to) ?? new Set()).add(relation.from));
  }
  const most = Math.max(...[...degree.values()].map((set) => set.size));
  await expect(actorsRegion.locator("tbody tr:not(.spacer-row)").first().locator("td.number").first()).toHaveText(
    String(most),
  );
  // Scrolled to the end, the last rows are rendered.
  await actorsRegion.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect
    .poll(() => actorsRegion.locator("tbody tr:not(.spacer-row)").last().locator("td.number").first().textContent())
    .toBe("0");
  await page.getByRole("button", { name: "Graph", exact: true }).click();
  await expect(page.getByTestId("graph-overview")).toHaveAttribute("data-drawn-actors", "5000");
  expect(errors).toEqual([]);
});

async function readDownload(download: Download): Promise<string> {
  return readFileSync(await download.path(), "utf8");
}
