// Filters and their counts after the 20k work (time window worked out once, dates remembered,
// no set per relation): the same results as the plain definitions, on data with partial dates,
// repeated sources and every status.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDataset, periodEnd, periodStart, type Claim, type Dataset } from "../../src/model";
import { applyFilters, DEFAULT_FILTERS, type Filters } from "../../src/state";
import { filterCounts } from "../../src/state/filterCounts";
import { syntheticDataset } from "../../scripts/synthetic";

function dataset(): Dataset {
  const input = syntheticDataset(200, 11);
  const dates = ["2012", "2015-03", "2019-02-14", "2020-02", "2024"];
  input.relations.forEach((relation, index) => {
    (relation.claims ?? []).forEach((claim, at) => {
      if (index % 4 === 0) claim.time = { from: dates[(index + at) % 5], to: index % 8 === 0 ? undefined : "2024-12" };
      if (index % 6 === 0) claim.sources.push({ source: claim.sources[0]?.source ?? "s1" }, { source: "s3" });
    });
    if (index % 50 === 0) relation.claims = [];
  });
  const parsed = parseDataset(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  return parsed.dataset;
}

/** The definitions, written plainly. */
function plainInWindow(claim: Claim, filters: Filters): boolean {
  const time = claim.time;
  if (!time || (time.from === undefined && time.to === undefined)) return filters.includeUndated;
  if (filters.timeFrom === undefined && filters.timeTo === undefined) return true;
  const start = time.from === undefined ? "0000-01-01" : periodStart(time.from);
  const end = time.to === undefined ? "9999-12-31" : periodEnd(time.to);
  return (
    start <= (filters.timeTo === undefined ? "9999-12-31" : periodEnd(filters.timeTo)) &&
    end >= (filters.timeFrom === undefined ? "0000-01-01" : periodStart(filters.timeFrom))
  );
}

function plainCounts(data: Dataset, filters: Filters) {
  const result = applyFilters(data, filters);
  const statuses = new Map<string, number>();
  const sources = new Map<string, number>();
  for (const relation of data.relations) {
    const shown = new Set(result.claims.get(relation.id)?.map((claim) => claim.id));
    for (const claim of relation.claims) {
      if (!shown.has(claim.id)) continue;
      statuses.set(claim.status, (statuses.get(claim.status) ?? 0) + 1);
      for (const source of new Set(claim.sources.map((ref) => ref.source)))
        sources.set(source, (sources.get(source) ?? 0) + 1);
    }
  }
  return { statuses, sources };
}

describe("filters and counts at scale", () => {
  const data = dataset();
  it("shows exactly the claims the definitions let through, and counts each source once per claim", () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom("2011", "2015", "2015-03", "2020-02-29", "2023"), { nil: undefined }),
        fc.option(fc.constantFrom("2014", "2019-02", "2021", "2024-12-31"), { nil: undefined }),
        fc.boolean(),
        fc.subarray(["confirmed", "reported", "claimed", "disputed", "denied"] as const),
        fc.subarray(["s1", "s2", "s3"]),
        (timeFrom, timeTo, includeUndated, hiddenStatuses, sources) => {
          const filters: Filters = {
            ...DEFAULT_FILTERS,
            timeFrom,
            timeTo,
            includeUndated,
            hiddenStatuses: [...hiddenStatuses],
            sources,
          };
          const result = applyFilters(data, filters);
          for (const relation of data.relations) {
            const passing = relation.claims.filter(
              (claim) =>
                !filters.hiddenStatuses.includes(claim.status) &&
                (sources.length === 0 || claim.sources.some((ref) => sources.includes(ref.source))) &&
                plainInWindow(claim, filters),
            );
            if (relation.claims.length > 0)
              expect(result.claims.get(relation.id) ?? []).toEqual(passing.length > 0 ? passing : []);
          }
          const counts = filterCounts(data, result);
          const plain = plainCounts(data, filters);
          for (const [status, shown] of plain.statuses) expect(counts.statuses.get(status)?.shown).toBe(shown);
          for (const [source, shown] of plain.sources) expect(counts.sources.get(source)?.shown).toBe(shown);
          const totalSources = [...counts.sources.values()].reduce((sum, entry) => sum + entry.total, 0);
          expect(totalSources).toBe(
            data.relations
              .flatMap((relation) => relation.claims)
              .reduce((sum, claim) => sum + new Set(claim.sources.map((ref) => ref.source)).size, 0),
          );
        },
      ),
      { numRuns: 25 },
    );
  });
});
