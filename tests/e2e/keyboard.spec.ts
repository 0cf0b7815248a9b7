// Issue 17, keyboard and screen reader: the skip link, a keyboard-only walk to a relation's sources,
// focus given back after every dialog, menu and overlay, no hidden control announced, reduced motion.
import { expect, test, type Page } from "@playwright/test";
import { openApp, snapshot } from "./helpers";

/** Presses keys one by one, counting them, so a test can hold the walk to a budget. */
function keyCounter(page: Page) {
  let presses = 0;
  return {
    press: async (key: string) => {
      presses += 1;
      await page.keyboard.press(key);
    },
    count: () => presses,
  };
}

const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const graph = (page: Page) => page.getByRole("application", { name: /^Network of/ });

test("the first Tab reaches a skip link that takes Enter straight into the graph", async ({ page }) => {
  await openApp(page);
  const keys = keyCounter(page);
  await keys.press("Tab");
  await expect(page.getByRole("button", { name: "Skip to graph" })).toBeFocused();
  await keys.press("Enter");
  await expect(graph(page)).toBeFocused();
  expect(keys.count()).toBeLessThanOrEqual(3);
  // The graph says what it shows, and what is selected, in words.
  await expect(graph(page)).toHaveAccessibleDescription(
    /^Showing 35 of 35 actors and \d+ of \d+ relations\. Nothing selected\.$/,
  );
});

