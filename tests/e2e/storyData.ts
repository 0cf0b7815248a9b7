// The curated dataset's first story as the story specs read it, straight from the data file, and
// what each step should focus (computed here, independently of the app).
import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { snapshot } from "./helpers";

export interface RawStep {
  id: string;
  title: string;
  text: string;
  focus: { actors: string[]; relations: string[] };
  hideStatuses?: string[];
}
export interface RawDataset {
  id: string;
  title: string;
  actors: Array<{ id: string; name: string }>;
  relations: Array<{ id: string; from: string; to: string; claims: Array<{ status: string }> }>;
  stories: Array<{ id: string; title: string; steps: RawStep[] }>;
}

export const curated = JSON.parse(readFileSync("data/assad-exile-network.json", "utf8")) as RawDataset;
export const DATASET = `#d=${curated.id}`;
export const UNCONFIRMED = ["claimed", "disputed", "denied"];
export const firstStory = curated.stories[0]!;

/** The step's relations that keep a claim once hidden statuses are taken out. */
export function shownRelations(step: RawStep, hideUnconfirmed = false): string[] {
  const hidden = new Set([...(step.hideStatuses ?? []), ...(hideUnconfirmed ? UNCONFIRMED : [])]);
  return step.focus.relations.filter((id) =>
    curated.relations.find((relation) => relation.id === id)!.claims.some((claim) => !hidden.has(claim.status)),
  );
}

/** The step's actors plus both ends of each shown relation, sorted. */
export function expectedFocus(step: RawStep, hideUnconfirmed = false): string[] {
  const actors = new Set(step.focus.actors);
  for (const id of shownRelations(step, hideUnconfirmed)) {
    const relation = curated.relations.find((candidate) => candidate.id === id)!;
    actors.add(relation.from).add(relation.to);
  }
  return [...actors].sort();
}

export const focused = async (page: Page) => (await snapshot(page)).emphasisedNodes.sort();
export const caption = (page: Page) => page.getByRole("region", { name: "Step caption" });

export async function expectStep(page: Page, index: number, steps: readonly RawStep[] = firstStory.steps) {
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
