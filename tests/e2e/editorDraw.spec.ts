// The editor's gestures and dialogs (issue 19): a relation drawn by dragging from one actor to
// another, with nothing moving on the graph; renaming a network in an in-app dialog; a file
// imported over the network replacing it, as one undoable step.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { openApp, watchConsole } from "./helpers";

type Points = Record<string, { x: number; y: number; modelX: number; modelY: number }>;

const counts = (page: Page) => page.getByTestId("counts");
const editor = (page: Page) => page.getByRole("region", { name: "Editor" });
const points = (page: Page) => page.evaluate(() => window.__tangle!.actorPoints!("") as Points);

async function shot(page: Page, name: string) {
  if (process.env.TANGLE_SCREENSHOTS) await page.screenshot({ path: `docs/screenshots/${name}.png` });
}

async function editCopy(page: Page) {
  await openApp(page);
  await page.getByRole("button", { name: "Edit a copy" }).click();
  await expect(page.getByTestId("network-kind")).toHaveText("Your copy");
  await expect(editor(page)).toBeVisible();
}

/** Waits until no actor moves any more (the first layout has come to rest). */
async function settled(page: Page): Promise<Points> {
  let last = JSON.stringify(await points(page));
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await points(page));
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [500] },
    )
    .toBe(true);
  return JSON.parse(last) as Points;
}

/** Two actors well inside the canvas, each clear of every other actor, far apart. */
async function twoClearActors(page: Page, placed: Points): Promise<[string, string]> {
  const box = (await page.getByTestId("graph-canvas").boundingBox())!;
  const entries = Object.entries(placed);
  const clear = entries.filter(
    ([id, p]) =>
      p.x > box.x + 40 &&
      p.x < box.x + box.width - 40 &&
      p.y > box.y + 40 &&
      p.y < box.y + box.height - 40 &&
      entries.every(([other, q]) => other === id || Math.hypot(p.x - q.x, p.y - q.y) > 45),
  );
  expect(clear.length).toBeGreaterThanOrEqual(2);
  const [first] = clear;
  const far = clear
    .slice(1)
    .sort(
      ([, a], [, b]) =>
        Math.hypot(b.x - first![1].x, b.y - first![1].y) - Math.hypot(a.x - first![1].x, a.y - first![1].y),
    )[0];
  return [first![0], far![0]];
}

test("a relation drawn by dragging from one actor to another opens its form with both ends; added, nothing on the graph moves", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await editCopy(page);
  const before = await settled(page);
  const total = await counts(page).textContent();
  const [from, to] = await twoClearActors(page, before);

  await editor(page).getByRole("button", { name: "Draw relations" }).click();
  await expect(editor(page).getByRole("button", { name: "Draw relations" })).toHaveAttribute("aria-pressed", "true");
  const start = before[from]!;
  const end = before[to]!;
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 8 });
  await page.mouse.move(end.x, end.y, { steps: 8 });
  await page.waitForTimeout(300);
  await shot(page, "editor-draw-relation");
  await page.mouse.up();

  const form = page.getByRole("form", { name: "New relation" });
  await expect(form).toBeVisible();
  await expect(form.getByLabel("From", { exact: true })).toHaveValue(from);
  await expect(form.getByLabel("To", { exact: true })).toHaveValue(to);
  await expect(form.getByLabel("Relation kind")).toBeFocused();
  const fromName = await form.getByLabel("From", { exact: true }).locator("option:checked").textContent();
  const toName = await form.getByLabel("To", { exact: true }).locator("option:checked").textContent();
  await expect(form.getByRole("heading")).toHaveText(new RegExp(`^New relation: ${fromName} (→|—) ${toName}$`));
  await form.getByLabel("Claim", { exact: true }).fill("Seen together at a meeting, says the report.");
  await form.getByLabel("Status").selectOption("claimed");
  await shot(page, "editor-new-relation-form");
  await form.getByRole("button", { name: "Add relation" }).click();

  await expect(page.getByRole("form", { name: "Edit relation" })).toBeVisible();
  await expect(editor(page).getByText("claimed: Seen together at a meeting, says the report.")).toBeVisible();
  await expect(page.getByTestId("editor-last")).toContainText(`Last change: Add relation ${fromName}`);
  await expect(counts(page)).not.toHaveText(total ?? "");
  // No re-layout: every actor is where it was.
  const after = await points(page);
  for (const [id, point] of Object.entries(before)) {
    expect(after[id]?.modelX, id).toBeCloseTo(point.modelX, 3);
    expect(after[id]?.modelY, id).toBeCloseTo(point.modelY, 3);
  }
  // A new actor appears next to what it is connected to, the others still in place.
  await editor(page).getByRole("button", { name: "New actor" }).click();
  const actorForm = page.getByRole("form", { name: "New actor" });
  await actorForm.getByLabel("Name", { exact: true }).fill("A newcomer");
  await actorForm.getByRole("button", { name: "Add actor" }).click();
  await expect(page.getByRole("form", { name: "Edit actor A newcomer" })).toBeVisible();
  const withNew = await points(page);
  expect(withNew["a-newcomer"]).toBeDefined();
  for (const [id, point] of Object.entries(before)) expect(withNew[id]?.modelX, id).toBeCloseTo(point.modelX, 3);
  expect(errors).toEqual([]);
});

