import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { describePath, pathsWithEvidence, type ActorPath, type PathResult } from "../../src/analysis/pathsWithEvidence";
import type { ActorGraph, ActorNode, ClaimStatus, GraphInfo, RelationEdge } from "../../src/model";
import { strongestStatus } from "../../src/model";

/** [relation id, from, to, statuses of its claims, directed?]; directed relations are "funds". */
type Spec = [string, string, string, ClaimStatus[], boolean?];

function graphOf(actors: string[], specs: Spec[]): ActorGraph {
  const graph: ActorGraph = new MultiGraph<ActorNode, RelationEdge, GraphInfo>({ type: "mixed", allowSelfLoops: true });
  for (const id of actors) {
    const actor = { id, name: id.toUpperCase(), kind: "person", aliases: [], tags: [], sources: [] };
    graph.addNode(id, { actor, label: actor.name, kind: "person" });
  }
  for (const [id, from, to, statuses, directed = false] of specs) {
    const claims = statuses.map((status, i) => ({
      id: `${id}-c${i}`,
      text: "t",
      status,
      quantities: [],
      sources: [{ source: "s" }],
    }));
    const kind = directed ? "funds" : "allied-with";
    const attributes = { relation: { id, from, to, kind, claims }, kind, directed, status: strongestStatus(claims) };
    if (directed) graph.addDirectedEdgeWithKey(id, from, to, attributes);
    else graph.addUndirectedEdgeWithKey(id, from, to, attributes);
  }
  return graph;
}

const relationsOf = (path: ActorPath) => path.hops.map((hop) => hop.relationId).join(">");

function found(result: PathResult) {
  if (result.kind !== "found") throw new Error(`expected a path, got: ${result.reason}`);
  return result;
}

function none(result: PathResult) {
  if (result.kind !== "none") throw new Error("expected no path");
  return result;
}

