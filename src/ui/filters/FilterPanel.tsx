// Legend and filters in one: every legend entry is a toggle with shown/total counts.
import { claimStatuses, type Dataset } from "../../model";
import { DEFAULT_FILTERS, FACTS_ONLY_STATUSES, filtersAreDefault, lineStyleNote, statusLabel, toggleListItem, type Filters } from "../../state";
import type { FilterCounts } from "../../state";
import { relationFamilies, type RelationFamily } from "../../view";
import { ActorKindSwatch, LineSwatch } from "./Swatch";
import { ToggleRow } from "./ToggleRow";
import { TimeWindow } from "./TimeWindow";

export interface FilterPanelProps {
  dataset: Dataset;
  filters: Filters;
  counts: FilterCounts;
  onChange: (filters: Filters) => void;
}

const zero = { shown: 0, total: 0 };

export function FilterPanel({ dataset, filters, counts, onChange }: FilterPanelProps) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const unsourcedCount = counts.statuses.get("unsourced") ?? zero;
  const factsOnly = FACTS_ONLY_STATUSES.every((status) => filters.hiddenStatuses.includes(status)) && filters.hiddenStatuses.length === FACTS_ONLY_STATUSES.length;
  return (
    <aside className="filter-panel" aria-label="Legend and filters" id="filters" tabIndex={-1}>
      <div className="filter-actions">
        <button type="button" aria-pressed={factsOnly} onClick={() => set({ hiddenStatuses: factsOnly ? [] : [...FACTS_ONLY_STATUSES] })}>
          Confirmed and reported only
        </button>
        <button type="button" disabled={filtersAreDefault(filters)} onClick={() => onChange({ ...DEFAULT_FILTERS, mode: filters.mode })}>
          Reset filters
        </button>
      </div>
      <fieldset>
        <legend>Actors</legend>
        <ul className="toggle-list">
          {dataset.actorKinds.map((kind, index) => {
            const count = counts.actorKinds.get(kind.id) ?? zero;
            return (
              <ToggleRow key={kind.id} checked={!filters.hiddenActorKinds.includes(kind.id)} onChange={() => set({ hiddenActorKinds: toggleListItem(filters.hiddenActorKinds, kind.id) })} symbol={<ActorKindSwatch index={index} />} label={kind.label} shown={count.shown} total={count.total} />
            );
          })}
        </ul>
      </fieldset>
      <fieldset>
        <legend>Relations</legend>
        <ul className="toggle-list">
          {groupByFamily(dataset.relationKinds).map(({ family, kinds }) => (
            <li key={family.id} className="relation-family">
              {/* With few kinds each is its own family: no heading. */}
              {kinds.length > 1 || kinds[0]?.id !== family.id ? <span className="family-heading">{family.label}</span> : null}
              <ul className="toggle-list">
                {kinds.map((kind) => {
                  const count = counts.relationKinds.get(kind.id) ?? zero;
                  return (
                    <ToggleRow key={kind.id} checked={!filters.hiddenRelationKinds.includes(kind.id)} onChange={() => set({ hiddenRelationKinds: toggleListItem(filters.hiddenRelationKinds, kind.id) })} symbol={<LineSwatch colour={family.colour} />} label={`${kind.label}${kind.directed ? " →" : ""}`} shown={count.shown} total={count.total} />
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>Claim status (line style)</legend>
        <ul className="toggle-list">
          {claimStatuses.map((status) => {
            const count = counts.statuses.get(status) ?? zero;
            return (
              <ToggleRow key={status} checked={!filters.hiddenStatuses.includes(status)} onChange={() => set({ hiddenStatuses: toggleListItem(filters.hiddenStatuses, status) })} symbol={<LineSwatch status={status} />} label={statusLabel(status)} shown={count.shown} total={count.total} />
            );
          })}
          {unsourcedCount.total > 0 && (
            <ToggleRow checked={!filters.hiddenStatuses.includes("unsourced")} onChange={() => set({ hiddenStatuses: toggleListItem(filters.hiddenStatuses, "unsourced") })} symbol={<LineSwatch status="unsourced" />} label={`${statusLabel("unsourced")} (no claim, no source)`} shown={unsourcedCount.shown} total={unsourcedCount.total} />
          )}
        </ul>
        <p className="hint">{lineStyleNote()}</p>
      </fieldset>
      <fieldset>
        <legend>Sources</legend>
        <p className="hint">{filters.sources.length === 0 ? "Claims from any source." : "Only claims citing the ticked sources."}</p>
        <ul className="toggle-list">
          {dataset.sources.map((source) => {
            const count = counts.sources.get(source.id) ?? zero;
            return (
              <ToggleRow key={source.id} checked={filters.sources.includes(source.id)} onChange={() => set({ sources: toggleListItem(filters.sources, source.id) })} symbol={null} label={source.title} shown={count.shown} total={count.total} />
            );
          })}
        </ul>
      </fieldset>
      <TimeWindow filters={filters} onChange={set} />
      <fieldset>
        <legend>Filtered-out elements</legend>
        <label className="inline">
          <input type="radio" name="hidden-mode" checked={filters.mode === "hide"} onChange={() => set({ mode: "hide" })} /> hide
        </label>
        <label className="inline">
          <input type="radio" name="hidden-mode" checked={filters.mode === "fade"} onChange={() => set({ mode: "fade" })} /> fade
        </label>
      </fieldset>
    </aside>
  );
}

/** Relation kinds in colour families (at most 8), families in order of first appearance. */
function groupByFamily(kinds: Dataset["relationKinds"]) {
  const families = relationFamilies(kinds);
  const groups = new Map<string, { family: RelationFamily; kinds: Dataset["relationKinds"] }>();
  for (const kind of kinds) {
    const family = families.get(kind.id) ?? { id: kind.id, label: kind.label, colour: "#666666" };
    const group = groups.get(family.id);
    if (group) group.kinds.push(kind);
    else groups.set(family.id, { family, kinds: [kind] });
  }
  return [...groups.values()];
}
