// The table's sorting with ranks computed once per dataset, and its degree counts from the lookup:
// the same rows in the same order as sorting and counting afresh.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildGraph, datasetLookup, parseDataset } from "../../src/model";
import { cachedNameRanks, sortRows, textRanks, type SortState } from "../../src/ui/table/sortRows";
import { tableDegrees } from "../../src/ui/table/tableDegrees";
import { syntheticDataset } from "../../scripts/synthetic";

const names = ["Émile Zola", "emile zola", "Actor 10", "actor 9", "Ḥasan", "Hasan", "بشار", "Zed", "Actor 9"];

describe("table sorting with ranks kept per dataset", () => {
  it("ranks texts that collate equal together, numerals by value", () => {
    const ranks = textRanks(names);
    expect(ranks.get("Émile Zola")).toBe(ranks.get("emile zola"));
    expect(ranks.get("actor 9")).toBe(ranks.get("Actor 9"));
    expect(ranks.get("Actor 9")).toBeLessThan(ranks.get("Actor 10") ?? -1);
    expect(ranks.get("Hasan")).toBe(ranks.get("Ḥasan"));
  });

  it("gives any subset the order sorting the subset alone gives, both directions", () => {
    const rows = names.map((name, index) => ({ id: `r${index}`, name }));
    const owner = {};
    const ranks = cachedNameRanks(owner, () => rows.map((row) => row.name));
    expect(cachedNameRanks(owner, () => [])).toBe(ranks);
    fc.assert(
      fc.property(
        fc.subarray(rows),
        fc.constantFrom<SortState<"name">["direction"]>("ascending", "descending"),
        (subset, direction) => {
          const sort: SortState<"name"> = { key: "name", direction };
          const value = (row: { name: string }) => row.name;
          expect(sortRows(subset, sort, value, ranks).map((row) => row.id)).toEqual(
            sortRows(subset, sort, value).map((row) => row.id),
          );
        },
      ),
    );
  });
});

describe("table degrees from the lookup", () => {
  it("counts what the graph's edges count: distinct neighbours and relations among those shown", () => {
    const input = syntheticDataset(300, 3);
    // A self-loop and a repeated pair, which the counts must treat as the graph does.
    input.relations.push(
      { id: "loop", from: "a2", to: "a2", kind: "funds", claims: [] },
      { id: "again", from: "a0", to: "a2", kind: "funds", claims: [] },
    );
    const parsed = parseDataset(input);
    if (!parsed.ok) throw new Error("synthetic data must be valid");
    const lookup = datasetLookup(parsed.dataset);
    const graph = buildGraph(parsed.dataset);
    const shownRelations = new Set(
      parsed.dataset.relations.filter((_relation, index) => index % 3 !== 0).map((relation) => relation.id),
    );
    const shownActors = parsed.dataset.actors.filter((_actor, index) => index % 5 !== 1).map((actor) => actor.id);
    const degrees = tableDegrees(lookup, shownActors, shownRelations);
    for (const id of shownActors) {
      const neighbours = new Set<string>();
      let relations = 0;
      graph.forEachEdge(id, (edge, _attributes, source, target) => {
        if (!shownRelations.has(edge)) return;
        relations++;
        const other = source === id ? target : source;
        if (other !== id) neighbours.add(other);
      });
      expect(degrees.get(id)).toEqual({ neighbours: neighbours.size, relations });
    }
    expect(degrees.get("a2")?.relations).toBeGreaterThan(0);
  });
});
