import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { openApp, snapshot, watchConsole } from "./helpers";

const catalog = JSON.parse(readFileSync("data/index.json", "utf8")) as { datasets: Array<{ file: string }> };
const firstDataset = JSON.parse(readFileSync(catalog.datasets[0]!.file, "utf8")) as {
  title: string;
  actors: unknown[];
  relations: unknown[];
};

test("opens the first listed dataset with its title and every actor drawn", async ({ page }) => {
  const errors = watchConsole(page);
  await openApp(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(firstDataset.title);
  const shown = await snapshot(page);
  expect(shown.nodeCount).toBe(firstDataset.actors.length);
  expect(shown.edgeCount).toBe(firstDataset.relations.length);
  expect(shown.visibleNodes).toHaveLength(firstDataset.actors.length);
  expect(errors).toEqual([]);
});
