// No id is special: actors called constructor or 0, relations sharing actors' ids, a file with the
// shipped dataset's id, a real Gephi file whose edge ids are node ids too.
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { openApp, snapshot, watchConsole } from "./helpers";
import { HOSTILE_FOLDER as folder } from "./hostileSupport";
import { REAL_GRAPHS, REAL_GRAPHS_MISSING, realPath } from "./realGraphs";

test("actors called constructor, 0 or tostring are drawn, selected and found on paths", async ({ page }) => {
  const errors = watchConsole(page);
  await openApp(page);
  await page.getByTestId("import-input").setInputFiles(join(folder, "special-ids.json"));
  await expect(page.getByRole("status", { name: "Notices" })).toContainText("4 actors, 3 relations");
  const shown = await snapshot(page);
  expect([shown.drawnNodes, shown.drawnEdges]).toEqual([4, 3]);
  for (const actor of ["Ada Example", "Bob Sample"]) {
    await page.getByRole("combobox", { name: "Search actors" }).fill(actor);
    await page.getByRole("option").first().click();
    await expect(page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 })).toHaveText(
      actor,
    );
  }
  expect((await snapshot(page)).selected).toEqual(["tostring"]);
  expect(errors).toEqual([]);
});

test("relations with the ids of actors are all drawn and counted", async ({ page }) => {
  await openApp(page);
  await page.getByTestId("import-input").setInputFiles(join(folder, "relation-ids-equal-actor-ids.json"));
  await expect(page.getByRole("status", { name: "Notices" })).toContainText("4 actors, 3 relations");
  const shown = await snapshot(page);
  expect([shown.drawnNodes, shown.drawnEdges]).toEqual([4, 3]);
  expect(shown.visibleEdges.sort()).toEqual(["ada-example", "bob-sample", "example-fund"]);
});

test("a file with the shipped dataset's id opens beside it, and a reload returns to it", async ({ page }) => {
  await openApp(page);
  const shippedTitle = await page.getByRole("heading", { level: 1 }).textContent();
  await page.getByTestId("import-input").setInputFiles(join(folder, "shipped-dataset-id.json"));
  await expect(page.getByRole("status", { name: "Imported with warnings" })).toContainText(
    'it was opened as "assad-exile-network-imported"',
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Placeholder network");
  await expect(page).toHaveURL(/assad-exile-network-imported/);
  // Keeping the files is asynchronous (IndexedDB); a reload before it ends would rightly find nothing.
  await page.waitForFunction(keptImportId, "assad-exile-network-imported");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Placeholder network");
  await page.goto("./#d=assad-exile-network");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(shippedTitle ?? "");
});

test("selecting in a real Gephi file over 400 nodes, whose edge ids are node ids too, draws and selects", async ({
  page,
}) => {
  test.skip(!REAL_GRAPHS, REAL_GRAPHS_MISSING);
  test.setTimeout(120_000);
  const errors = watchConsole(page);
  await openApp(page);
  await page.getByTestId("import-input").setInputFiles(realPath("gephi-lite/Java.gexf"));
  await expect(page.getByRole("status", { name: "Notices" })).toContainText("Opened Java.gexf: 1538 actors", {
    timeout: 40_000,
  });
  for (const name of ["java.awt.BorderLayout", "java.util.logging.SocketHandler"]) {
    await page.getByRole("combobox", { name: "Search actors" }).fill(name);
    // The search results' options, not the toolbar's <select> options (which come first while the
    // results of a 1,538-actor search are still on their way).
    await page.getByRole("listbox", { name: "Search actors: results" }).getByRole("option").first().click();
    await expect(page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 })).toHaveText(
      name,
    );
    await expect.poll(async () => (await snapshot(page)).selected.length).toBe(1);
  }
  expect(errors).toEqual([]);
});

/** In the page: true once browser storage holds the last import under this dataset id. */
function keptImportId(datasetId: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = indexedDB.open("tangle");
    request.onerror = () => resolve(false);
    request.onsuccess = () => {
      const database = request.result;
      if (!database.objectStoreNames.contains("imports")) return resolve(false);
      const read = database.transaction("imports").objectStore("imports").get("last");
      read.onsuccess = () => resolve((read.result as { datasetId?: string } | undefined)?.datasetId === datasetId);
      read.onerror = () => resolve(false);
    };
  });
}
