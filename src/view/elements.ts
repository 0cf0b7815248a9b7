// graphology model → cytoscape element definitions. Labels go to the canvas as text, never HTML.
// Each element carries its colour and shape as data: one `data(…)` style rule then serves every
// kind, instead of one selector per vocabulary entry tested against every element.
import type { ElementDefinition } from "cytoscape";
import type { ActorGraph, ActorKind, RelationKind } from "../model";
import { kindColour, kindShape, relationColour } from "./palette";

export interface Vocabulary {
  actorKinds: readonly ActorKind[];
  relationKinds: readonly RelationKind[];
}

const indexById = (items: ReadonlyArray<{ id: string }>) => new Map(items.map((item, index) => [item.id, index]));

export function graphToElements(graph: ActorGraph, vocabulary: Vocabulary): ElementDefinition[] {
  const actorKinds = indexById(vocabulary.actorKinds);
  const relationKinds = indexById(vocabulary.relationKinds);
  const relationLabels = new Map(vocabulary.relationKinds.map((kind) => [kind.id, kind.label.toLowerCase()]));
  const elements: ElementDefinition[] = [];
  graph.forEachNode((id, attributes) => {
    const kind = actorKinds.get(attributes.kind) ?? 0;
    elements.push({
      group: "nodes",
      data: { id, label: attributes.label, kind: attributes.kind, colour: kindColour(kind), shape: kindShape(kind), size: 0, community: -1 },
    });
  });
  graph.forEachEdge((id, attributes, source, target) => {
    const colour = relationColour(relationKinds.get(attributes.kind) ?? 0);
    elements.push({
      group: "edges",
      data: { id, source, target, kind: attributes.kind, kindLabel: relationLabels.get(attributes.kind) ?? attributes.kind, status: attributes.status, colour },
      classes: attributes.directed ? "directed" : "",
    });
  });
  return elements;
}
