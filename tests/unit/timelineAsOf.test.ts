// "As of" a month: which relations and claims hold then, and that it agrees with the time filter.
import { describe, expect, it } from "vitest";
import { asOfSelection, claimHoldsAt } from "../../src/analysis";
import type { Claim } from "../../src/model";
import { applyFilters, DEFAULT_FILTERS } from "../../src/state";
import { loadCurated } from "./curatedFixture";

const claim = (time?: Claim["time"]): Claim => ({
  id: "c",
  text: "c",
  status: "reported",
  quantities: [],
  sources: [{ source: "s" }],
  ...(time ? { time } : {}),
});

describe("claimHoldsAt", () => {
  it("holds when the claim's span overlaps the date's whole period", () => {
    expect(claimHoldsAt(claim({ from: "2025-03", to: "2025-12" }), "2025-03", false)).toBe(true);
    expect(claimHoldsAt(claim({ from: "2025-03", to: "2025-12" }), "2025-02", false)).toBe(false);
    expect(claimHoldsAt(claim({ from: "2025-03", to: "2025-12" }), "2026-01", false)).toBe(false);
    expect(claimHoldsAt(claim({ from: "2025-03-31", to: "2025-03-31" }), "2025-03", false)).toBe(true);
    expect(claimHoldsAt(claim({ from: "2025" }), "2025-07", false)).toBe(true);
  });

  it("keeps open ends open", () => {
    expect(claimHoldsAt(claim({ from: "2024-12" }), "2030-01", false)).toBe(true);
    expect(claimHoldsAt(claim({ to: "2024-12" }), "1990-01", false)).toBe(true);
    expect(claimHoldsAt(claim({ to: "2024-12" }), "2025-01", false)).toBe(false);
  });

  it("takes approximate dates at their stated value and undated claims only when asked", () => {
    expect(claimHoldsAt(claim({ from: "2024-12", approximate: true }), "2024-11", false)).toBe(false);
    expect(claimHoldsAt(claim(), "2025-01", false)).toBe(false);
    expect(claimHoldsAt(claim(), "2025-01", true)).toBe(true);
  });
});

describe("asOfSelection on the curated dataset", () => {
  const { dataset } = loadCurated();

  it("shows the regime before the fall and the exile after it", () => {
    const before = asOfSelection(dataset.relations, "2024-11", { includeUndated: false });
    const after = asOfSelection(dataset.relations, "2025-10", { includeUndated: false });
    const ends = (ids: Set<string>) =>
      [...ids]
        .map((id) => dataset.relations.find((relation) => relation.id === id))
        .map((relation) => `${relation?.from}>${relation?.to}`);
    expect(before.relations.size).toBeGreaterThan(0);
    expect(after.relations.size).toBeGreaterThan(0);
    // The one relation dated "until December 2024" about who ruled holds before, not after.
    const ruled = dataset.relations.find((relation) =>
      relation.claims.some((c) => c.time?.to === "2024-12" && !c.time.approximate && c.time.from === undefined),
    );
    expect(ruled && before.relations.has(ruled.id)).toBe(true);
    expect(ruled && after.relations.has(ruled.id)).toBe(false);
    expect(ends(after.relations).length).toBe(after.relations.size);
  });

  it("agrees with the time filter set to that month, month by month", () => {
    for (const month of ["2024-06", "2024-12", "2025-01", "2025-03", "2025-09", "2025-12", "2026-02"]) {
      for (const includeUndated of [true, false]) {
        const asOf = asOfSelection(dataset.relations, month, { includeUndated });
        const filtered = applyFilters(dataset, { ...DEFAULT_FILTERS, timeFrom: month, timeTo: month, includeUndated });
        expect([...asOf.relations].sort()).toEqual([...filtered.relations].sort());
      }
    }
  });
});
