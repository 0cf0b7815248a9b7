// graphology model → cytoscape element definitions. Labels go to the canvas as text, never HTML.
import type { ElementDefinition } from "cytoscape";
import type { ActorGraph } from "../model";

export function graphToElements(graph: ActorGraph): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  graph.forEachNode((id, attributes) => {
    elements.push({ group: "nodes", data: { id, label: attributes.label, kind: attributes.kind, size: 0, community: -1 } });
  });
  graph.forEachEdge((id, attributes, source, target) => {
    elements.push({
      group: "edges",
      data: { id, source, target, kind: attributes.kind, status: attributes.status },
      classes: attributes.directed ? "directed" : "",
    });
  });
  return elements;
}
