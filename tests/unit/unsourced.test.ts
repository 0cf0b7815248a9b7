// Relations without claims (DESIGN §1): kept, drawn and counted apart, never taken for evidence.
import { describe, expect, it } from "vitest";
import { pathsWithEvidence } from "../../src/analysis/pathsWithEvidence";
import { buildGraph, relationStatus, validate } from "../../src/model";
import {
  applyFilters,
  DEFAULT_FILTERS,
  FACTS_ONLY_STATUSES,
  hashToState,
  stateToHash,
  DEFAULT_STATE,
} from "../../src/state";
import { stepView } from "../../src/state/story/stepView";
import { filterCounts } from "../../src/state/filterCounts";
import { buildStylesheet } from "../../src/view/stylesheet";
import { STATUS_PRESENTATION } from "../../src/state";
import { UNSOURCED_ID, unsourcedDataset, unsourcedJson } from "./unsourcedFixture";

const dataset = unsourcedDataset();

describe("unsourced relations", () => {
  it("validate accepts a relation with no claims (absent or empty), with weight and attributes", () => {
    expect(validate(unsourcedJson())).toEqual([]);
    const empty = unsourcedJson();
    (empty.relations as Array<Record<string, unknown>>)[3]!.claims = [];
    expect(validate(empty)).toEqual([]);
    expect(dataset.relations.find((relation) => relation.id === UNSOURCED_ID)?.claims).toEqual([]);
    expect(dataset.origin).toEqual({ file: "network.gexf", format: "GEXF" });
  });

  it("buildGraph keeps them, with the status 'unsourced', never a claim status", () => {
    const graph = buildGraph(dataset);
    expect(graph.hasEdge(UNSOURCED_ID)).toBe(true);
    expect(graph.getEdgeAttribute(UNSOURCED_ID, "status")).toBe("unsourced");
    expect(graph.getEdgeAttribute("rel-ada-fund", "status")).toBe("reported");
    expect(relationStatus({ claims: [] })).toBe("unsourced");
  });

  it("show by default, and 'confirmed and reported only' leaves them out", () => {
    expect(applyFilters(dataset, DEFAULT_FILTERS).relations.has(UNSOURCED_ID)).toBe(true);
    const factsOnly = applyFilters(dataset, { ...DEFAULT_FILTERS, hiddenStatuses: [...FACTS_ONLY_STATUSES] });
    expect([...factsOnly.relations]).toEqual(["rel-ada-fund"]);
  });

  it("have no source and no date: a source filter or leaving out undated items hides them", () => {
    expect(applyFilters(dataset, { ...DEFAULT_FILTERS, sources: ["src-gazette"] }).relations.has(UNSOURCED_ID)).toBe(
      false,
    );
    expect(applyFilters(dataset, { ...DEFAULT_FILTERS, includeUndated: false }).relations.has(UNSOURCED_ID)).toBe(
      false,
    );
    expect(
      applyFilters(dataset, { ...DEFAULT_FILTERS, hiddenStatuses: ["unsourced"] }).relations.has(UNSOURCED_ID),
    ).toBe(false);
  });

  it("are counted apart in the legend, as relations, not as claims of any status", () => {
    const counts = filterCounts(dataset, applyFilters(dataset, { ...DEFAULT_FILTERS, hiddenStatuses: ["unsourced"] }));
    expect(counts.statuses.get("unsourced")).toEqual({ shown: 0, total: 1 });
    expect(counts.statuses.get("reported")).toEqual({ shown: 1, total: 1 });
    const all = filterCounts(dataset, applyFilters(dataset, DEFAULT_FILTERS));
    expect(all.statuses.get("unsourced")).toEqual({ shown: 1, total: 1 });
  });

  it("hiding them travels in the link", () => {
    const state = {
      ...DEFAULT_STATE,
      dataset: dataset.id,
      filters: { ...DEFAULT_FILTERS, hiddenStatuses: ["unsourced" as const] },
    };
    expect(hashToState(stateToHash(state)).state.filters.hiddenStatuses).toEqual(["unsourced"]);
  });

  it("are never crossed by a path with evidence", () => {
    const graph = buildGraph(dataset);
    // The unsourced relation joins them directly; the path with evidence goes through the fund.
    const result = pathsWithEvidence(graph, "ada-example", "sample-militia", { ignoreDirection: true });
    expect(result.kind).toBe("found");
    if (result.kind !== "found") return;
    expect(result.length).toBe(2);
    for (const path of [...result.paths, ...result.nextShortest]) {
      expect(path.hops.map((hop) => hop.relationId)).not.toContain(UNSOURCED_ID);
      for (const hop of path.hops) expect(hop.claims.length).toBeGreaterThan(0);
    }
  });

  it("are drawn in their own style: grey, thin, dotted, unlike every claim status", () => {
    const sheet = buildStylesheet("light");
    const rules = sheet.filter((rule) => "selector" in rule && rule.selector === 'edge[status = "unsourced"]');
    const style = Object.assign({}, ...rules.map((rule) => ("style" in rule ? rule.style : {}))) as Record<
      string,
      unknown
    >;
    expect(style["line-style"]).toBe("dotted");
    expect(style["line-color"]).toBe("#8a8a8a");
    expect(style.width).toBeLessThan(2);
    const claimLooks = (["confirmed", "reported", "claimed", "disputed", "denied"] as const).map((status) =>
      JSON.stringify(STATUS_PRESENTATION[status].line),
    );
    expect(claimLooks).not.toContain(JSON.stringify(STATUS_PRESENTATION.unsourced.line));
  });

  it("story steps show them unless unconfirmed statuses are hidden", () => {
    const story = {
      id: "s",
      title: "S",
      steps: [{ id: "a", title: "A", text: "t", focus: { actors: [], relations: [UNSOURCED_ID] } }],
    };
    expect(stepView(dataset, story, 0, { hideUnconfirmed: false }).focusRelations.has(UNSOURCED_ID)).toBe(true);
    expect(stepView(dataset, story, 0, { hideUnconfirmed: true }).focusRelations.has(UNSOURCED_ID)).toBe(false);
  });
});
