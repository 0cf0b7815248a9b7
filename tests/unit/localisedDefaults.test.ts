// Texts the app writes into data on the person's behalf (a story's or a step's default title, a new
// network's kinds, a copy's title) come in the interface language the UI passes; English otherwise.
import { expect, it } from "vitest";
import { copyOf, newNetwork } from "../../src/io/store";
import { addStep, createStory, renameStory, titled, type CapturedStep } from "../../src/state";
import { placeholderDataset } from "./fixtures";

const view: CapturedStep = { focus: { actors: [], relations: [] } };

it("a story and a step given no title take the interface's words", () => {
  expect(createStory("  ", []).title).toBe("Untitled story");
  const story = createStory("", [], "Історія без назви");
  expect(story.title).toBe("Історія без назви");
  expect(renameStory({ ...story, title: "x" }, " ", "Історія без назви").title).toBe("Історія без назви");
  expect(addStep(story, titled(view, "Крок 1")).steps[0]?.title).toBe("Крок 1");
  // A title the capture brought is kept.
  expect(addStep(story, titled({ ...view, title: "Гроші" }, "Крок 1")).steps[0]?.title).toBe("Гроші");
});

it("a new network's kinds and a copy's title in the interface language", () => {
  const labels = { person: "شخص", organisation: "منظمة", linkedTo: "مرتبط بـ", funds: "يموّل" };
  const record = newNetwork("شبكة", new Set(), 1, labels);
  expect(record.dataset.actorKinds.map((kind) => kind.label)).toEqual(["شخص", "منظمة"]);
  expect(record.dataset.relationKinds.map((kind) => kind.label)).toEqual(["مرتبط بـ", "يموّل"]);
  const copy = copyOf(placeholderDataset(), new Set(), 1, "copy", (title) => `${title} (копія)`);
  expect(copy.dataset.title).toBe("Placeholder network (копія)");
});
