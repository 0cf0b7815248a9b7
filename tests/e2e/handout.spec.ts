// "Print handout" as a teacher uses it: the print dialog opens (stubbed here) and the print
// stylesheet shows one block per step with a picture, the words and the sources, then all sources.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { openApp, watchConsole } from "./helpers";

interface RawDataset {
  id: string;
  sources: Array<{ id: string; title: string }>;
  relations: Array<{ id: string; claims: Array<{ status: string; sources: Array<{ source: string }> }> }>;
  stories: Array<{
    id: string;
    title: string;
    steps: Array<{ title: string; text: string; focus: { relations: string[] }; hideStatuses?: string[] }>;
  }>;
}

const curated = JSON.parse(readFileSync("data/assad-exile-network.json", "utf8")) as RawDataset;
const story = curated.stories[0]!;

/** Ids of the sources behind the claims a step shows (its hidden statuses cite nothing). */
function citedIds(step: RawDataset["stories"][number]["steps"][number]): string[] {
  const hidden = new Set(step.hideStatuses ?? []);
  const ids = new Set<string>();
  for (const relationId of step.focus.relations) {
    const relation = curated.relations.find((candidate) => candidate.id === relationId)!;
    for (const claim of relation.claims)
      if (!hidden.has(claim.status)) claim.sources.forEach((reference) => ids.add(reference.source));
  }
  return [...ids];
}

const titleOf = (id: string) => curated.sources.find((source) => source.id === id)!.title;

test("prints a handout with one block per step, its picture, text and sources, then all sources", async ({ page }) => {
  const errors = watchConsole(page);
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await openApp(page, `#d=${curated.id}&story=${story.id}&step=2`);
  await page.getByRole("button", { name: "Print handout" }).click();
  await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);

  // On screen the presenter is unchanged: same step, same focus, and no handout in sight.
  await expect(page.getByRole("region", { name: "Step caption" }).getByRole("heading")).toHaveText(
    story.steps[1]!.title,
  );
  await expect(page.getByRole("region", { name: "Handout" })).toBeHidden();

  await page.emulateMedia({ media: "print" });
  const handout = page.getByRole("region", { name: "Handout" });
  await expect(handout).toBeVisible();
  await expect(page.getByRole("region", { name: "Step caption" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print handout" })).toBeHidden();
  const blocks = handout.locator("article.handout-step");
  await expect(blocks).toHaveCount(story.steps.length);
  for (const [index, step] of story.steps.entries()) {
    const block = blocks.nth(index);
    await expect(block.getByRole("heading", { level: 2 })).toHaveText(`Step ${index + 1}. ${step.title}`);
    await expect(block).toContainText(step.text);
    const image = block.getByRole("img");
    await expect(image).toBeVisible();
    expect(await image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(
      true,
    );
    const citations = block.locator(".handout-citations li");
    for (const id of citedIds(step)) await expect(citations.filter({ hasText: titleOf(id) }).first()).toBeVisible();
  }
  const all = handout.getByRole("region", { name: "All sources" }).getByRole("listitem");
  const everyCited = new Set(story.steps.flatMap(citedIds));
  await expect(all).toHaveCount(everyCited.size);

  // Printing again opens the dialog again.
  await page.emulateMedia({ media: "screen" });
  await page.getByRole("button", { name: "Print handout" }).click();
  await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 2);
  expect(errors).toEqual([]);
});
