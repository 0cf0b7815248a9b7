// A story step's time window: applied when played, kept through drafts and saved work.
import { describe, expect, it } from "vitest";
import type { Story } from "../../src/model";
import {
  draftToStory,
  encodeSavedStories,
  restoreSavedStories,
  stepView,
  storyToDraft,
  type DraftStory,
} from "../../src/state";
import { loadCurated } from "./curatedFixture";

const { dataset } = loadCurated();
const funds = dataset.relations.find((relation) =>
  relation.claims.some((claim) => claim.time?.from === "2025-03" && claim.time.to === "2025-12"),
)!;
const ruled = dataset.relations.find((relation) =>
  relation.claims.some(
    (claim) => claim.time?.to === "2024-12" && claim.time.from === undefined && !claim.time.approximate,
  ),
)!;

const story = (time: { from?: string; to?: string } | undefined, relations: string[] = []): Story => ({
  id: "s",
  title: "S",
  steps: [{ id: "one", title: "One", text: "Text", focus: { actors: [], relations }, ...(time ? { time } : {}) }],
});

describe("a step's time window", () => {
  it("hides focused relations whose every claim lies outside it, and says its period", () => {
    const view = stepView(dataset, story({ from: "2025" }, [funds.id, ruled.id]), 0, { hideUnconfirmed: false });
    expect([...view.focusRelations]).toEqual([funds.id]);
    expect(view.caption.period).toEqual({ from: "2025" });
    expect(view.visibleClaims(ruled.id)).toEqual([]);
    const without = stepView(dataset, story(undefined, [funds.id, ruled.id]), 0, { hideUnconfirmed: false });
    expect(without.focusRelations.size).toBe(2);
    expect(without.caption.period).toBeUndefined();
  });

  it("keeps undated claims of a focused relation: no date rules them out", () => {
    const undated = dataset.relations.find(
      (relation) => relation.claims.length > 0 && relation.claims.every((claim) => claim.time === undefined),
    )!;
    const view = stepView(dataset, story({ from: "2025-06", to: "2025-06" }, [undated.id]), 0, {
      hideUnconfirmed: false,
    });
    expect([...view.focusRelations]).toEqual([undated.id]);
  });

  it("with a period and no focus, shows the dated relations of that period", () => {
    const before = stepView(dataset, story({ to: "2024-11" }), 0, { hideUnconfirmed: false });
    const after = stepView(dataset, story({ from: "2025-09", to: "2025-09" }), 0, { hideUnconfirmed: false });
    expect(before.focusRelations.has(ruled.id)).toBe(true);
    expect(before.focusRelations.has(funds.id)).toBe(false);
    expect(after.focusRelations.has(funds.id)).toBe(true);
    expect(after.focusRelations.has(ruled.id)).toBe(false);
  });
});

describe("step periods in drafts", () => {
  const draft: DraftStory = {
    id: "d",
    title: "D",
    steps: [
      { id: "a", title: "A", text: "", focus: { actors: [], relations: [] }, time: { from: "2025-12", to: "2025-03" } },
      { id: "b", title: "B", text: "", focus: { actors: [], relations: [] }, time: { from: "nonsense" } },
    ],
  };

  it("become dataset periods: in order, only real dates, none when empty", () => {
    const converted = draftToStory(draft);
    expect(converted.steps[0]?.time).toEqual({ from: "2025-03", to: "2025-12" });
    expect(converted.steps[1]?.time).toBeUndefined();
    expect(storyToDraft(converted).steps[0]?.time).toEqual({ from: "2025-03", to: "2025-12" });
  });

  it("survive saving and restoring", () => {
    const restored = restoreSavedStories(encodeSavedStories("demo", [draft]), "demo");
    expect(restored.dropped).toEqual([]);
    expect(restored.stories[0]?.steps[0]?.time).toEqual({ from: "2025-12", to: "2025-03" });
  });
});
