// Present mode as a teacher uses it: play the curated stories with the keyboard, open a step by
// its link, leave for the explorer.
import { expect, test } from "@playwright/test";
import { openApp, snapshot, watchConsole } from "./helpers";
import { curated, DATASET, expectedFocus, expectStep, firstStory, focused, shownRelations } from "./storyData";

test("plays the first story with the keyboard to the end and back, then leaves with Esc", async ({ page }) => {
  test.setTimeout(60_000); // every step forward and back, each with its focus read from the graph
  const errors = watchConsole(page);
  await openApp(page, DATASET);
  await page.getByRole("button", { name: "Present", exact: true }).click();
  await expectStep(page, 0);
  expect(page.url()).toContain(`story=${firstStory.id}&step=1`);

  // Clickers send PageDown; keyboards use the arrows or Space.
  const forward = ["ArrowRight", " ", "PageDown"];
  for (let index = 1; index < firstStory.steps.length; index += 1) {
    await page.keyboard.press(forward[index % forward.length]!);
    await expectStep(page, index);
  }
  await expect(page.getByRole("button", { name: "Next" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Explore freely" })).toBeVisible();
  await page.keyboard.press("ArrowRight"); // stays on the last step
  await expectStep(page, firstStory.steps.length - 1);

  for (let index = firstStory.steps.length - 2; index >= 0; index -= 1) {
    await page.keyboard.press(index % 2 === 0 ? "ArrowLeft" : "PageUp");
    await expectStep(page, index);
  }
  await page.keyboard.press("End");
  await expectStep(page, firstStory.steps.length - 1);
  await page.keyboard.press("Home");
  await expectStep(page, 0);
  await page.keyboard.press("4");
  await expectStep(page, 3);
  expect(page.url()).toContain("step=4");
  await page.getByRole("button", { name: "Next" }).click();
  await expectStep(page, 4);
  await page.getByRole("button", { name: "Previous" }).click();
  await expectStep(page, 3);

  await page.keyboard.press("Escape");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(curated.title);
  expect(page.url()).not.toContain("story=");
  expect(errors).toEqual([]);
});

test("opens straight at a step from its link, and the classroom switch hides unconfirmed claims", async ({ page }) => {
  const errors = watchConsole(page);
  // Step 4 has two relations whose only claims are "claimed".
  const step = firstStory.steps[3]!;
  const claimedOnly = step.focus.relations.filter((id) => !shownRelations(step, true).includes(id));
  expect(claimedOnly.length).toBeGreaterThan(0);

  await openApp(page, `${DATASET}&story=${firstStory.id}&step=4`);
  await expectStep(page, 3);
  const list = page.getByRole("complementary", { name: "In this step" });
  await expect(list.getByRole("listitem")).toHaveCount(step.focus.relations.length);
  await expect(list.locator(`[data-relation="${claimedOnly[0]}"]`)).toContainText("Claimed, not verified");
  expect((await snapshot(page)).visibleEdges).toEqual(expect.arrayContaining(claimedOnly));

  await page.getByRole("button", { name: "Hide unconfirmed" }).click();
  await expect(page.getByRole("button", { name: "Hide unconfirmed" })).toHaveAttribute("aria-pressed", "true");
  await expect(list.getByRole("listitem")).toHaveCount(shownRelations(step, true).length);
  await expect(list).not.toContainText("Claimed, not verified");
  await expect.poll(() => focused(page)).toEqual(expectedFocus(step, true));
  const shown = await snapshot(page);
  for (const id of claimedOnly) expect(shown.visibleEdges).not.toContain(id);
  expect(page.url()).toContain("hu=1");

  // The same link, with the switch, reopens exactly that view.
  await page.reload();
  await expectStep(page, 3);
  await expect(page.getByRole("button", { name: "Hide unconfirmed" })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => focused(page)).toEqual(expectedFocus(step, true));
  expect(errors).toEqual([]);
});

test("an unknown story in the link gives a notice and the explorer", async ({ page }) => {
  await openApp(page, `${DATASET}&story=no-such-story&step=2`);
  await expect(page.getByText('There is no story "no-such-story" in this dataset')).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(curated.title);
  await expect(page.getByRole("region", { name: "Step caption" })).toHaveCount(0);
});

test("explore freely drops into the explorer at the last step's view", async ({ page }) => {
  const last = firstStory.steps.length;
  await openApp(page, `${DATASET}&story=${firstStory.id}&step=${last}`);
  await page.getByRole("button", { name: "Explore freely" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(curated.title);
  expect(page.url()).not.toContain("story=");
  expect(page.url()).toContain("focus=");
  const shown = await snapshot(page);
  // The ego focus shows at least the step's busiest actor and its neighbours.
  expect(shown.visibleNodes.length).toBeGreaterThan(1);
  expect(shown.visibleNodes.length).toBeLessThan(curated.actors.length);
});
