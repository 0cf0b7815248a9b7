// Issue 5 as a researcher would do it: a path with its evidence, the table twin, SVG export.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { openApp, snapshot } from "./helpers";

test("path from Kamal Hassan to Ahmed al-Sharaa, with every hop's evidence", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Paths", exact: true }).click();
  const finder = page.getByRole("region", { name: "How are they connected?" });
  await finder.getByRole("combobox", { name: "Path from" }).fill("Kamal Hassan");
  await finder.getByRole("option").first().click();
  await finder.getByRole("combobox", { name: "Path to" }).fill("al-Sharaa");
  await finder.getByRole("option").first().click();
  await expect(finder).toContainText(/shortest paths? of \d+ steps?/);
  const first = finder.locator(".path").first();
  await expect(first.locator(".path-summary")).toContainText(/^Path 1: Kamal Hassan .* Ahmed al-Sharaa$/);
  await expect(first).toContainText("Weakest link:");
  const hops = first.locator(".path-hop");
  const count = await hops.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    const hop = hops.nth(i);
    await hop.locator("summary").click();
    await expect(hop.locator(".claim").first()).toBeVisible();
    await expect(hop.locator(".claim").first().getByRole("list", { name: "Sources" })).toContainText("paragraph");
  }
  const shown = await snapshot(page);
  expect(shown.pathNodes).toContain("kamal-hassan");
  expect(shown.pathNodes).toContain("ahmed-al-sharaa");
  expect(page.url()).toContain("from=kamal-hassan&to=ahmed-al-sharaa");
});

test("no path under strict options says so and offers the nearest alternative", async ({ page }) => {
  // A path in the link opens the path finder by itself.
  await openApp(page, "#from=weapons-caches&to=un-security-council&pf=1");
  const finder = page.getByRole("region", { name: "How are they connected?" });
  await expect(finder.locator(".path-none")).toContainText(/No path from Weapons caches to UN Security Council/);
  await finder.getByRole("button", { name: "Show it" }).click();
  await expect(finder.locator(".path").first()).toBeVisible();
});

test("table view: sort actors by degree, select a row, see it in the details", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Table", exact: true }).click();
  const table = page.getByRole("table").first();
  const degree = table.getByRole("columnheader", { name: /Degree/ });
  await degree.getByRole("button").click();
  await expect(degree).toHaveAttribute("aria-sort", "descending");
  const values = (await table.locator("tbody tr td.number:nth-of-type(2)").allTextContents()).map(Number);
  expect(values.length).toBeGreaterThan(10);
  expect([...values].sort((a, b) => b - a)).toEqual(values);
  await degree.getByRole("button").click();
  await expect(degree).toHaveAttribute("aria-sort", "ascending");
  const firstRow = table.locator("tbody tr").first();
  const name = (await firstRow.locator("th").textContent()) ?? "";
  await firstRow.getByRole("button").click();
  await expect(page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 })).toHaveText(
    name,
  );
});

test("export SVG: it parses and names the actors", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Export" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "SVG image" }).click();
  const file = await (await download).path();
  const svg = readFileSync(file, "utf8");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      root: doc.documentElement.nodeName,
      text: doc.documentElement.textContent ?? "",
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe("svg");
  for (const name of ["Kamal Hassan", "Rami Makhlouf", "Ahmed al-Sharaa"]) expect(parsed.text).toContain(name);
  expect(parsed.text).toContain("Sources:");
});

test("export dataset JSON of the filtered view and import it back", async ({ page }) => {
  await openApp(page, "#hs=claimed,disputed,denied");
  const shownEdges = (await snapshot(page)).visibleEdges.length;
  await page.getByRole("button", { name: "Export" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Dataset JSON" }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, "utf8")) as { relations: unknown[] };
  expect(exported.relations).toHaveLength(shownEdges);
  await page
    .getByTestId("import-input")
    .setInputFiles({ name: "filtered.json", mimeType: "application/json", buffer: readFileSync(file) });
  await expect(page.getByRole("status", { name: "Notices" })).toContainText(`Opened filtered.json`);
  expect((await snapshot(page)).edgeCount).toBe(shownEdges);
});

test("ego focus: only the neighbourhood stays, '+' and '−' change the depth, all in the URL", async ({ page }) => {
  await openApp(page);
  await page.getByRole("combobox", { name: "Search actors" }).fill("Kamal Hassan");
  await page.getByRole("option").first().click();
  await page.getByRole("button", { name: "Focus on neighbourhood" }).click();
  const bar = page.getByRole("group", { name: "Neighbourhood focus" });
  await expect(bar).toContainText("depth 1");
  const depth1 = await snapshot(page);
  expect(depth1.visibleNodes).toContain("kamal-hassan");
  expect(depth1.visibleNodes.length).toBeLessThan(depth1.nodeCount);
  expect(page.url()).toContain("focus=kamal-hassan&depth=1");
  await bar.getByRole("button", { name: "More depth" }).click();
  await expect(bar).toContainText("depth 2");
  expect((await snapshot(page)).visibleNodes.length).toBeGreaterThan(depth1.visibleNodes.length);
  await bar.getByRole("button", { name: "Less depth" }).click();
  await expect(bar).toContainText("depth 1");
  expect((await snapshot(page)).visibleNodes.sort()).toEqual(depth1.visibleNodes.sort());
  await bar.getByRole("button", { name: "Show everything" }).click();
  expect((await snapshot(page)).visibleNodes).toHaveLength(depth1.nodeCount);
});

test("export the CSV tables (one .zip) and import it back to the same network", async ({ page }) => {
  await openApp(page);
  const original = await snapshot(page);
  await page.getByRole("button", { name: "Export" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: /^CSV tables/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("assad-exile-network-tables.zip");
  const file = {
    name: download.suggestedFilename(),
    mimeType: "application/zip",
    buffer: readFileSync(await download.path()),
  };
  await page.getByTestId("import-input").setInputFiles(file);
  await expect(page.getByRole("status", { name: "Notices" })).toContainText(
    `Opened assad-exile-network-tables.zip: ${original.nodeCount} actors`,
  );
  const reopened = await snapshot(page);
  expect(reopened.nodeCount).toBe(original.nodeCount);
  expect(reopened.edgeCount).toBe(original.edgeCount);
});
