// What the explorer now does lazily or in another shape gives what the eager version gave:
// metrics requests packed for the worker, the table's degrees counted on demand, integer sort
// keys sorted in a typed array, and large-graph node sizes as classes.
import cytoscape from "cytoscape";
import fc from "fast-check";
import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { buildGraph, datasetLookup, parseDataset } from "../../src/model";
import { sortRows, integerOrder } from "../../src/ui/table/sortRows";
import { tableDegreeOf, tableDegrees } from "../../src/ui/table/tableDegrees";
import { actorNameRanks, textRanks, warmActorNameRanks } from "../../src/ui/table/textRanks";
import { ElementState } from "../../src/view/elementState";
import { buildStylesheet } from "../../src/view/stylesheet";
import { largeNodeScaleFor, nodeScaleClass } from "../../src/view/labelScale";
import { answerMetricsRequest, metricsRequest } from "../../src/workers/metricsMessages";
import {
  packedMetricsRequest,
  packedMetricsRequestInSteps,
  transferables,
  unpackMetricsRequest,
} from "../../src/workers/packedMetricsRequest";
import { syntheticDataset } from "../../scripts/synthetic";

const synthetic = () => {
  const parsed = parseDataset(syntheticDataset(300));
  if (!parsed.ok) throw new Error("the synthetic dataset is valid");
  return parsed.dataset;
};

describe("the packed metrics request", () => {
  it("unpacks to the plain request: ids, ends, direction, own weights, self-loops and parallel relations", () => {
    const graph = new MultiGraph({ type: "mixed", allowSelfLoops: true });
    for (const node of ["a", "b", "c"]) graph.addNode(node);
    graph.addDirectedEdgeWithKey("ab", "a", "b", { relation: { weight: 2.5 } });
    graph.addUndirectedEdgeWithKey("ab2", "a", "b");
    graph.addUndirectedEdgeWithKey("cc", "c", "c", { relation: { weight: 0 } });
    graph.addDirectedEdgeWithKey("ca", "c", "a", { relation: { weight: Number.POSITIVE_INFINITY } });
    const packed = packedMetricsRequest(graph, 7, 3);
    expect(unpackMetricsRequest(packed)).toEqual(metricsRequest(graph, 7, 3));
    expect(unpackMetricsRequest(packed).edges).toEqual([
      { id: "ab", from: "a", to: "b", directed: true, weight: 2.5 },
      { id: "ab2", from: "a", to: "b", directed: false },
      { id: "cc", from: "c", to: "c", directed: false, weight: 0 },
      { id: "ca", from: "c", to: "a", directed: true },
    ]);
    expect(transferables(packed).every((buffer) => buffer instanceof ArrayBuffer)).toBe(true);
  });

  it("gives the worker's answer the plain request gives, on a synthetic network", () => {
    const graph = buildGraph(synthetic());
    const packed = packedMetricsRequest(graph, 1);
    // What the worker receives is a structured clone of the packed request.
    const received = structuredClone(packed, { transfer: transferables(packed) });
    expect(answerMetricsRequest(unpackMetricsRequest(received))).toEqual(
      answerMetricsRequest(metricsRequest(graph, 1)),
    );
  });
});

it("is packed in steps on the main thread, to the same request", () => {
  const parsed = parseDataset(syntheticDataset(4000));
  if (!parsed.ok) throw new Error("the synthetic dataset is valid");
  const graph = buildGraph(parsed.dataset);
  const steps = packedMetricsRequestInSteps(graph, 2, 9);
  let yields = 0;
  let step = steps.next();
  while (!step.done) {
    yields++;
    step = steps.next();
  }
  expect(yields).toBeGreaterThanOrEqual(3);
  expect(unpackMetricsRequest(step.value)).toEqual(metricsRequest(graph, 2, 9));
});