test("renaming a network: an in-app dialog that keeps focus, says what is wrong at the field and gives focus back", async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole("button", { name: "Library" }).click();
  await page.getByLabel("New network title").fill("Rename me");
  await page.getByRole("button", { name: "New network" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rename me");

  await page.getByRole("button", { name: "Library" }).click();
  await page.getByRole("button", { name: "Rename Rename me" }).click();
  const dialog = page.getByRole("dialog", { name: "Rename “Rename me”" });
  await expect(dialog).toBeVisible();
  const field = dialog.getByLabel("New title");
  await expect(field).toBeFocused();
  await field.fill("   ");
  await dialog.getByRole("button", { name: "Rename" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Title must not be empty");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toBeFocused();
  await shot(page, "editor-rename-dialog");
  // Focus stays in the dialog: the page behind it is inert.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("dialog")?.getAttribute("class"))).toBe(
      "rename-dialog",
    );
  }
  await field.fill("Renamed network");
  await field.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Rename Renamed network" })).toBeFocused();
  await page.getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renamed network");
  // The network open in the editor is renamed by an edit: undone like any other.
  await expect(page.getByTestId("editor-last")).toContainText("Rename network “Rename me” to “Renamed network”");
  await editor(page).getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rename me");
});

test("a file imported over the network shows its changes, then replaces the network as one undoable step", async ({
  page,
}) => {
  const errors = watchConsole(page);
  await editCopy(page);
  const total = await counts(page).textContent();
  const file = "tests/fixtures/placeholder.json";
  type Shape = {
    actors: { id: string; name: string }[];
    relations: { id: string; from: string; to: string; claims: { id: string; status: string }[] }[];
    sources: { id: string; title: string }[];
  };
  const wanted = JSON.parse(readFileSync(file, "utf8")) as Shape;
  const essence = (dataset: Shape) => ({
    actors: dataset.actors.map((actor) => `${actor.id} ${actor.name}`),
    relations: dataset.relations.map(
      (relation) =>
        `${relation.id} ${relation.from}>${relation.to} ${relation.claims.map((claim) => `${claim.id}:${claim.status}`).join(",")}`,
    ),
    sources: dataset.sources.map((source) => `${source.id} ${source.title}`),
  });

  await editor(page).getByLabel("Compare with a file…").setInputFiles(file);
  const changes = page.getByRole("region", { name: "Changes" });
  await expect(changes).toContainText("Actor added: Ada Example");
  await editor(page).getByRole("button", { name: "Replace the network with this file" }).click();
  await expect(counts(page)).toHaveText(
    `${wanted.actors.length} of ${wanted.actors.length} actors · ${wanted.relations.length} of ${wanted.relations.length} relations shown`,
  );
  await expect(page.getByTestId("network-kind")).toHaveText("Your copy");
  await expect(page.getByTestId("editor-last")).toContainText("Last change: Replace with placeholder.json");

  // What is on screen is the file: exported, it has the file's actors, relations and sources.
  await page.getByRole("button", { name: "Library" }).click();
  const download = page.waitForEvent("download");
  const title = await page.getByRole("heading", { level: 1 }).textContent();
  await page.getByRole("button", { name: `Export ${title}` }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), "utf8")) as Shape;
  expect(essence(exported)).toEqual(essence(wanted));
  await page.getByRole("button", { name: "Close" }).click();

  await editor(page).getByRole("button", { name: "Undo" }).click();
  await expect(counts(page)).toHaveText(total ?? "");
  expect(errors).toEqual([]);
});

test("a search with no hit offers to create that actor, and the new actor is placed without moving the others", async ({
  page,
}) => {
  await editCopy(page);
  const before = await settled(page);
  const total = Object.keys(before).length;
  await page.getByRole("combobox", { name: "Search actors" }).fill("Zed Nobody");
  await editor(page).getByRole("button", { name: "Create actor “Zed Nobody”" }).click();
  const form = page.getByRole("form", { name: "New actor" });
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("Zed Nobody");
  await form.getByRole("button", { name: "Add actor" }).click();
  await expect(page.getByRole("form", { name: "Edit actor Zed Nobody" })).toBeVisible();
  await expect(page.getByTestId("editor-last")).toContainText("Last change: Add actor Zed Nobody");
  const after = await points(page);
  expect(Object.keys(after).length).toBe(total + 1);
  for (const [id, point] of Object.entries(before)) expect(after[id]?.modelY, id).toBeCloseTo(point.modelY, 3);
});
