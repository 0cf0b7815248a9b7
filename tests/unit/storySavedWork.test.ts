import { describe, expect, it } from "vitest";
import { addStep, createStory, encodeSavedStories, restoreSavedStories, type DraftStory } from "../../src/state/story";
import { messageText } from "../../src/ui/app/RichMessage";
import { createTranslator, englishTranslator } from "../../src/ui/i18n/translator";
import { savedStoriesMessage } from "../../src/ui/story/savedStoriesMessage";

/** The problems of a restore as the English interface words them. */
const reasons = (result: { dropped: Parameters<typeof savedStoriesMessage>[0][] }): string[] =>
  result.dropped.map((problem) => messageText(savedStoriesMessage(problem), englishTranslator));

function sampleDrafts(): DraftStory[] {
  let tour = createStory("Tour", []);
  tour = addStep(tour, {
    focus: { actors: ["ada-example"], relations: [] },
    camera: { zoom: 1.5, pan: { x: 10, y: -20 } },
    filters: { statuses: ["reported"], kinds: [] },
  });
  tour = addStep(tour, { focus: { actors: [], relations: ["rel-bob-ada"] }, hideStatuses: ["disputed"], text: "Bob?" });
  return [{ ...tour, audience: "Year 12" }, createStory("Empty so far", ["tour"])];
}

const envelope = (stories: unknown[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: "tangle-stories", version: 1, datasetId: "placeholder", stories, ...extra });

describe("saved stories round trip", () => {
  it("restores exactly what was encoded, camera and filters included", () => {
    const drafts = sampleDrafts();
    const text = encodeSavedStories("placeholder", drafts, "2025-12-01T10:00:00Z");
    expect(JSON.parse(text)).toMatchObject({ format: "tangle-stories", version: 1, datasetId: "placeholder" });
    expect(restoreSavedStories(text, "placeholder")).toEqual({
      stories: drafts,
      dropped: [],
      savedAt: "2025-12-01T10:00:00Z",
    });
  });

  it("nothing saved is no stories and no complaint", () => {
    expect(restoreSavedStories(null, "placeholder")).toEqual({ stories: [], dropped: [] });
  });
});

