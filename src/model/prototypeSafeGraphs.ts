// graphology keeps each node's neighbours in plain objects keyed by neighbour id ({}), so a
// neighbour called "constructor" finds Object.prototype.constructor there, takes it for an edge
// list and breaks every walk over that node (paths crashed with "reading 'key'"). Actor ids are
// ours to choose ([a-z0-9-]), and "constructor" is the one such name Object.prototype has; any
// file may carry it. Rather than namespace every key of every graph, the neighbour indexes are
// given a prototype holding only `hasOwnProperty` (which graphology calls on them), once, for all three node classes graphology has (a module-level patch:
// graphology does not export the classes). tests/unit/hostileIds.test.ts fails if this stops working.
import Graph from "graphology";

/** No `constructor`, no `toString`: only what graphology calls on a neighbour index. */
const NEIGHBOURS_PROTOTYPE = Object.create(null, {
  hasOwnProperty: {
    value: function (this: object, key: PropertyKey) {
      return Object.hasOwn(this, key);
    },
  },
}) as object;

type NodeData = { in?: object; out?: object; undirected?: object };
type Clearable = { clear: (this: NodeData) => void; __prototypeSafe?: true };

function nodeDataPrototype(type: "mixed" | "directed" | "undirected"): Clearable | undefined {
  const graph = new Graph({ type });
  graph.addNode("probe");
  const nodes = (graph as unknown as { _nodes?: Map<string, object> })._nodes;
  const data = nodes?.get("probe");
  return data ? (Object.getPrototypeOf(data) as Clearable) : undefined;
}

for (const type of ["mixed", "directed", "undirected"] as const) {
  const prototype = nodeDataPrototype(type);
  if (!prototype || prototype.__prototypeSafe || typeof prototype.clear !== "function") continue;
  const clear = prototype.clear;
  prototype.clear = function (this: NodeData) {
    clear.call(this);
    for (const index of ["in", "out", "undirected"] as const) {
      const neighbours = this[index];
      if (neighbours) Object.setPrototypeOf(neighbours, NEIGHBOURS_PROTOTYPE);
    }
  };
  prototype.__prototypeSafe = true;
}
