// Issue 16: a story step with a time window — captured from the brushed period or typed in the
// editor, applied and shown by the presenter, printed in the handout.
import { expect, test } from "@playwright/test";
import { openApp, watchConsole } from "./helpers";

test("a story step with a time window shows its period and only that time's claims", async ({ page }) => {
  const errors = watchConsole(page);
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await openApp(page);
  // Step 1: the year 2025, chosen on the timeline, captured as the step's period.
  await page.getByRole("group", { name: "View" }).getByRole("button", { name: "Timeline" }).click();
  await page.getByRole("toolbar", { name: "Timeline" }).getByRole("button", { name: "2025", exact: true }).click();
  await expect(page.getByTestId("timeline-period")).toHaveText("Period: 2025");
  const stories = page.getByRole("region", { name: "Stories" });
  await page.getByRole("button", { name: "Stories", exact: true }).click();
  await stories.getByLabel("Title of a new story").fill("Through time");
  await stories.getByRole("button", { name: "New story" }).click();
  await stories.getByRole("button", { name: "Add step from current view" }).click();
  await expect(stories.getByRole("textbox", { name: "Period from (step 1)" })).toHaveValue("2025");
  await expect(stories.getByRole("textbox", { name: "Period to (step 1)" })).toHaveValue("2025");
  // Step 2: everything, then a period typed in the editor.
  await page.getByRole("toolbar", { name: "Timeline" }).getByRole("button", { name: "All time" }).click();
  await stories.getByRole("button", { name: "Add step from current view" }).click();
  await expect(stories.getByRole("textbox", { name: "Period from (step 2)" })).toHaveValue("");
  await stories.getByRole("textbox", { name: "Period to (step 2)" }).fill("2024-12");
  await stories.getByRole("textbox", { name: "Period from (step 2)" }).fill("2024");

  await stories.getByRole("button", { name: "Preview", exact: true }).click();
  const caption = page.getByRole("region", { name: "Step caption" });
  const inStep = page.getByRole("complementary", { name: "In this step" });
  await expect(caption.getByTestId("step-period")).toHaveText("Period: 2025");
  // Who ruled until December 2024 is not part of 2025; the 2025 funding is.
  await expect(inStep.locator('[data-relation="rel-hassan-funds-fighters"]')).toHaveCount(1);
  await expect(inStep.locator('[data-relation="rel-bashar-led-regime"]')).toHaveCount(0);
  await page.keyboard.press("PageDown");
  await expect(caption.getByTestId("step-period")).toHaveText("Period: 2024 to December 2024");
  await expect(inStep.locator('[data-relation="rel-bashar-led-regime"]')).toHaveCount(1);
  await expect(inStep.locator('[data-relation="rel-hassan-funds-fighters"]')).toHaveCount(0);

  // The handout names each step's period.
  await page.getByRole("button", { name: "Print handout" }).click();
  await page.emulateMedia({ media: "print" });
  const handout = page.getByRole("region", { name: "Handout" });
  await expect(handout).toBeVisible();
  await expect(handout.locator(".handout-period")).toHaveText(["Period: 2025", "Period: 2024 to December 2024"]);
  expect(errors).toEqual([]);
});
