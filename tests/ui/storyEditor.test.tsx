// @vitest-environment jsdom
// The Stories panel as a teacher uses it, in jsdom: write a story from captured views, retitle,
// reorder and delete steps with undo, preview. Queried by role and label.
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CapturedStep, DraftStory } from "../../src/state";
import { StoryEditor } from "../../src/ui/story/StoryEditor";
import { placeholderDataset } from "../unit/fixtures";

afterEach(cleanup);

function Harness({
  capture,
  onPlay,
  saved,
}: {
  capture: () => CapturedStep;
  onPlay: (id: string, step: number) => void;
  saved: DraftStory[][];
}) {
  const [drafts, setDrafts] = useState<DraftStory[]>([]);
  return (
    <StoryEditor
      dataset={placeholderDataset()}
      drafts={drafts}
      onDrafts={(next) => {
        saved.push(next);
        setDrafts(next);
      }}
      capture={capture}
      onPlay={onPlay}
      onNotice={() => undefined}
    />
  );
}

const views: CapturedStep[] = [
  { focus: { actors: ["ada-example"], relations: [] } },
  { focus: { actors: ["ada-example", "example-fund"], relations: ["rel-ada-fund"] }, hideStatuses: ["claimed"] },
  { focus: { actors: ["bob-sample"], relations: [] } },
];

describe("StoryEditor", () => {
  it("writes a three-step story, reorders, deletes with undo and previews it", async () => {
    const user = userEvent.setup();
    let next = 0;
    const capture = vi.fn(() => views[next++]!);
    const onPlay = vi.fn();
    const saved: DraftStory[][] = [];
    render(<Harness capture={capture} onPlay={onPlay} saved={saved} />);

    await user.type(screen.getByLabelText("Title of a new story"), "Who pays");
    await user.click(screen.getByRole("button", { name: "New story" }));
    expect(screen.getByLabelText("Story title")).toHaveProperty("value", "Who pays");
    expect(screen.getByRole("button", { name: "Preview" })).toHaveProperty("disabled", true);
    for (let index = 0; index < 3; index += 1)
      await user.click(screen.getByRole("button", { name: "Add step from current view" }));
    expect(capture).toHaveBeenCalledTimes(3);
    const list = screen.getByRole("list", { name: "Steps of Who pays" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(3);
    expect(within(list).getByText("Shows 2 actors and 1 relation; hides claimed claims.")).toBeTruthy();

    await user.type(screen.getByLabelText("Text of step 3"), "Bob.");
    await user.click(screen.getByRole("button", { name: "Move step 3 up" }));
    expect(screen.getByLabelText("Text of step 2")).toHaveProperty("value", "Bob.");
    expect(screen.getByLabelText("Title of step 2")).toHaveProperty("value", "Step 3");

    await user.click(screen.getByRole("button", { name: "Delete step 1" }));
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(within(list).getAllByRole("listitem")).toHaveLength(3);
    expect(screen.queryByRole("button", { name: "Undo" })).toBeNull();

    const last = saved.at(-1)!;
    expect(last).toHaveLength(1);
    expect(last[0]!.id).toBe("who-pays");
    expect(last[0]!.steps.map((step) => step.id)).toEqual(["step-1", "step-3", "step-2"]);

    await user.click(screen.getByRole("button", { name: "Preview" }));
    expect(onPlay).toHaveBeenLastCalledWith("who-pays", 0);
    await user.click(screen.getByRole("button", { name: "Preview step 3" }));
    expect(onPlay).toHaveBeenLastCalledWith("who-pays", 2);
  });

  it("plays and copies the dataset's own stories", async () => {
    const user = userEvent.setup();
    const onPlay = vi.fn();
    const saved: DraftStory[][] = [];
    render(<Harness capture={() => views[0]!} onPlay={onPlay} saved={saved} />);
    await user.click(screen.getByRole("button", { name: 'Play "Who pays whom"' }));
    expect(onPlay).toHaveBeenCalledWith("intro", 0);
    await user.click(screen.getByRole("button", { name: 'Edit a copy of "Who pays whom"' }));
    expect(saved.at(-1)!.map((draft) => [draft.id, draft.title, draft.steps.length])).toEqual([
      ["who-pays-whom-copy", "Who pays whom (copy)", 2],
    ]);
    expect(screen.getByLabelText("Title of step 2")).toHaveProperty("value", "The money");
  });
});
