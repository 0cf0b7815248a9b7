// Issue 16: the timeline of claims, brushing a period, and "as of" playback.
import { expect, test, type Page } from "@playwright/test";
import { openApp, snapshot, watchConsole } from "./helpers";

/** Drags across the timeline's axis from one month boundary to another (fractions of its width). */
async function brush(page: Page, from: number, to: number) {
  const axis = page.getByTestId("timeline-axis");
  const box = (await axis.boundingBox())!;
  const y = box.y + box.height + 40; // over the rows, below the axis
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 4 });
  await page.mouse.move(box.x + box.width * to, y, { steps: 4 });
  await page.mouse.up();
}

/** Where a date falls on the axis, read from the ticks the page drew. */
async function tickFraction(page: Page, label: string): Promise<number> {
  const axis = (await page.getByTestId("timeline-axis").boundingBox())!;
  const tick = (await page.getByTestId("timeline-axis").getByText(label, { exact: true }).boundingBox())!;
  return (tick.x - 2 - axis.x) / axis.width;
}

test("the timeline draws dated claims and lists undated ones apart", async ({ page }) => {
  const errors = watchConsole(page);
  await openApp(page);
  await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Timeline" }).click();
  expect(page.url()).toContain("view=timeline");
  const list = page.getByRole("list", { name: /^Claims over time/ });
  const funds = list.getByRole("button", { name: /^Reported, March 2025 to December 2025: Kamal Hassan — funds/ });
  await expect(funds).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Undated claims \(\d+\)/ })).toBeVisible();
  // Hover shows the claim; click opens its details.
  await funds.hover();
  await expect(page.getByTestId("timeline-hint")).toContainText("1.5 million");
  await funds.click();
  await expect(page.getByRole("complementary", { name: "Details" })).toContainText("Kamal Hassan");
  expect(await page.evaluate(() => (window.__tangle!.state!() as { selection?: { id: string } }).selection?.id)).toBe(
    "rel-hassan-funds-fighters",
  );
  expect(errors).toEqual([]);
});

test("arrow keys move between claims and Enter opens one", async ({ page }) => {
  await openApp(page);
  await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Timeline" }).click();
  const list = page.getByRole("list", { name: /^Claims over time/ });
  const first = list.getByRole("button").first();
  await first.focus();
  const firstName = await first.getAttribute("aria-label");
  await page.keyboard.press("ArrowDown");
  const focused = page.locator(":focus");
  await expect(focused).not.toHaveAttribute("aria-label", firstName ?? "");
  await expect(focused).toHaveClass(/tl-bar/);
  const relation = await focused.evaluate((element) =>
    element.closest("[data-relation]")?.getAttribute("data-relation"),
  );
  await page.keyboard.press("Enter");
  await expect
    .poll(() => page.evaluate(() => (window.__tangle!.state!() as { selection?: { id: string } }).selection?.id))
    .toBe(relation);
});

test("brushing 2025 sets the time filter and the graph's counts change", async ({ page }) => {
  await openApp(page);
  const counts = page.getByTestId("counts");
  const before = await counts.textContent();
  const edgesBefore = (await snapshot(page)).visibleEdges.length;
  await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Timeline" }).click();
  await brush(page, await tickFraction(page, "2025"), await tickFraction(page, "2026"));
  await expect(page.getByTestId("timeline-period")).toHaveText("Period: 2025");
  expect(page.url()).toContain("tf=2025&tt=2025");
  await expect(page.getByTestId("timeline-window")).toBeVisible();
  await expect(counts).not.toHaveText(before ?? "");
  // The relation dated "until December 2024" (who ruled) is drawn faint now, and gone from the graph.
  await expect(page.locator('[data-relation="rel-bashar-led-regime"] .tl-bar')).toHaveClass(/tl-out/);
  await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Graph" }).click();
  const after = await snapshot(page);
  expect(after.visibleEdges.length).toBeLessThan(edgesBefore);
  expect(after.visibleEdges).not.toContain("rel-bashar-led-regime");
  await expect(counts).toContainText(`${after.visibleEdges.length} of`);
  await expect(page.getByRole("textbox", { name: "From" })).toHaveValue("2025");
});

test("'as of' plays through three months and the graph follows", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "As of…" }).click();
  await page.getByLabel("undated claims too").uncheck();
  const month = page.getByTestId("as-of-month");
  const slider = page.getByRole("slider", { name: "Month shown" });
  await slider.focus();
  await page.keyboard.press("End");
  await page.keyboard.press("Home");
  await expect(month).toHaveText(/^As of November 2024/);
  const seen: string[] = [];
  const edges: number[] = [];
  await page.getByTestId("as-of-play").click();
  for (const expected of ["December 2024", "January 2025", "February 2025"]) {
    await expect(month).toContainText(`As of ${expected}`, { timeout: 5000 });
    seen.push(expected);
    edges.push((await snapshot(page)).visibleEdges.length);
  }
  await page.getByTestId("as-of-play").click(); // pause
  expect(seen).toHaveLength(3);
  expect(page.url()).toMatch(/tf=2025-0[2-3]&tt=2025-0[2-3]/);
  // November 2024: who ruled; December 2024: the fall and the flight; the counts say so.
  await slider.focus();
  await page.keyboard.press("Home");
  await expect(month).toHaveText(/^As of November 2024/);
  const november = await snapshot(page);
  expect(november.visibleEdges).toContain("rel-bashar-led-regime");
  expect(november.visibleEdges).not.toContain("rel-bashar-fled-to-russia");
  expect(edges[0]).toBeGreaterThan(november.visibleEdges.length);
});
