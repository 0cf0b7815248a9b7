// Relations as the edges a graph file gets. Readers that cannot take a graph mixing directed and
// undirected edges (networkx) get, on request, each undirected relation as two directed edges;
// the second is marked as a mirror so that Tangle folds the pair back into one relation.
import type { Dataset, Relation } from "../../model";

export interface ExportOptions {
  /** Write each undirected ("mutual") relation as two directed edges, one each way. */
  mutualAsTwoEdges?: boolean;
}

export const MIRROR_ATTRIBUTE = "mirror";

export interface ExportEdge {
  relation: Relation;
  id: string;
  from: string;
  to: string;
  directed: boolean;
  mirror: boolean;
}

export function expandMutual(dataset: Dataset, options: ExportOptions): ExportEdge[] {
  const directed = new Map(dataset.relationKinds.map((kind) => [kind.id, kind.directed]));
  const ids = new Set(dataset.relations.map((relation) => relation.id));
  return dataset.relations.flatMap((relation): ExportEdge[] => {
    const isDirected = directed.get(relation.kind) ?? true;
    const edge = {
      relation,
      id: relation.id,
      from: relation.from,
      to: relation.to,
      directed: isDirected || options.mutualAsTwoEdges === true,
      mirror: false,
    };
    if (isDirected || !options.mutualAsTwoEdges) return [edge];
    let mirrorId = `${relation.id}-mirror`;
    while (ids.has(mirrorId)) mirrorId += "-";
    return [edge, { ...edge, id: mirrorId, from: relation.to, to: relation.from, mirror: true }];
  });
}