test("keyboard only, from the page top to a selected relation's sources in at most 10 key presses", async ({
  page,
}) => {
  await openApp(page);
  const keys = keyCounter(page);
  await keys.press("Tab"); // Skip to graph
  await keys.press("Enter"); // in the graph
  await keys.press("ArrowRight"); // the best-connected actor
  const anchor = await details(page).getByRole("heading", { level: 2 }).textContent();
  await keys.press("ArrowRight"); // its first neighbour
  await expect(details(page).getByRole("heading", { level: 2 })).not.toHaveText(anchor ?? "");
  await keys.press("r"); // the relation between them
  await expect(page.getByTestId("selection-announcement")).toHaveText(/^Selected relation: /);
  await keys.press("Enter"); // to its claims and sources
  expect(keys.count()).toBeLessThanOrEqual(10);

  const heading = details(page).getByRole("heading", { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toContainText(anchor ?? "");
  const sources = details(page).getByRole("list", { name: "Sources" }).first();
  await expect(sources).toBeVisible();
  await expect(sources.getByRole("listitem").first()).toContainText(/\S/);
  const selected = (await snapshot(page)).selected;
  expect(selected).toHaveLength(1);
  expect(selected[0]).toMatch(/^rel-/);
});

test("the selected node shows keyboard focus while the graph has it, and the description follows", async ({ page }) => {
  await openApp(page, "#sel=a:kamal-hassan");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(graph(page)).toHaveAccessibleDescription(/Selected: Kamal Hassan\.$/);
  const ringed = async () => (await snapshot(page)).keyboardFocus;
  await expect.poll(ringed).toEqual(["kamal-hassan"]);
  await page.keyboard.press("ArrowRight");
  await expect.poll(async () => (await ringed())[0]).not.toBe("kamal-hassan");
  await page.keyboard.press("Shift+Tab");
  await expect.poll(ringed).toEqual([]);
});

test("filter changes are announced politely with what the graph now shows", async ({ page }) => {
  await openApp(page);
  const announcement = page.getByTestId("graph-announcement");
  await expect(announcement).toHaveAttribute("aria-live", "polite");
  await expect(announcement).toHaveText(/^Showing 35 of 35 actors and (\d+) of \1 relations\.$/);
  await page.getByRole("button", { name: "Confirmed and reported only" }).click();
  await expect(announcement).toHaveText(/^Showing \d+ of 35 actors and \d+ of \d+ relations\.$/);
  await expect(announcement).not.toHaveText(/^Showing 35 of 35 actors and (\d+) of \1 relations/);
});

test("focus returns to where it was after the shortcuts dialog, opened by key or by button", async ({ page }) => {
  await openApp(page);
  const canvas = graph(page);
  await canvas.focus();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(canvas).toBeFocused();

  const button = page.getByRole("button", { name: "Keyboard shortcuts" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Enter"); // Close, which has focus
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test("focus returns to Export after the menu closes, by Escape or by choosing an export", async ({ page }) => {
  await openApp(page);
  const exportButton = page.getByRole("button", { name: "Export", exact: true });
  await exportButton.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "PNG image (2×)" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "PNG image (2×)" })).toHaveCount(0);
  await expect(exportButton).toBeFocused();

  await page.keyboard.press("Enter");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Dataset JSON" }).press("Enter");
  await download;
  await expect(exportButton).toBeFocused();
});

test("focus returns to Import after the list of an import's problems is closed", async ({ page }) => {
  await openApp(page);
  const importButton = page.getByRole("button", { name: "Import…" });
  await importButton.focus();
  await page.getByTestId("import-input").setInputFiles("tests/fixtures/hostile/broken-references.json");
  const problems = page.getByRole("alert", { name: /could not be imported/ });
  await expect(problems).toBeVisible();
  await problems.getByRole("button", { name: "Close" }).click();
  await expect(problems).toHaveCount(0);
  await expect(importButton).toBeFocused();
});

test("focus returns to Present after leaving a story, and to the details heading after a link there", async ({
  page,
}) => {
  await openApp(page, "#sel=a:kamal-hassan");
  const present = page.getByRole("button", { name: "Present", exact: true });
  await present.focus();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("button", { name: "Leave the story", exact: false }).or(page.getByTitle(/Leave the story/)),
  ).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(present).toBeFocused();

  // A relation link in the details panel is replaced by the relation: focus goes to its heading.
  await details(page)
    .getByRole("button", { name: /show claims/ })
    .first()
    .click();
  await expect(details(page).getByRole("heading", { level: 2 })).toBeFocused();
});

test("no hidden control is announced: the file input is out of the accessibility tree", async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(1);
  await expect(page.getByLabel(/Import a dataset file/)).toHaveCount(0);
  const tree = await page.locator("body").ariaSnapshot();
  expect(tree.match(/Import/g)).toHaveLength(1);
});

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("selecting and fitting jump without animating; nothing on the page transitions", async ({ page }) => {
    await openApp(page, "#story=exiles-and-money&step=1");
    // Steps move the camera and the progress bar; sample every frame while stepping.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { motion: string[] }).motion = seen;
      const sample = () => {
        if ((window.__tangle?.snapshot?.() as { animating: boolean } | undefined)?.animating) seen.push("camera");
        for (const animation of document.getAnimations())
          if (animation.playState === "running") seen.push(animation.constructor.name);
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Escape");
    await openAppExplorerSelection(page);
    expect(await page.evaluate(() => (window as unknown as { motion: string[] }).motion)).toEqual([]);
  });
});

test("without reduced motion the same steps do glide (the check above can fail)", async ({ page }) => {
  await openApp(page, "#story=exiles-and-money&step=1");
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { motion: string[] }).motion = seen;
    const sample = () => {
      if ((window.__tangle?.snapshot?.() as { animating: boolean } | undefined)?.animating) seen.push("camera");
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.keyboard.press("ArrowRight");
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { motion: string[] }).motion.length))
    .toBeGreaterThan(0);
});

/** Back in the explorer, a search pick selects and centres an actor (a camera move). */
async function openAppExplorerSelection(page: Page) {
  await expect(graph(page)).toBeVisible();
  const search = page.getByRole("combobox", { name: "Search actors" });
  await search.fill("Rami");
  await page.getByRole("option").first().click();
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Rami Makhlouf");
  await page.waitForTimeout(500);
}

test("focus returns to Library after the library dialog closes", async ({ page }) => {
  await openApp(page);
  const library = page.getByRole("button", { name: "Library" });
  await library.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Library of networks" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Library of networks" })).toBeHidden();
  await expect(library).toBeFocused();
});