describe("pathsWithEvidence", () => {
  it("gives one path per parallel relation, then the paths one hop longer", () => {
    const graph = graphOf(
      ["a", "b", "c"],
      [
        ["r1", "a", "b", ["reported"]],
        ["r2", "b", "a", ["reported"]],
        ["r3", "a", "c", ["reported"]],
        ["r4", "c", "b", ["reported"]],
      ],
    );
    const result = found(pathsWithEvidence(graph, "a", "b"));
    expect(result.length).toBe(1);
    expect(result.paths.map(relationsOf).sort()).toEqual(["r1", "r2"]);
    expect(result.paths.map((path) => path.actors)).toEqual([
      ["a", "b"],
      ["a", "b"],
    ]);
    expect(result.nextShortest.map(relationsOf)).toEqual(["r3>r4"]);
    expect(result.nextShortest[0]!.actors).toEqual(["a", "c", "b"]);
  });

  it("records walking order and the relation's own order on each hop", () => {
    const graph = graphOf(
      ["a", "b", "c"],
      [
        ["ab", "b", "a", ["confirmed"]],
        ["bc", "b", "c", ["reported"], true],
      ],
    );
    const [path] = found(pathsWithEvidence(graph, "a", "c")).paths;
    expect(path!.hops.map(({ from, to, forward, directed, kind }) => ({ from, to, forward, directed, kind }))).toEqual([
      { from: "a", to: "b", forward: false, directed: false, kind: "allied-with" },
      { from: "b", to: "c", forward: true, directed: true, kind: "funds" },
    ]);
  });

  it("follows directions unless told to ignore them", () => {
    const graph = graphOf(
      ["a", "b", "c"],
      [
        ["ab", "a", "b", ["reported"], true],
        ["cb", "c", "b", ["reported"], true],
      ],
    );
    const blocked = none(pathsWithEvidence(graph, "a", "c"));
    expect(blocked.reason).toBe("No path from A to C following directions");
    expect(blocked.alternative?.description).toBe("A path exists if directions are ignored");
    expect(blocked.alternative?.options).toEqual({ ignoreDirection: true });
    expect(blocked.alternative?.paths.map(relationsOf)).toEqual(["ab>cb"]);

    const open = found(pathsWithEvidence(graph, "a", "c", { ignoreDirection: true }));
    expect(open.paths[0]!.hops.map((hop) => hop.forward)).toEqual([true, false]);
    expect(describePath(graph, open.paths[0]!)).toBe("A —funds→ B ←funds— C");
    expect(describePath(graph, open.paths[0]!, { funds: "Funds" })).toBe("A —Funds→ B ←Funds— C");
  });

  it("takes a longer path when the direct relation points the other way", () => {
    const graph = graphOf(
      ["a", "b", "c"],
      [
        ["ba", "b", "a", ["confirmed"], true],
        ["ac", "a", "c", ["reported"], true],
        ["cb", "c", "b", ["reported"], true],
      ],
    );
    const directed = found(pathsWithEvidence(graph, "a", "b"));
    expect(directed.length).toBe(2);
    expect(directed.paths.map(relationsOf)).toEqual(["ac>cb"]);
    expect(directed.nextShortest).toEqual([]);

    const undirected = found(pathsWithEvidence(graph, "a", "b", { ignoreDirection: true }));
    expect(undirected.length).toBe(1);
    expect(undirected.paths.map(relationsOf)).toEqual(["ba"]);
    expect(undirected.paths[0]!.hops[0]!.forward).toBe(false);
    expect(undirected.nextShortest.map(relationsOf)).toEqual(["ac>cb"]);
  });

  it("with factsOnly skips merely claimed relations and cites only the factual claims", () => {
    const graph = graphOf(
      ["a", "b", "c"],
      [
        ["ab", "a", "b", ["claimed"]],
        ["ac", "a", "c", ["claimed", "reported", "disputed"]],
        ["cb", "c", "b", ["confirmed"]],
      ],
    );
    expect(found(pathsWithEvidence(graph, "a", "b")).paths.map(relationsOf)).toEqual(["ab"]);

    const facts = found(pathsWithEvidence(graph, "a", "b", { factsOnly: true }));
    expect(facts.length).toBe(2);
    expect(facts.paths.map(relationsOf)).toEqual(["ac>cb"]);
    const [first] = facts.paths[0]!.hops;
    expect(first!.claims.map((claim) => claim.id)).toEqual(["ac-c1"]);
    expect(first!.status).toBe("reported");
    expect(facts.paths[0]!.weakest).toBe("reported");
  });

  it("rates a hop by its strongest claim and a path by its weakest hop", () => {
    const graph = graphOf(
      ["a", "b", "c"],
      [
        ["ab", "a", "b", ["denied", "confirmed"]],
        ["bc", "b", "c", ["claimed", "disputed"]],
      ],
    );
    const [path] = found(pathsWithEvidence(graph, "a", "c")).paths;
    expect(path!.hops.map((hop) => hop.status)).toEqual(["confirmed", "claimed"]);
    expect(path!.weakest).toBe("claimed");
    expect(path!.hops[0]!.claims).toHaveLength(2);
  });

  it("lists the most certain paths first", () => {
    const graph = graphOf(
      ["a", "b"],
      [
        ["weak", "a", "b", ["disputed"]],
        ["mid", "a", "b", ["claimed"]],
        ["strong", "a", "b", ["confirmed"]],
      ],
    );
    const result = found(pathsWithEvidence(graph, "a", "b"));
    expect(result.paths.map(relationsOf)).toEqual(["strong", "mid", "weak"]);
    expect(found(pathsWithEvidence(graph, "a", "b", { maxPaths: 1 })).paths.map(relationsOf)).toEqual(["strong"]);
  });

  it("relaxes facts first, then direction, then both, and says which", () => {
    const graph = graphOf(["a", "b", "c", "d"], [["ab", "a", "b", ["claimed"], true]]);
    const facts = none(pathsWithEvidence(graph, "a", "b", { factsOnly: true }));
    expect(facts.reason).toBe("No path from A to B through confirmed or reported claims, following directions");
    expect(facts.alternative?.description).toBe("A path exists if unconfirmed claims are allowed");
    expect(facts.alternative?.options).toEqual({ factsOnly: false });

    const both = none(pathsWithEvidence(graph, "b", "a", { factsOnly: true }));
    expect(both.alternative?.description).toBe(
      "A path exists if unconfirmed claims are allowed and directions are ignored",
    );
    expect(both.alternative?.options).toEqual({ factsOnly: false, ignoreDirection: true });
    expect(both.alternative?.paths.map(relationsOf)).toEqual(["ab"]);

    const disconnected = none(pathsWithEvidence(graph, "a", "d", { factsOnly: true }));
    expect(disconnected.alternative).toBeUndefined();
  });

  it("respects the current filters and never relaxes them", () => {
    const graph = graphOf(
      ["a", "b", "c"],
      [
        ["ab", "a", "b", ["reported"]],
        ["ac", "a", "c", ["reported"]],
        ["cb", "c", "b", ["reported"]],
      ],
    );
    const filtered = found(pathsWithEvidence(graph, "a", "b", { allowedRelations: new Set(["ac", "cb"]) }));
    expect(filtered.paths.map(relationsOf)).toEqual(["ac>cb"]);
    const cut = none(pathsWithEvidence(graph, "a", "b", { allowedRelations: new Set(["ac"]), maxPaths: 3 }));
    expect(cut).toEqual({
      kind: "none",
      reason: "No path from A to B within the current filters",
      alternative: undefined,
    });
  });

  it("refuses unknown actors and a path from an actor to itself", () => {
    const graph = graphOf(["a", "b"], [["ab", "a", "b", ["reported"]]]);
    expect(none(pathsWithEvidence(graph, "a", "zz")).reason).toBe('Unknown actor "zz"');
    expect(none(pathsWithEvidence(graph, "zz", "a")).reason).toBe('Unknown actor "zz"');
    expect(none(pathsWithEvidence(graph, "a", "a")).reason).toBe("A is both the start and the end");
  });

  it("caps both lists", () => {
    const specs: Spec[] = [];
    for (let i = 0; i < 12; i++) specs.push([`ab${i}`, "a", "b", ["reported"]], [`bc${i}`, "b", "c", ["reported"]]);
    specs.push(["ac", "a", "c", ["reported"]]);
    const graph = graphOf(["a", "b", "c"], specs);
    const byDefault = found(pathsWithEvidence(graph, "a", "c"));
    expect(byDefault.paths.map(relationsOf)).toEqual(["ac"]);
    expect(byDefault.nextShortest).toHaveLength(10);
    expect(new Set(byDefault.nextShortest.map(relationsOf)).size).toBe(10);
    expect(found(pathsWithEvidence(graph, "a", "c", { maxPaths: 3 })).nextShortest).toHaveLength(3);
    expect(found(pathsWithEvidence(graph, "a", "b", { maxPaths: 4 })).paths).toHaveLength(4);
  });
});
