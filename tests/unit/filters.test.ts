import { describe, expect, it } from "vitest";
import { applyFilters, claimInWindow, DEFAULT_FILTERS, FACTS_ONLY_STATUSES, filtersAreDefault } from "../../src/state";
import { placeholderDataset } from "./fixtures";

const dataset = placeholderDataset();

describe("applyFilters", () => {
  it("shows everything by default", () => {
    const result = applyFilters(dataset, DEFAULT_FILTERS);
    expect(result.actors.size).toBe(4);
    expect(result.relations.size).toBe(3);
    expect(filtersAreDefault(DEFAULT_FILTERS)).toBe(true);
  });

  it("keeps only confirmed and reported claims with the facts-only preset", () => {
    const result = applyFilters(dataset, { ...DEFAULT_FILTERS, hiddenStatuses: [...FACTS_ONLY_STATUSES] });
    expect([...result.relations]).toEqual(["rel-ada-fund"]);
    expect(result.actors.size).toBe(4);
  });

  it("hides relations of a hidden actor kind along with the actors", () => {
    const result = applyFilters(dataset, { ...DEFAULT_FILTERS, hiddenActorKinds: ["organisation"] });
    expect([...result.actors].sort()).toEqual(["ada-example", "bob-sample"]);
    expect([...result.relations]).toEqual(["rel-bob-ada"]);
  });

  it("filters by relation kind and by source", () => {
    expect([...applyFilters(dataset, { ...DEFAULT_FILTERS, hiddenRelationKinds: ["funds"] }).relations]).toEqual([
      "rel-bob-ada",
    ]);
    expect([...applyFilters(dataset, { ...DEFAULT_FILTERS, sources: ["src-relay"] }).relations]).toEqual([
      "rel-ada-fund",
      "rel-bob-ada",
    ]);
  });

  it("keeps claims overlapping the time window, and undated ones only when asked", () => {
    const window = { ...DEFAULT_FILTERS, timeFrom: "2025-06", timeTo: "2025-06" };
    expect([...applyFilters(dataset, window).relations]).toEqual(["rel-ada-fund", "rel-fund-militia", "rel-bob-ada"]);
    expect([...applyFilters(dataset, { ...window, includeUndated: false }).relations]).toEqual(["rel-ada-fund"]);
    expect([
      ...applyFilters(dataset, { ...window, timeFrom: "2026", timeTo: undefined, includeUndated: false }).relations,
    ]).toEqual([]);
  });
});

describe("claimInWindow", () => {
  const claim = (from?: string, to?: string) => ({ ...dataset.relations[0]!.claims[0]!, time: { from, to } });
  it("compares partial dates by the periods they cover", () => {
    expect(claimInWindow(claim("2025-03", "2025-12"), { timeFrom: "2025", includeUndated: true })).toBe(true);
    expect(claimInWindow(claim("2025-03"), { timeTo: "2025-03-01", includeUndated: true })).toBe(true);
    expect(claimInWindow(claim(undefined, "2024-12"), { timeFrom: "2025-01", includeUndated: true })).toBe(false);
  });
});

describe("unsourced relations (imported without evidence)", () => {
  const base = placeholderForUnsourced();
  // The agreed rule (state/filters.ts unsourcedPasses): hidden only when unsourced relations are
  // hidden themselves, a source is required, or undated items are left out.
  it("show by default and hide when unsourced are hidden, a source is required or undated items are left out", () => {
    const shows = (filters: typeof DEFAULT_FILTERS) => applyFilters(base, filters).relations.has("rel-unsourced");
    expect(shows(DEFAULT_FILTERS)).toBe(true);
    expect(shows({ ...DEFAULT_FILTERS, hiddenStatuses: ["claimed", "disputed", "denied"] })).toBe(true);
    expect(shows({ ...DEFAULT_FILTERS, hiddenStatuses: ["claimed", "disputed", "denied", "unsourced"] })).toBe(false);
    expect(shows({ ...DEFAULT_FILTERS, sources: ["src-gazette"] })).toBe(false);
    expect(shows({ ...DEFAULT_FILTERS, includeUndated: false })).toBe(false);
  });
});

function placeholderForUnsourced() {
  const dataset = placeholderDataset();
  return {
    ...dataset,
    relations: [
      ...dataset.relations,
      { id: "rel-unsourced", from: "ada-example", to: "bob-sample", kind: "funds", claims: [] },
    ],
  };
}
