// graphology model → cytoscape element definitions. Labels go to the canvas as text, never HTML.
// Each element carries its colour and shape as data: one `data(…)` style rule then serves every
// kind, instead of one selector per vocabulary entry tested against every element.
import type { ElementDefinition } from "cytoscape";
import { anchoredLabel, displayLabel } from "./displayLabel";
import type { ActorGraph, ActorKind, RelationKind } from "../model";
import { actorElementId, relationElementId } from "./elementIds";
import { kindColour, kindShape } from "./palette";
import { relationFamilies } from "./relationFamilies";

export interface Vocabulary {
  actorKinds: readonly ActorKind[];
  relationKinds: readonly RelationKind[];
}

export interface ElementFactory {
  node: (id: string) => ElementDefinition;
  edge: (id: string) => ElementDefinition;
}

const indexById = (items: ReadonlyArray<{ id: string }>) => new Map(items.map((item, index) => [item.id, index]));

/** Builds the definition of one actor or relation on demand (large graphs draw only some). */
export function elementFactory(graph: ActorGraph, vocabulary: Vocabulary): ElementFactory {
  const actorKinds = indexById(vocabulary.actorKinds);
  const families = relationFamilies(vocabulary.relationKinds);
  const relationLabels = new Map(vocabulary.relationKinds.map((kind) => [kind.id, kind.label.toLowerCase()]));
  return {
    node: (id) => {
      const attributes = graph.getNodeAttributes(id);
      const kind = actorKinds.get(attributes.kind) ?? 0;
      return {
        group: "nodes",
        data: {
          id: actorElementId(id),
          label: displayLabel(attributes.label),
          drawnLabel: anchoredLabel(displayLabel(attributes.label)),
          kind: attributes.kind,
          colour: kindColour(kind),
          shape: kindShape(kind),
          size: 0,
          community: -1,
        },
      };
    },
    edge: (id) => {
      const attributes = graph.getEdgeAttributes(id);
      const colour = families.get(attributes.kind)?.colour ?? "#666666";
      const kindLabel = displayLabel(relationLabels.get(attributes.kind) ?? attributes.kind);
      return {
        group: "edges",
        data: {
          id: relationElementId(id),
          source: actorElementId(graph.source(id)),
          target: actorElementId(graph.target(id)),
          kind: attributes.kind,
          kindLabel,
          drawnKindLabel: anchoredLabel(kindLabel),
          status: attributes.status,
          colour,
        },
        classes: attributes.directed ? "directed" : "",
      };
    },
  };
}

export function graphToElements(graph: ActorGraph, vocabulary: Vocabulary): ElementDefinition[] {
  const make = elementFactory(graph, vocabulary);
  return [...graph.nodes().map(make.node), ...graph.edges().map(make.edge)];
}
