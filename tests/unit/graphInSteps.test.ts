// The graph and lookup of a dataset built in steps (between frames, src/model/buildGraph.ts,
// src/state/loadedDataset.ts) equal those built at once.
import { describe, expect, it } from "vitest";
import { buildGraphInSteps, datasetLookupInSteps } from "../../src/model";
import { loadDataset, loadDatasetInSteps } from "../../src/state";
import { run, synthetic } from "./steps";

describe("building a dataset's graph in steps", () => {
  it("gives the graph built at once, yielding after every step of nodes and edges", () => {
    const dataset = synthetic(200);
    const sliced = run(buildGraphInSteps(dataset, 50));
    const whole = run(buildGraphInSteps(dataset, Number.POSITIVE_INFINITY));
    // 200 actors and 600 relations, in steps of 50.
    expect(sliced.yields).toBe(16);
    expect(whole.yields).toBe(0);
    expect(sliced.value.export()).toEqual(whole.value.export());
    // Same order of nodes and edges (the layouts and the overview walk them in order).
    expect(sliced.value.nodes()).toEqual(dataset.actors.map((actor) => actor.id));
    expect(sliced.value.edges()).toEqual(dataset.relations.map((relation) => relation.id));
  });

  it("gives the lookup built at once", () => {
    const dataset = synthetic(120);
    const sliced = run(datasetLookupInSteps(dataset, 25));
    expect(sliced.yields).toBeGreaterThan(10);
    const whole = run(datasetLookupInSteps(dataset, Number.POSITIVE_INFINITY)).value;
    expect([...sliced.value.relationsOf]).toEqual([...whole.relationsOf]);
    expect([...sliced.value.actors.keys()]).toEqual(dataset.actors.map((actor) => actor.id));
    expect(sliced.value.relations.get("r7")).toBe(dataset.relations[7]);
  });

  it("loads a dataset in steps as loadDataset does", () => {
    const dataset = synthetic(300);
    const sliced = run(loadDatasetInSteps(dataset, "imported"));
    expect(sliced.yields).toBeGreaterThan(1);
    const whole = loadDataset(dataset, "imported");
    expect(sliced.value.graph.export()).toEqual(whole.graph.export());
    expect(sliced.value.display).toEqual(whole.display);
    expect(sliced.value.origin).toBe("imported");
    expect(sliced.value.lookup.relationsOf.get("a0")).toEqual(whole.lookup.relationsOf.get("a0"));
  });
});
