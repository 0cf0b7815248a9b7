// What the timeline draws: the relations passing every filter but time (brushing must not remove
// what it is brushed over), their rows (grouped by actor or not), the kinds' colours and the axis.
import { useMemo } from "react";
import { axisTicks, groupRows, type Timeline } from "../../analysis";
import { actorName, type DatasetLookup } from "../../model";
import { applyFilters, type Filters } from "../../state";
import { relationFamilies } from "../../view";
import { useTimeline } from "./useTimeline";

/** Shown while a large timeline is being built. */
const NO_TIMELINE: Timeline = { rows: [], undated: [], unsourced: 0, extent: undefined };

export function useTimelineRows(
  lookup: DatasetLookup,
  filters: Filters,
  focusRelations: ReadonlySet<string> | undefined,
  byActor: boolean,
) {
  const { dataset } = lookup;
  const { hiddenActorKinds, hiddenRelationKinds, hiddenStatuses, sources } = filters;
  const relations = useMemo(() => {
    const untimed = applyFilters(dataset, {
      hiddenActorKinds,
      hiddenRelationKinds,
      hiddenStatuses,
      sources,
      includeUndated: true,
      mode: "hide",
    });
    return dataset.relations.filter(
      (relation) => untimed.relations.has(relation.id) && (!focusRelations || focusRelations.has(relation.id)),
    );
  }, [dataset, hiddenActorKinds, hiddenRelationKinds, hiddenStatuses, sources, focusRelations]);
  const built = useTimeline(relations, dataset.asOf);
  const timeline = built ?? NO_TIMELINE;
  const items = useMemo(
    () => groupRows(timeline.rows, byActor, (id) => actorName(lookup, id)),
    [timeline, byActor, lookup],
  );
  // The graph's colour families (relationFamilies), so a kind has one colour in both views.
  const colours = useMemo(
    () => new Map([...relationFamilies(dataset.relationKinds)].map(([kind, family]) => [kind, family.colour])),
    [dataset],
  );
  const extent = timeline.extent;
  const ticks = useMemo(() => (extent ? axisTicks(extent) : []), [extent]);
  return { relationCount: relations.length, built: built !== undefined, timeline, items, colours, extent, ticks };
}
