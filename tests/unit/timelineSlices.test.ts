// The timeline's rows built in slices (60k claims): the same rows as building them at once, with
// pauses between slices.
import { describe, expect, it } from "vitest";
import { timelineRows, timelineRowsInSteps } from "../../src/analysis";
import { parseDataset } from "../../src/model";
import { syntheticDataset } from "../../scripts/synthetic";

describe("timeline rows in slices", () => {
  it("pauses while building 30k relations and ends with the rows built at once", () => {
    const parsed = parseDataset(syntheticDataset(10000, 5));
    if (!parsed.ok) throw new Error("synthetic data must be valid");
    const { relations } = parsed.dataset;
    const steps = timelineRowsInSteps(relations, "2025-06-01");
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(pauses).toBeGreaterThanOrEqual(relations.length / 4000);
    const atOnce = timelineRows(relations, "2025-06-01");
    expect(step.value.rows.map((row) => row.relation.id)).toEqual(atOnce.rows.map((row) => row.relation.id));
    expect(step.value.rows.length).toBeGreaterThan(10000);
    expect(step.value.undated.length).toBe(atOnce.undated.length);
    expect(step.value.extent).toEqual(atOnce.extent);
    // Earliest first.
    const starts = step.value.rows.map((row) => row.claims[0]?.span.start ?? Number.MIN_SAFE_INTEGER);
    expect(starts.every((start, index) => index === 0 || (starts[index - 1] ?? 0) <= start)).toBe(true);
  });
});
