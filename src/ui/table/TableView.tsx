// The accessible twin of the graph: the same filters, focus and selection, as real tables.
import { memo, useMemo } from "react";
import type { ActorGraph, Claim } from "../../model";
import type { Selection } from "../../state";
import type { DatasetLookup } from "../../model";
import { ActorsTable } from "./ActorsTable";
import { tableDegreeOf } from "./tableDegrees";
import { RelationsTable } from "./RelationsTable";
import { warmActorNameRanks } from "./textRanks";
import { runInSlices } from "../app/runInSlices";

export interface TableViewProps {
  /** The graph shown; the table counts from the lookup, which holds the same relations. */
  graph: ActorGraph;
  lookup: DatasetLookup;
  actors: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  shownClaims: ReadonlyMap<string, Claim[]>;
  selection: Selection | undefined;
  onSelect: (selection: Selection) => void;
}

/**
 * Memoised: once ready, the table stays rendered while hidden (ui/app/preloadedViews.ts), and every
 * render of the explorer (a notice, an import's progress) would otherwise render it again.
 */
export const TableView = memo(function TableView({
  lookup,
  actors,
  relations,
  shownClaims,
  selection,
  onSelect,
}: TableViewProps) {
  const shownActors = useMemo(() => lookup.dataset.actors.filter((actor) => actors.has(actor.id)), [lookup, actors]);
  const shownRelations = useMemo(
    () => lookup.dataset.relations.filter((relation) => relations.has(relation.id)),
    [lookup, relations],
  );
  // Counted for the rows drawn (or all of them, when sorting by degree), not before the first paint.
  const degree = useMemo(() => tableDegreeOf(lookup, actors, relations), [lookup, actors, relations]);
  return (
    <div className="table-view">
      <ActorsTable actors={shownActors} lookup={lookup} degree={degree} selection={selection} onSelect={onSelect} />
      <RelationsTable
        relations={shownRelations}
        lookup={lookup}
        shownClaims={shownClaims}
        selection={selection}
        onSelect={onSelect}
      />
    </div>
  );
});

/** Ranks the dataset's actor names in slices before the table is first shown (prefetchTable.ts); returns a cancel. */
export function warmTableView(lookup: DatasetLookup, onDone: () => void): () => void {
  return runInSlices(warmActorNameRanks(lookup), onDone);
}
