// Issue 14, reflow (WCAG 2.2 1.4.10): on a narrow window (800 px) and at 200 % zoom (a 1440 px
// window: 720 CSS px) the graph keeps the width and most of the height; the legend and filters and
// the details open as drawers from buttons, close with Escape, and give focus back.
import { expect, test, type Page } from "@playwright/test";
import { openApp, watchConsole } from "./helpers";

interface ActorBoxes {
  width: number;
  height: number;
  actors: Array<{ id: string; x1: number; y1: number; x2: number; y2: number }>;
}

const canvasBox = async (page: Page) => (await page.getByTestId("graph-canvas").boundingBox())!;
const filtersButton = (page: Page) => page.getByRole("button", { name: "Legend and filters" });
const detailsButton = (page: Page) => page.getByRole("button", { name: "Details", exact: true });
const filters = (page: Page) => page.getByRole("complementary", { name: "Legend and filters" });
const details = (page: Page) => page.getByRole("complementary", { name: "Details" });
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.describe("800×900 window", () => {
  test.use({ viewport: { width: 800, height: 900 } });

  test("the graph keeps the width and most of the height; each drawer opens, closes with Escape and gives focus back", async ({
    page,
  }) => {
    const errors = watchConsole(page);
    await openApp(page);
    const canvas = await canvasBox(page);
    expect(canvas.width).toBeGreaterThanOrEqual(800 - 1);
    expect(canvas.height).toBeGreaterThanOrEqual(0.6 * 900);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    // Closed drawers are out of the way (and out of the Tab order).
    await expect(filters(page)).toBeHidden();
    await expect(details(page)).toBeHidden();
    await expect(filtersButton(page)).toHaveAttribute("aria-expanded", "false");

    // By keyboard: Tab to the button, Enter opens, focus goes into the drawer.
    await filtersButton(page).focus();
    await page.keyboard.press("Enter");
    await expect(filtersButton(page)).toHaveAttribute("aria-expanded", "true");
    await expect(filters(page)).toBeVisible();
    await expect(filters(page)).toBeFocused();
    const drawer = (await filters(page).boundingBox())!;
    expect(drawer.x).toBeGreaterThanOrEqual(0);
    expect(drawer.x + drawer.width).toBeLessThanOrEqual(800);
    // The drawer lies over the graph: the canvas keeps its size.
    expect((await canvasBox(page)).width).toBeGreaterThanOrEqual(800 - 1);
    await filters(page).getByRole("button", { name: "Confirmed and reported only" }).focus();
    await page.keyboard.press("Escape");
    await expect(filters(page)).toBeHidden();
    await expect(filtersButton(page)).toBeFocused();
    await expect(filtersButton(page)).toHaveAttribute("aria-expanded", "false");

    // The other drawer, by pointer; the button closes it too.
    await detailsButton(page).click();
    await expect(details(page)).toBeVisible();
    await expect(detailsButton(page)).toHaveAttribute("aria-expanded", "true");
    await detailsButton(page).click();
    await expect(details(page)).toBeHidden();
    expect(errors).toEqual([]);
  });

  test("selecting an actor opens the details drawer, and the actor is not under it", async ({ page }) => {
    await openApp(page);
    const search = page.getByRole("combobox", { name: "Search actors" });
    await search.fill("makhluf");
    await page.getByRole("option").first().click();
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Rami Makhlouf");
    await expect(detailsButton(page)).toHaveAttribute("aria-expanded", "true");
    // Focus stays where the person was; the camera moves the actor out from under the drawer.
    await expect(details(page)).not.toBeFocused();
    const drawer = (await page.locator("#side-panel").boundingBox())!;
    const canvas = await canvasBox(page);
    await expect
      .poll(async () => {
        const drawn = await page.evaluate(() => window.__tangle!.actorBoxes!() as ActorBoxes);
        const actor = drawn.actors.find((box) => box.id === "rami-makhlouf")!;
        return canvas.x + actor.x2 <= drawer.x && actor.x1 >= 0 && actor.y1 >= 0 && actor.y2 <= drawn.height;
      })
      .toBe(true);
  });

  test("in Arabic (right to left) the drawers open from the other sides", async ({ page }) => {
    await openApp(page, "#lang=ar&sel=a:rami-makhlouf");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const side = (await page.locator("#side-panel").boundingBox())!;
    expect(side.x).toBeLessThanOrEqual(1);
    await page.locator("#filters-toggle").click();
    const legend = (await page.locator("#filters-drawer").boundingBox())!;
    expect(legend.x + legend.width).toBeGreaterThanOrEqual(800 - 1);
  });
});

test.describe("200 % zoom on a 1440×900 window", () => {
  test.use({ viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 });

  test("the graph fills the window under the header, nothing scrolls sideways, and the details are reachable", async ({
    page,
  }) => {
    await openApp(page, "#sel=a:rami-makhlouf");
    const canvas = await canvasBox(page);
    expect(canvas.width).toBeGreaterThanOrEqual(720 - 1);
    expect(canvas.height).toBeGreaterThanOrEqual(0.7 * 450);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    // A link with a selection opens with the details drawer showing it.
    await details(page).scrollIntoViewIfNeeded();
    await expect(details(page)).toBeInViewport();
    await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Rami Makhlouf");
    const box = (await details(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(720 + 0.5);
    // The legend is a button away.
    await filtersButton(page).click();
    await expect(filters(page)).toBeInViewport();
    await expect(filters(page).getByRole("button", { name: "Confirmed and reported only" })).toBeVisible();
  });
});

test("wide windows keep the three columns, without drawer buttons", async ({ page }) => {
  await openApp(page, "#sel=a:rami-makhlouf");
  await expect(filtersButton(page)).toHaveCount(0);
  const legend = (await filters(page).boundingBox())!;
  const canvas = await canvasBox(page);
  const side = (await details(page).boundingBox())!;
  expect(legend.x + legend.width).toBeLessThanOrEqual(canvas.x + 1);
  expect(canvas.x + canvas.width).toBeLessThanOrEqual(side.x + 1);
});