describe("restoring damaged saves", () => {
  it.each([
    ["", /not valid JSON/],
    ['{"format":"tangle-stories",', /not valid JSON/],
    ["[1,2,3]", /not a Tangle stories save/],
    ["null", /not a Tangle stories save/],
    [JSON.stringify({ format: "excalidraw", version: 1 }), /not a Tangle stories save/],
    [JSON.stringify({ format: "tangle-stories", version: 2, datasetId: "placeholder", stories: [] }), /newer version/],
    [
      JSON.stringify({ format: "tangle-stories", version: "1", datasetId: "placeholder", stories: [] }),
      /unknown format version/,
    ],
    [
      JSON.stringify({ format: "tangle-stories", version: 1, datasetId: "placeholder", stories: {} }),
      /no list of stories/,
    ],
  ])("garbage %j gives nothing and a reason", (text, reason) => {
    const result = restoreSavedStories(text, "placeholder");
    expect(result.stories).toEqual([]);
    expect(result.dropped).toHaveLength(1);
    expect(reasons(result)[0]).toMatch(reason);
  });

  it("a save for another dataset gives nothing and says whose it is", () => {
    const result = restoreSavedStories(encodeSavedStories("other-network", sampleDrafts()), "placeholder");
    expect(result.stories).toEqual([]);
    expect(result.dropped).toEqual([{ code: "otherDataset", saved: "other-network", current: "placeholder" }]);
    expect(reasons(result)).toEqual(['The saved stories belong to dataset "other-network", not "placeholder".']);
  });

  it("keeps good stories and steps, drops bad ones with a reason each", () => {
    const [tour] = sampleDrafts();
    const goodStep = tour!.steps[0]!;
    const text = envelope(
      [
        {
          ...tour,
          steps: [
            goodStep,
            { ...goodStep, id: "step-2", text: 42 },
            { ...goodStep, id: "step-3", colour: "red" },
            { ...goodStep, id: "step-4", camera: { zoom: -1, pan: { x: 0, y: 0 } } },
            { ...goodStep, id: "step-1" },
            "not a step",
          ],
        },
        { id: "Not Valid", title: "Bad id", steps: [] },
        { id: "tour", title: "Same id again", steps: [] },
        { id: "long", title: "x".repeat(301), steps: [] },
        { id: "fine", title: "Fine", steps: [{ ...goodStep, filters: { big: "y".repeat(30_000) } }] },
      ],
      { theme: "dark" },
    );
    const result = restoreSavedStories(text, "placeholder");
    expect(result.stories.map((story) => story.id)).toEqual(["tour", "fine"]);
    expect(result.stories[0]!.steps).toEqual([goodStep]);
    expect(result.stories[1]!.steps).toEqual([]);
    expect(reasons(result)).toEqual([
      'Ignored unknown field "theme".',
      expect.stringMatching(/^Story 1 "Tour": step 2 dropped \(text: .+\)\.$/),
      'Story 1 "Tour": step 3 dropped (unknown field "colour").',
      expect.stringMatching(/^Story 1 "Tour": step 4 dropped \(camera\.zoom: .+\)\.$/),
      'Story 1 "Tour": step 5 dropped (repeats id "step-1").',
      'Story 1 "Tour": step 6 dropped (expected object, received string).',
      expect.stringMatching(/^Story 2 "Bad id" dropped \(id: must use only/),
      'Story 3 "Same id again" dropped (repeats id "tour").',
      expect.stringMatching(/^Story 4 "x+…" dropped \(title: .+\)\.$/),
      expect.stringMatching(
        /^Story 5 "Fine": step 1 dropped \(filters: filter state longer than 20000 characters\)\.$/,
      ),
    ]);
  });

  it("cuts lists at their limits and summarises long lists of step problems", () => {
    const steps = Array.from({ length: 210 }, (_, i) => ({
      id: `s-${i}`,
      title: "",
      text: "",
      focus: { actors: [], relations: [] },
    }));
    steps[0] = { ...steps[0]!, id: "BAD" };
    steps[1] = { ...steps[1]!, id: "BAD-2" };
    const many = Array.from({ length: 105 }, (_, i) => ({ id: `story-${i}`, title: "", steps: i === 0 ? steps : [] }));
    const result = restoreSavedStories(envelope(many), "placeholder");
    expect(result.stories).toHaveLength(100);
    expect(result.stories[0]!.steps).toHaveLength(198);
    expect(result.dropped).toHaveLength(4);
    expect(reasons(result)[2]).toBe('Story 1 "": 10 steps beyond the limit of 200 dropped.');
    expect(reasons(result)[3]).toBe("5 stories beyond the limit of 100 dropped.");
  });

  it("never throws on hostile input", () => {
    const hostile = [
      "\u0000",
      "1e999",
      '"tangle-stories"',
      envelope([null, 7, [], { __proto__: { id: "x" } }]),
      envelope([{ id: "a", title: "A", steps: "many" }]),
      envelope([], { savedAt: { year: 2025 } }),
      "x".repeat(5_000_001),
    ];
    for (const text of hostile) {
      const result = restoreSavedStories(text, "placeholder");
      expect(result.stories).toEqual([]);
      expect(result.dropped.length).toBeGreaterThan(0);
    }
  });
});

describe("the reasons in another interface language", () => {
  it("Ukrainian: the story named by its number and title, the saved texts kept as they are", async () => {
    const uk = createTranslator("uk", (await import("../../src/ui/i18n/messages/uk.json")).default);
    const words = (problem: Parameters<typeof savedStoriesMessage>[0]) => messageText(savedStoriesMessage(problem), uk);
    expect(words({ code: "stepRepeatsId", story: { number: 1, title: "Tour" }, step: 5, id: "step-1" })).toBe(
      "Історія 1 «Tour»: крок 5 пропущено (повторює ідентифікатор «step-1»).",
    );
    expect(words({ code: "otherDataset", saved: "other-network", current: "placeholder" })).toBe(
      "Збережені історії належать до набору даних «other-network», а не «placeholder».",
    );
    expect(words({ code: "moreStepProblems", story: { number: 2 }, count: 3 })).toBe("Історія 2: ще 3 проблеми.");
  });

  it("Ukrainian: what was wrong with a dropped step is said in Ukrainian too, not in the schema's English", async () => {
    const uk = createTranslator("uk", (await import("../../src/ui/i18n/messages/uk.json")).default);
    const [tour] = sampleDrafts();
    const good = tour!.steps[0]!;
    const text = envelope([{ ...tour, steps: [good, { ...good, id: "step-2", text: 42, title: 7 }] }]);
    const [problem] = restoreSavedStories(text, "placeholder").dropped;
    expect(messageText(savedStoriesMessage(problem!), uk)).toBe(
      "Історія 1 «Tour»: крок 2 пропущено (title: має бути текстом, а не числом (і ще 1 проблема)).",
    );
  });
});
