// Helpers for the tests of work done in steps between frames: a valid synthetic dataset of any
// size, and running a step generator to its end while counting its yields.
import { syntheticDataset } from "../../scripts/synthetic";
import { parseDataset, type Dataset } from "../../src/model";

export function synthetic(size: number): Dataset {
  const parsed = parseDataset(syntheticDataset(size));
  if (!parsed.ok) throw new Error("the synthetic dataset must be valid");
  return parsed.dataset;
}

/** Runs the steps to their end, counting the yields. */
export function run<T>(steps: Generator<void, T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, yields };
    yields++;
  }
}
