// The accessible twin of the graph: the same filters, focus and selection, as real tables.
import { useCallback, useMemo } from "react";
import type { ActorGraph, Claim } from "../../model";
import type { Selection } from "../../state";
import type { DatasetLookup } from "../../model";
import { ActorsTable } from "./ActorsTable";
import { RelationsTable } from "./RelationsTable";

export interface TableViewProps {
  graph: ActorGraph;
  lookup: DatasetLookup;
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  shownClaims: ReadonlyMap<string, Claim[]>;
  selection: Selection | undefined;
  onSelect: (selection: Selection) => void;
}

export function TableView({ graph, lookup, actors, relations, shownClaims, selection, onSelect }: TableViewProps) {
  const shownActors = useMemo(() => lookup.dataset.actors.filter((actor) => actors.has(actor.id)), [lookup, actors]);
  const shownRelations = useMemo(() => lookup.dataset.relations.filter((relation) => relations.has(relation.id)), [lookup, relations]);
  const degrees = useMemo(() => {
    const table = new Map<string, { neighbours: number; relations: number }>();
    for (const id of actors) {
      const neighbours = new Set<string>();
      let count = 0;
      graph.forEachEdge(id, (edge, _attributes, source, target) => {
        if (!relations.has(edge)) return;
        count++;
        const other = source === id ? target : source;
        if (other !== id) neighbours.add(other);
      });
      table.set(id, { neighbours: neighbours.size, relations: count });
    }
    return table;
  }, [graph, actors, relations]);
  const degree = useCallback((id: string) => degrees.get(id) ?? { neighbours: 0, relations: 0 }, [degrees]);
  return (
    <div className="table-view">
      <ActorsTable actors={shownActors} lookup={lookup} degree={degree} selection={selection} onSelect={onSelect} />
      <RelationsTable relations={shownRelations} lookup={lookup} shownClaims={shownClaims} selection={selection} onSelect={onSelect} />
    </div>
  );
}
