// Issue 4 as a researcher would do it: search, read evidence, filter, share the link.
import { expect, test } from "@playwright/test";
import { openApp, snapshot, watchConsole } from "./helpers";

test("search 'makhluf', pick the result, read the claim and its source", async ({ page }) => {
  const errors = watchConsole(page);
  await openApp(page);
  const search = page.getByRole("combobox", { name: "Search actors" });
  await search.fill("makhluf");
  const first = page.getByRole("option").first();
  await expect(first).toContainText("Rami Makhlouf");
  await first.click();
  const details = page.getByRole("complementary", { name: "Details" });
  await expect(details.getByRole("heading", { level: 2 })).toHaveText("Rami Makhlouf");
  await expect(details).toContainText("رامي مخلوف");
  expect((await snapshot(page)).selected).toEqual(["rami-makhlouf"]);
  // Open one of his funding relations and read its claim, status and source.
  await details
    .getByRole("button", { name: /^Funds to .*: show claims/ })
    .first()
    .click();
  const claim = details.locator(".claim").first();
  await expect(claim).toContainText(/Reported|Claimed|Confirmed/);
  await expect(claim.getByRole("list", { name: "Sources" })).toContainText("paragraph");
  await expect(claim).toContainText(/independent source/);
  expect(errors).toEqual([]);
});

test("Arabic script and other spellings find the same people", async ({ page }) => {
  await openApp(page);
  const search = page.getByRole("combobox", { name: "Search actors" });
  for (const [query, name] of [
    ["مخلوف", "Rami Makhlouf"],
    ["Makhlouf", "Rami Makhlouf"],
    ["el Assad", "Assad"],
    ["tartous", "Tartus"],
  ] as const) {
    await search.fill(query);
    await expect(page.getByRole("option").first()).toContainText(name);
  }
});

test("'confirmed and reported only' changes what is shown and the counts", async ({ page }) => {
  await openApp(page);
  const counts = page.getByTestId("counts");
  const before = await counts.textContent();
  const edgesBefore = (await snapshot(page)).visibleEdges.length;
  await page.getByRole("button", { name: "Confirmed and reported only" }).click();
  await expect(page.getByRole("button", { name: "Confirmed and reported only" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(counts).not.toHaveText(before ?? "");
  const after = await snapshot(page);
  expect(after.visibleEdges.length).toBeLessThan(edgesBefore);
  await expect(counts).toContainText(`${after.visibleEdges.length} of`);
  expect(page.url()).toContain("hs=claimed%2Cdisputed%2Cdenied");
});

test("a copied link reopens the same selection and filters", async ({ page, context }) => {
  await openApp(page);
  await page.getByRole("combobox", { name: "Search actors" }).fill("Kamal Hassan");
  await page.getByRole("option").first().click();
  await page.getByRole("button", { name: "Confirmed and reported only" }).click();
  const shared = page.url();
  const original = await snapshot(page);
  const other = await context.newPage();
  await other.goto(shared);
  await other.waitForFunction(
    () => (window.__tangle?.snapshot?.() as { selected: string[] } | undefined)?.selected.length === 1,
  );
  const reopened = await snapshot(other);
  expect(reopened.selected).toEqual(["kamal-hassan"]);
  expect(reopened.visibleEdges.sort()).toEqual(original.visibleEdges.sort());
  await expect(other.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 })).toHaveText(
    "Kamal Hassan",
  );
});

test("keyboard only: '/' to search, arrows and Enter to pick, Tab to the evidence", async ({ page }) => {
  await openApp(page);
  await page.locator("body").press("/");
  await expect(page.getByRole("combobox", { name: "Search actors" })).toBeFocused();
  await page.keyboard.type("sharaa");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  const details = page.getByRole("complementary", { name: "Details" });
  await expect(details.getByRole("heading", { level: 2 })).toHaveText("Ahmed al-Sharaa");
  // Tab into the details panel until a relation button has focus, then open it with Enter.
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    if (label.endsWith("show claims")) break;
  }
  await page.keyboard.press("Enter");
  await expect(details.getByText("Relation ·")).toBeVisible();
  await expect(details.locator(".claim").first()).toBeVisible();
});

test("Back and Forward move through selections", async ({ page }) => {
  await openApp(page);
  const search = page.getByRole("combobox", { name: "Search actors" });
  for (const name of ["Kamal Hassan", "Rami Makhlouf"]) {
    await search.fill(name);
    await page.getByRole("option").first().click();
  }
  const heading = page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 });
  await expect(heading).toHaveText("Rami Makhlouf");
  await page.goBack();
  await expect(heading).toHaveText("Kamal Hassan");
  await page.goForward();
  await expect(heading).toHaveText("Rami Makhlouf");
});

test("a broken link falls back with a notice, never a blank page", async ({ page }) => {
  await openApp(page, "#view=cube&sel=nonsense&tf=yesterday");
  await expect(page.getByRole("status", { name: "Notices" })).toContainText('Ignored unknown view "cube"');
  expect((await snapshot(page)).nodeCount).toBeGreaterThan(10);
});

test("screen readers hear what was selected, wherever it was selected from", async ({ page }) => {
  await openApp(page, "#sel=a:rami-makhlouf");
  await expect(page.getByTestId("selection-announcement")).toHaveText(
    /^Selected Rami Makhlouf, Person, \d+ relations\./,
  );
  await page
    .getByRole("complementary", { name: "Details" })
    .getByRole("button", { name: /show claims/ })
    .first()
    .click();
  await expect(page.getByTestId("selection-announcement")).toHaveText(/^Selected relation: .+, \d+ claims?\.$/);
});

test("walk the graph by keyboard: arrows through neighbours, Enter to walk on, Backspace back", async ({ page }) => {
  await openApp(page, "#sel=a:kamal-hassan");
  const graph = page.getByRole("application", { name: /Arrow keys move between connected actors/ });
  await graph.focus();
  const heading = page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 });
  await page.keyboard.press("ArrowRight");
  const first = await heading.textContent();
  expect(first).not.toBe("Kamal Hassan");
  await page.keyboard.press("ArrowRight");
  await expect(heading).not.toHaveText(first ?? "");
  await page.keyboard.press("ArrowLeft");
  await expect(heading).toHaveText(first ?? "");
  // The neighbour reached is connected to Kamal Hassan: its details list him.
  await expect(page.getByRole("complementary", { name: "Details" })).toContainText("Kamal Hassan");
  await page.keyboard.press("Enter");
  await page.keyboard.press("ArrowRight");
  await expect(heading).not.toHaveText(first ?? "");
  await page.keyboard.press("Backspace");
  await expect(heading).toHaveText("Kamal Hassan");
  await page.keyboard.press("Escape");
  await expect(heading).toHaveText(/Assad's exiles/);
});

test("a link to something not in the dataset says so in the details panel", async ({ page }) => {
  await openApp(page, "#sel=a:nobody-here");
  await expect(page.getByRole("complementary", { name: "Details" })).toContainText(
    "The link selects “nobody-here”, which is not in this dataset.",
  );
});

test("'?' lists the keyboard shortcuts in a dialog that Escape closes", async ({ page }) => {
  await openApp(page);
  await page.locator("body").press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Step through the selected actor's neighbours");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});