describe("the actors table's degrees, counted on demand", () => {
  it("equal the degrees counted for every shown actor at once, in any order of asking", () => {
    const dataset = synthetic();
    const lookup = datasetLookup(dataset);
    const relations = new Set(dataset.relations.filter((_r, index) => index % 4 !== 0).map((r) => r.id));
    const actors = new Set(dataset.actors.filter((_a, index) => index % 7 !== 3).map((a) => a.id));
    const eager = tableDegrees(lookup, actors, relations);
    fc.assert(
      fc.property(fc.shuffledSubarray(dataset.actors.map((actor) => actor.id)), (asked) => {
        const degreeOf = tableDegreeOf(lookup, actors, relations);
        for (const id of asked) expect(degreeOf(id)).toEqual(eager.get(id) ?? { neighbours: 0, relations: 0 });
      }),
      { numRuns: 30 },
    );
    expect([...eager.values()].some((degree) => degree.neighbours > 3)).toBe(true);
  });
});

describe("sorting on integer keys in a typed array", () => {
  it("orders rows as the comparison sort does, ties in row order, both directions", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { maxLength: 300 }), fc.boolean(), (keys, ascending) => {
        const factor = ascending ? 1 : -1;
        const compared = keys.map((_key, index) => index);
        compared.sort((a, b) => ((keys[a] ?? 0) - (keys[b] ?? 0)) * factor || a - b);
        expect(Array.from(integerOrder(keys, factor) ?? [])).toEqual(compared);
      }),
    );
  });

  it("declines keys that are not small non-negative integers, and sortRows still sorts them", () => {
    expect(integerOrder([1, -2, 3], 1)).toBeUndefined();
    expect(integerOrder([1, 2.5], 1)).toBeUndefined();
    const rows = [{ v: 2.5 }, { v: -1 }, { v: 2.5 }, { v: 0 }];
    const sorted = sortRows(rows, { key: "v", direction: "descending" }, (row) => row.v);
    expect(sorted).toEqual([rows[0], rows[2], rows[3], rows[1]]);
  });
});

describe("large-graph node sizes as classes", () => {
  it("gives each node exactly the class of the current scale, and the stylesheet sizes each class", () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    cy.add([{ data: { id: "a" } }, { data: { id: "b" } }, { data: { id: "e", source: "a", target: "b" } }]);
    const state = new ElementState();
    state.nodeScale = largeNodeScaleFor(0.05);
    state.applyAll(cy.elements());
    expect(cy.nodes().map((node) => node.classes())).toEqual([[nodeScaleClass(16)], [nodeScaleClass(16)]]);
    state.nodeScale = largeNodeScaleFor(1);
    state.applyNodeScale(cy.elements());
    expect(cy.nodes().map((node) => node.classes())).toEqual([[nodeScaleClass(1)], [nodeScaleClass(1)]]);
    expect(cy.edges().first().classes()).toEqual([]);
    const rule = buildStylesheet("light", true).find(
      (entry) => "selector" in entry && entry.selector === `node.${nodeScaleClass(16)}`,
    );
    expect(rule && "style" in rule ? rule.style : undefined).toMatchObject({ width: 160, height: 160 });
  });
});

describe("the actor names ranked in steps while idle", () => {
  it("fill the tables' cache with the ranks computed at once, in several steps", () => {
    const parsed = parseDataset(syntheticDataset(5000));
    if (!parsed.ok) throw new Error("the synthetic dataset is valid");
    const lookup = datasetLookup(parsed.dataset);
    const names = parsed.dataset.actors.map((actor) => actor.name);
    const steps = warmActorNameRanks(lookup);
    let yields = 0;
    while (!steps.next().done) yields++;
    expect(yields).toBeGreaterThan(3);
    const warmed = actorNameRanks(lookup);
    expect(warmed).toEqual(textRanks(names));
    // Warming again finds them cached, and the tables read that same map.
    expect(warmActorNameRanks(lookup).next().done).toBe(true);
    expect(actorNameRanks(lookup)).toBe(warmed);
  });
});
