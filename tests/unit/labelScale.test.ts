import { expect, it } from "vitest";
import { labelScaleFor } from "../../src/view/labelScale";

it("grows labels as the zoom shrinks, in steps, between 1× and 2.2×", () => {
  expect(labelScaleFor(2)).toBe(1);
  expect(labelScaleFor(1)).toBe(1);
  expect(labelScaleFor(0.5)).toBe(2);
  expect(labelScaleFor(0.62)).toBe(1.6);
  expect(labelScaleFor(0.1)).toBe(2.2);
});
