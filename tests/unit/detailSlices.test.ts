// A large graph's detail enters cytoscape in slices (ENTERING_PER_REFRESH elements a refresh):
// the selection first, and the whole chosen detail after a few refreshes.
import cytoscape from "cytoscape";
import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { ActorGraph } from "../../src/model";
import {
  DETAIL_BUDGET,
  ENTERING_PER_REFRESH,
  LevelOfDetail,
  type DetailWishes,
} from "../../src/view/detail/LevelOfDetail";
import { actorElementId, relationElementId } from "../../src/view/elementIds";

function ring(size: number): ActorGraph {
  const graph = new MultiGraph({ type: "mixed" }) as unknown as ActorGraph;
  for (let index = 0; index < size; index++) graph.addNode(`n${index}`);
  for (let index = 0; index < size; index++) {
    graph.addUndirectedEdgeWithKey(`e${index}`, `n${index}`, `n${(index + 1) % size}`);
    graph.addUndirectedEdgeWithKey(`f${index}`, `n${index}`, `n${(index + 7) % size}`);
  }
  return graph;
}

const wishes = (pinned: string[] = []): DetailWishes => ({
  drawableActor: () => true,
  drawableRelation: () => true,
  pinnedActors: pinned,
  pinnedRelations: [],
  preferredActors: [],
});

describe("detail entering in slices", () => {
  it("adds at most a slice per refresh, the pinned actor first, until the chosen detail is complete", () => {
    const graph = ring(1000);
    const cy = cytoscape({ headless: true, styleEnabled: false });
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    const make = {
      node: (id: string) => ({ data: { id: actorElementId(id) } }),
      edge: (id: string) => ({
        data: {
          id: relationElementId(id),
          source: actorElementId(graph.source(id)),
          target: actorElementId(graph.target(id)),
        },
      }),
    };
    const detail = new LevelOfDetail(cy, graph, make);
    // Every actor at the origin: all are in view, so the budget decides.
    for (const id of graph.nodes()) detail.positions.set(id, { x: 0, y: 0 });
    let refreshes = 0;
    let added = detail.refresh(wishes(["n999"]));
    expect(added.length).toBeLessThanOrEqual(ENTERING_PER_REFRESH);
    expect(cy.getElementById(actorElementId("n999")).nonempty()).toBe(true);
    while (detail.partial && refreshes++ < 20) {
      added = detail.refresh(wishes(["n999"]));
      expect(added.length).toBeLessThanOrEqual(ENTERING_PER_REFRESH);
      // Every relation drawn has both its actors drawn.
      cy.edges().forEach((edge) => expect(edge.source().nonempty() && edge.target().nonempty()).toBe(true));
    }
    expect(detail.partial).toBe(false);
    expect(cy.nodes().length).toBe(DETAIL_BUDGET.actors);
    expect(cy.nodes().length).toBe(detail.info.drawnActors);
    expect(cy.edges().length).toBe(detail.info.drawnRelations);
    expect(detail.refresh(wishes(["n999"])).length).toBe(0);
  });

  it("draws a selected actor alone at once, and the next refresh keeps it and adds the rest", () => {
    const graph = ring(1000);
    const cy = cytoscape({ headless: true, styleEnabled: false });
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    const make = {
      node: (id: string) => ({ data: { id: actorElementId(id) } }),
      edge: (id: string) => ({
        data: {
          id: relationElementId(id),
          source: actorElementId(graph.source(id)),
          target: actorElementId(graph.target(id)),
        },
      }),
    };
    const detail = new LevelOfDetail(cy, graph, make);
    for (const id of graph.nodes()) detail.positions.set(id, { x: 0, y: 0 });
    detail.positions.set("n500", { x: 40, y: -7 });
    const pinned = detail.pin("n500");
    expect(pinned?.map((node) => node.id())).toEqual([actorElementId("n500")]);
    expect(cy.elements().length).toBe(1);
    expect(cy.getElementById(actorElementId("n500")).position()).toEqual({ x: 40, y: -7 });
    expect(detail.pin("n500")?.same(pinned ?? cy.collection())).toBe(true);
    expect(detail.pin("nobody")).toBeUndefined();
    const node = cy.getElementById(actorElementId("n500"));
    detail.refresh(wishes(["n500"]));
    expect(cy.getElementById(actorElementId("n500")).same(node)).toBe(true);
    expect(cy.nodes().length).toBeGreaterThan(1);
  });
});
