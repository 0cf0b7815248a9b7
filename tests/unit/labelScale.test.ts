import { expect, it } from "vitest";
import { labelScaleFor, largeNodeScaleFor } from "../../src/view/labelScale";

it("grows labels as the zoom shrinks, in steps, between 1× and 2.2×", () => {
  expect(labelScaleFor(2)).toBe(1);
  expect(labelScaleFor(1)).toBe(1);
  expect(labelScaleFor(0.5)).toBe(2);
  expect(labelScaleFor(0.62)).toBe(1.6);
  expect(labelScaleFor(0.1)).toBe(2.2);
});

it("keeps projector labels at least 24 px on screen at any zoom", () => {
  for (const zoom of [0.1, 0.25, 0.4, 0.7, 1, 2])
    expect(18 * labelScaleFor(zoom, 24, 18) * zoom).toBeGreaterThanOrEqual(24);
  expect(labelScaleFor(2, 24, 18)).toBe(1);
});

it("grows the nodes of large graphs in powers of two as the zoom shrinks", () => {
  expect([1, 0.5, 0.3, 0.25, 0.1, 0.02].map(largeNodeScaleFor)).toEqual([1, 1, 2, 2, 8, 32]);
});
