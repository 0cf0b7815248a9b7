// Writing a story from the explorer as a teacher does: steps from the current view, edited, kept
// over a reload, played, exported and imported again.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { openApp, snapshot, watchConsole } from "./helpers";
import { caption, curated, DATASET, focused, type RawDataset } from "./storyData";

async function pickActor(page: Page, name: string) {
  const search = page.getByRole("combobox", { name: "Search actors" });
  await search.fill(name);
  await expect(page.getByRole("option").first()).toContainText(name);
  await search.press("Enter");
  await expect
    .poll(async () => (await snapshot(page)).selected)
    .toEqual([curated.actors.find((actor) => actor.name === name)!.id]);
}

/** The actor with its relations, as "Add step from current view" captures a selected actor. */
function actorWithNeighbours(name: string): string[] {
  const id = curated.actors.find((actor) => actor.name === name)!.id;
  const ids = new Set([id]);
  for (const relation of curated.relations)
    if (relation.from === id || relation.to === id) ids.add(relation.from).add(relation.to);
  return [...ids].sort();
}

const stories = (page: Page) => page.getByRole("region", { name: "Stories" });

async function writeStory(page: Page, title: string, actors: string[]) {
  await page.getByRole("button", { name: "Stories", exact: true }).click();
  await stories(page).getByLabel("Title of a new story").fill(title);
  await stories(page).getByRole("button", { name: "New story" }).click();
  for (const [index, name] of actors.entries()) {
    await pickActor(page, name);
    await stories(page).getByRole("button", { name: "Add step from current view" }).click();
    await stories(page)
      .getByLabel(`Title of step ${index + 1}`)
      .fill(`About ${name}`);
    await stories(page)
      .getByLabel(`Text of step ${index + 1}`)
      .fill(`What we know about ${name}.`);
  }
}

test("builds a 3-step story from the current view, edits it, keeps it over a reload and plays it", async ({ page }) => {
  const errors = watchConsole(page);
  await openApp(page, DATASET);
  const names = ["Kamal Hassan", "Rami Makhlouf", "Khaled al-Ahmad"];
  await writeStory(page, "Three people", names);
  const steps = stories(page).getByRole("list", { name: "Steps of Three people" }).getByRole("listitem");
  await expect(steps).toHaveCount(3);

  // Reorder, delete with undo.
  await stories(page).getByRole("button", { name: "Move step 3 up" }).click();
  await expect(stories(page).getByLabel("Title of step 2")).toHaveValue("About Khaled al-Ahmad");
  await stories(page).getByRole("button", { name: "Move step 2 down" }).click();
  await expect(stories(page).getByLabel("Title of step 3")).toHaveValue("About Khaled al-Ahmad");
  await stories(page).getByRole("button", { name: "Delete step 2" }).click();
  await expect(steps).toHaveCount(2);
  await stories(page).getByRole("button", { name: "Undo" }).click();
  await expect(steps).toHaveCount(3);
  await expect(stories(page).getByLabel("Title of step 2")).toHaveValue("About Rami Makhlouf");

  await page.reload();
  await page.getByRole("button", { name: "Stories", exact: true }).click();
  await expect(stories(page).getByLabel("Story title")).toHaveValue("Three people");
  for (const [index, name] of names.entries()) {
    await expect(stories(page).getByLabel(`Title of step ${index + 1}`)).toHaveValue(`About ${name}`);
    await expect(stories(page).getByLabel(`Text of step ${index + 1}`)).toHaveValue(`What we know about ${name}.`);
  }

  await stories(page).getByRole("button", { name: "Preview", exact: true }).click();
  for (const [index, name] of names.entries()) {
    if (index > 0) await page.keyboard.press("PageDown");
    await expect(caption(page).getByRole("heading")).toHaveText(`About ${name}`);
    await expect(caption(page)).toContainText(`What we know about ${name}.`);
    await expect(page.getByText(`Step ${index + 1} of 3`)).toBeVisible();
    await expect.poll(() => focused(page)).toEqual(actorWithNeighbours(name));
  }
  // The draft's step has its own link too, over a reload.
  await page.reload();
  await expect(caption(page).getByRole("heading")).toHaveText(`About ${names[2]}`);
  await expect(page.getByText("Step 3 of 3")).toBeVisible();
  expect(errors).toEqual([]);
});

test("exports stories as a dataset file that the Import button opens again", async ({ page }) => {
  const errors = watchConsole(page);
  await openApp(page, DATASET);
  await writeStory(page, "Round trip", ["Rami Makhlouf", "Kamal Hassan"]);
  const downloading = page.waitForEvent("download");
  await stories(page).getByRole("button", { name: "Export stories as dataset JSON" }).click();
  const file = await (await downloading).path();
  const exported = JSON.parse(readFileSync(file, "utf8")) as RawDataset;
  expect(exported.stories.map((entry) => entry.id)).toEqual([
    ...curated.stories.map((entry) => entry.id),
    "round-trip",
  ]);
  expect(exported.stories[2]!.steps.map((step) => step.title)).toEqual(["About Rami Makhlouf", "About Kamal Hassan"]);

  // Forget the drafts: the story must now come from the file alone.
  await page.evaluate((id) => window.localStorage.removeItem(`tangle.stories.v1.${id}`), curated.id);
  await page.reload();
  await page.getByRole("button", { name: "Stories", exact: true }).click();
  await expect(stories(page).getByRole("button", { name: 'Play "Round trip"' })).toHaveCount(0);
  await page.getByTestId("import-input").setInputFiles(file);
  await expect(page.getByText(/^Opened .*: \d+ actors/)).toBeVisible();
  await stories(page).getByRole("button", { name: 'Play "Round trip"' }).click();
  await expect(caption(page).getByRole("heading")).toHaveText("About Rami Makhlouf");
  await expect(page.getByText("Step 1 of 2")).toBeVisible();
  await expect.poll(() => focused(page)).toEqual(actorWithNeighbours("Rami Makhlouf"));
  expect(errors).toEqual([]);
});
