// The editor as a researcher uses it: build a small network with a claim and a source, keep it
// over a reload, undo, save a version, change a claim's status and see the change on the graph,
// merge two spellings of one person, export and compare the export with the network (no change).
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { openApp, watchConsole } from "./helpers";

/** Committed pictures of the editor are written only when asked (TANGLE_SCREENSHOTS=1), not on every test run. */
async function shot(page: Page, name: string) {
  if (process.env.TANGLE_SCREENSHOTS) await page.screenshot({ path: `docs/screenshots/${name}.png` });
}

const counts = (page: Page) => page.getByTestId("counts");
const editor = (page: Page) => page.getByRole("region", { name: "Editor" });

async function newNetwork(page: Page, title: string) {
  await page.getByRole("button", { name: "Library" }).click();
  await page.getByLabel("New network title").fill(title);
  await page.getByRole("button", { name: "New network" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("network-kind")).toHaveText("Your network");
}

async function addActor(page: Page, name: string, kind?: string) {
  await editor(page).getByRole("button", { name: "New actor" }).click();
  const form = page.getByRole("form", { name: "New actor" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  if (kind) await form.getByLabel("Kind").selectOption({ label: kind });
  await form.getByRole("button", { name: "Add actor" }).click();
  await expect(page.getByRole("form", { name: `Edit actor ${name}` })).toBeVisible();
}

async function connect(page: Page, to: string, claim?: string, screenshot?: string) {
  await editor(page).getByLabel("New relation to").selectOption({ label: to });
  await editor(page).getByRole("button", { name: "New relation…" }).click();
  const form = page.getByRole("form", { name: "New relation" });
  await form.getByLabel("Relation kind").selectOption({ label: "Funds" });
  if (claim) await form.getByLabel("Claim", { exact: true }).fill(claim);
  if (screenshot) await shot(page, screenshot);
  await form.getByRole("button", { name: "Add relation" }).click();
  await expect(page.getByRole("form", { name: "Edit relation" })).toBeVisible();
  if (claim) await expect(editor(page).getByText(`reported: ${claim}`)).toBeVisible();
}

test("a researcher builds a network, keeps it, undoes, versions, compares, merges and exports it", async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchConsole(page);
  await openApp(page);
  await newNetwork(page, "Test network");

  // A source, first refused for its address, with the problem shown at the field.
  await editor(page).getByText("Sources (0)").click();
  await editor(page).getByRole("button", { name: "New source" }).click();
  const sourceForm = page.getByRole("form", { name: "New source" });
  await sourceForm.getByLabel("Title").fill("Reuters investigation");
  await sourceForm.getByLabel("Address (URL)").fill("javascript:alert(1)");
  await sourceForm.getByRole("button", { name: "Add source" }).click();
  await expect(sourceForm.getByRole("alert")).toHaveText("Address (URL) must be an http(s) address");
  await expect(sourceForm.getByLabel("Address (URL)")).toHaveAttribute("aria-invalid", "true");
  await shot(page, "editor-validation-at-field");
  await sourceForm.getByLabel("Address (URL)").fill("https://example.org/report");
  await sourceForm.getByRole("button", { name: "Add source" }).click();
  await expect(editor(page).getByText("Sources (1)")).toBeVisible();

  await addActor(page, "Coastal Fighters", "Organisation");
  await addActor(page, "Kamal Hasan");
  await addActor(page, "Kamal Hassan");
  await connect(page, "Coastal Fighters", "Pays the fighters' salaries.", "editor-forms");
  await page.goto("./#d=test-network&sel=a:kamal-hasan");
  await expect(page.getByRole("form", { name: "Edit actor Kamal Hasan" })).toBeVisible();
  await connect(page, "Coastal Fighters", "Named as a donor.");
  await expect(counts(page)).toHaveText("3 of 3 actors · 2 of 2 relations shown");

  // Kept over a reload, with its undo history.
  await page.reload();
  await expect(counts(page)).toHaveText("3 of 3 actors · 2 of 2 relations shown");
  await expect(page.getByTestId("network-kind")).toHaveText("Your network");
  await page.locator("body").click({ position: { x: 5, y: 890 } });
  // Each relation came with its first claim in one step: two undos take both away.
  await page.keyboard.press("Control+z");
  await expect(counts(page)).toHaveText("3 of 3 actors · 1 of 1 relations shown");
  await expect(page.getByTestId("editor-last")).toContainText(
    "Last change: Add relation Kamal Hassan → Coastal Fighters",
  );
  await page.keyboard.press("Control+z");
  await expect(counts(page)).toHaveText("3 of 3 actors · 0 of 0 relations shown");
  await page.keyboard.press("Control+Shift+z");
  await page.keyboard.press("Control+Shift+z");
  await expect(counts(page)).toHaveText("3 of 3 actors · 2 of 2 relations shown");

  // A version, then a claim's status changed: the comparison lists it and marks it on the graph.
  await editor(page).getByLabel("Version note").fill("first draft");
  await editor(page).getByRole("button", { name: "Save version" }).click();
  await expect(editor(page).getByRole("list", { name: "Saved versions" })).toContainText("first draft");
  await page.goto("./#d=test-network&sel=r:rel-kamal-hassan-coastal-fighters");
  await editor(page).getByText("reported: Pays the fighters' salaries.").click();
  const claimForm = editor(page).getByRole("form", { name: /^Edit claim / });
  await claimForm.getByLabel("Status").selectOption("disputed");
  await claimForm.getByRole("button", { name: "Save claim" }).click();
  await expect(editor(page).getByText("disputed: Pays the fighters' salaries.")).toBeVisible();
  await editor(page).getByRole("button", { name: "Compare with now" }).click();
  const changes = page.getByRole("region", { name: "Changes" });
  await expect(changes).toContainText("Claim on Kamal Hassan → Coastal Fighters: status reported → disputed");
  await expect
    .poll(() => page.evaluate(() => (window.__tangle?.diffMarked?.("") as { changed: string[] }).changed))
    .toEqual(["rel-kamal-hassan-coastal-fighters"]);
  await shot(page, "editor-diff-on-graph");
  await editor(page).getByRole("button", { name: "Close comparison" }).click();

  // Two spellings of one person, merged, keeping both relations.
  await editor(page).getByText("Duplicates", { exact: true }).click();
  await editor(page).getByRole("button", { name: "Find likely duplicates" }).click();
  const pairs = editor(page).getByRole("list", { name: "Likely duplicates" });
  await expect(pairs).toContainText("Kamal Hasan / Kamal Hassan");
  await pairs
    .getByRole("button", { name: /^Merge into / })
    .first()
    .click();
  await expect(counts(page)).toHaveText("2 of 2 actors · 2 of 2 relations shown");

  // Export, then compare the exported file with the network on screen: no difference.
  await page.getByRole("button", { name: "Library" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export Test network" }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, "utf8")) as {
    actors: { name: string; aliases?: string[] }[];
    relations: unknown[];
  };
  expect(exported.actors.length).toBe(2);
  expect(exported.relations.length).toBe(2);
  await page.getByRole("button", { name: "Close" }).click();
  await editor(page).getByLabel("Compare with a file…").setInputFiles(file);
  await expect(page.getByRole("region", { name: "Changes" })).toContainText("No difference.");
  expect(errors).toEqual([]);
});

test("by keyboard only: a copy of the curated network, a new actor, undo", async ({ page }) => {
  await openApp(page);
  const total = await counts(page).textContent();
  await page.getByRole("button", { name: "Edit a copy" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("network-kind")).toHaveText("Your copy");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(copy)");
  await editor(page).getByRole("button", { name: "New actor" }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab"); // past "Draw relations"
  await page.keyboard.press("Tab");
  await expect(page.getByRole("form", { name: "New actor" }).getByLabel("Name", { exact: true })).toBeFocused();
  await page.keyboard.type("A new person");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("form", { name: "Edit actor A new person" })).toBeVisible();
  await expect(counts(page)).not.toHaveText(total ?? "");
  await page.getByRole("button", { name: "Undo" }).focus();
  await page.keyboard.press("Enter");
  await expect(counts(page)).toHaveText(total ?? "");
  await page.getByRole("button", { name: /^Back to / }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("network-kind")).toHaveText("Curated");
});
