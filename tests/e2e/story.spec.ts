// Present mode as a teacher uses it: play the curated stories with the keyboard, open a step by
// its link, write a story from the explorer, keep it over a reload, export it and import it again.
// What a step should focus is computed here from the data file, independently of the app.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { openApp, snapshot, watchConsole } from "./helpers";

interface RawStep {
  id: string;
  title: string;
  text: string;
  focus: { actors: string[]; relations: string[] };
  hideStatuses?: string[];
}
interface RawDataset {
  id: string;
  title: string;
  actors: Array<{ id: string; name: string }>;
  relations: Array<{ id: string; from: string; to: string; claims: Array<{ status: string }> }>;
  stories: Array<{ id: string; title: string; steps: RawStep[] }>;
}

const curated = JSON.parse(readFileSync("data/assad-exile-network.json", "utf8")) as RawDataset;
const DATASET = `#d=${curated.id}`;
const UNCONFIRMED = ["claimed", "disputed", "denied"];
const firstStory = curated.stories[0]!;

/** The step's relations that keep a claim once hidden statuses are taken out. */
function shownRelations(step: RawStep, hideUnconfirmed = false): string[] {
  const hidden = new Set([...(step.hideStatuses ?? []), ...(hideUnconfirmed ? UNCONFIRMED : [])]);
  return step.focus.relations.filter((id) =>
    curated.relations.find((relation) => relation.id === id)!.claims.some((claim) => !hidden.has(claim.status)),
  );
}

/** The step's actors plus both ends of each shown relation, sorted. */
function expectedFocus(step: RawStep, hideUnconfirmed = false): string[] {
  const actors = new Set(step.focus.actors);
  for (const id of shownRelations(step, hideUnconfirmed)) {
    const relation = curated.relations.find((candidate) => candidate.id === id)!;
    actors.add(relation.from).add(relation.to);
  }
  return [...actors].sort();
}

const focused = async (page: Page) => (await snapshot(page)).emphasisedNodes.sort();
const caption = (page: Page) => page.getByRole("region", { name: "Step caption" });

async function expectStep(page: Page, index: number, steps: readonly RawStep[] = firstStory.steps) {
  const step = steps[index]!;
  await expect(caption(page).getByRole("heading")).toHaveText(step.title);
  await expect(caption(page)).toContainText(step.text);
  await expect(page.getByText(`Step ${index + 1} of ${steps.length}`)).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Story progress" })).toHaveAttribute(
    "aria-valuenow",
    String(index + 1),
  );
  await expect.poll(() => focused(page)).toEqual(expectedFocus(step));
}

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
