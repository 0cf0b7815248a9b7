// Repeated short texts of an import kept once on the page (src/workers/internStrings.ts): the data
// is unchanged, every short text at any depth is seen, long ones are left alone.
import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../../scripts/synthetic";
import { StringInterner } from "../../src/workers/internStrings";

describe("interning an import's short texts", () => {
  it("leaves the data equal to what it was", () => {
    const dataset = syntheticDataset(300);
    const copy = structuredClone(dataset);
    expect(new StringInterner().internAll(copy)).toEqual(dataset);
  });

  it("keeps each distinct short text once, at any depth, and no long text", () => {
    const interner = new StringInterner();
    const long = "x".repeat(41);
    interner.internAll([
      { from: "a1", to: "a2", claims: [{ status: "reported", sources: [{ source: "s1" }] }], text: long },
      { from: "a2", to: "a1", claims: [{ status: "reported", sources: [{ source: "s1" }] }], text: long },
      ["a1", ["s1", "deep"]],
      { nothing: null, count: 3 },
      // Ids and names are unique: not looked up.
      { id: "r1", name: "Ada", aliases: ["Ada L."], kind: "person" },
    ]);
    // a1, a2, reported, s1, deep, person.
    expect(interner.size).toBe(6);
  });
});
