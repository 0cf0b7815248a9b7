// The search index built in steps (spread over many short tasks on large datasets) is the same
// index as the one built at once, and a sliced run finishes, or stops when cancelled.
import { afterEach, expect, it, vi } from "vitest";
import { parseDataset } from "../../src/model";
import { buildSearchIndex, buildSearchIndexInSteps, searchActors } from "../../src/analysis";
import { runInSlices } from "../../src/ui/app/runInSlices";
import { syntheticDataset } from "../../scripts/synthetic";

function actors(count: number) {
  const parsed = parseDataset(syntheticDataset(count));
  if (!parsed.ok) throw new Error("synthetic dataset is invalid");
  return parsed.dataset.actors;
}

afterEach(() => {
  vi.useRealTimers();
});

it("pauses many times on a large dataset and ends with the same index as a build at once", () => {
  const many = actors(1200);
  const steps = buildSearchIndexInSteps(many);
  let pauses = 0;
  let step = steps.next();
  while (!step.done) {
    pauses++;
    step = steps.next();
  }
  expect(pauses).toBeGreaterThanOrEqual(6);
  const atOnce = buildSearchIndex(many);
  expect(step.value.words.terms).toEqual(atOnce.words.terms);
  expect(step.value.entryTexts).toEqual(atOnce.entryTexts);
  for (const query of ["ka", "actor 12", "mal sha"])
    expect(searchActors(step.value, query)).toEqual(searchActors(atOnce, query));
});

it("runs the steps in timer slices to the end, and not at all once cancelled", () => {
  vi.useFakeTimers();
  const few = actors(300);
  const done = vi.fn();
  runInSlices(buildSearchIndexInSteps(few), done);
  expect(done).not.toHaveBeenCalled(); // nothing runs in the caller's task
  vi.runAllTimers();
  expect(done).toHaveBeenCalledTimes(1);
  expect(searchActors(done.mock.calls[0]?.[0], "synthetic actor 12")[0]?.actorId).toBe("a12");

  const never = vi.fn();
  const cancel = runInSlices(buildSearchIndexInSteps(few), never);
  cancel();
  vi.runAllTimers();
  expect(never).not.toHaveBeenCalled();
});
