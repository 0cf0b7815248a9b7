import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { egoNetwork } from "../../src/analysis/egoNetwork";

// a→b, b–c, d→c, c–d (parallel), b–d, b–b (self), d–e, e–f, f–g, and h alone.
function sample(): MultiGraph {
  const graph = new MultiGraph({ type: "mixed", allowSelfLoops: true });
  for (const node of "abcdefgh") graph.addNode(node);
  graph.addDirectedEdgeWithKey("ab", "a", "b");
  graph.addUndirectedEdgeWithKey("bc", "b", "c");
  graph.addDirectedEdgeWithKey("dc", "d", "c");
  graph.addUndirectedEdgeWithKey("cd2", "c", "d");
  graph.addUndirectedEdgeWithKey("bd", "b", "d");
  graph.addUndirectedEdgeWithKey("bb", "b", "b");
  graph.addUndirectedEdgeWithKey("de", "d", "e");
  graph.addUndirectedEdgeWithKey("ef", "e", "f");
  graph.addUndirectedEdgeWithKey("fg", "f", "g");
  return graph;
}

const sorted = (set: Set<string>) => [...set].sort();

describe("egoNetwork", () => {
  it("keeps direct neighbours and every relation among them, parallel, self and ring-to-ring", () => {
    const ego = egoNetwork(sample(), "c", 1);
    expect(sorted(ego.actors)).toEqual(["b", "c", "d"]);
    expect(sorted(ego.relations)).toEqual(["bb", "bc", "bd", "cd2", "dc"]);
  });

  it("walks relations against their direction", () => {
    const ego = egoNetwork(sample(), "c", 2);
    expect(sorted(ego.actors)).toEqual(["a", "b", "c", "d", "e"]);
    expect(sorted(ego.relations)).toEqual(["ab", "bb", "bc", "bd", "cd2", "dc", "de"]);
    expect(sorted(egoNetwork(sample(), "b", 1).actors)).toEqual(["a", "b", "c", "d"]);
  });

  it("clamps the depth to 1..3", () => {
    expect(sorted(egoNetwork(sample(), "a", 10).actors)).toEqual(["a", "b", "c", "d", "e"]);
    expect(sorted(egoNetwork(sample(), "a", 0).actors)).toEqual(["a", "b"]);
    expect(sorted(egoNetwork(sample(), "a", Number.NaN).actors)).toEqual(["a", "b"]);
  });

  it("neither walks nor keeps relations the filters hide", () => {
    const allowed = new Set(["dc", "cd2", "de", "ef", "ab"]);
    const ego = egoNetwork(sample(), "c", 2, { allowedRelations: allowed });
    expect(sorted(ego.actors)).toEqual(["c", "d", "e"]);
    expect(sorted(ego.relations)).toEqual(["cd2", "dc", "de"]);
  });

  it("gives an isolated actor alone and an unknown one nothing", () => {
    const isolated = egoNetwork(sample(), "h", 3);
    expect(sorted(isolated.actors)).toEqual(["h"]);
    expect(isolated.relations.size).toBe(0);
    const unknown = egoNetwork(sample(), "zz", 2);
    expect(unknown.actors.size + unknown.relations.size).toBe(0);
  });
});
