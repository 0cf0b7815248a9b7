// Legend and filters in one: every legend entry is a toggle with shown/total counts.
import { claimStatuses, type Dataset } from "../../model";
import {
  DEFAULT_FILTERS,
  FACTS_ONLY_STATUSES,
  filtersAreDefault,
  toggleListItem,
  type ColourBy,
  type Filters,
} from "../../state";
import { lineStyleText, statusText } from "../i18n/statusText";
import type { FilterCounts } from "../../state";
import { isAppFamily, relationFamilies, type RelationFamily } from "../../view";
import { familyLabel } from "../files/exportWords";
import { ActorKindSwatch, LineSwatch } from "./Swatch";
import { ToggleRow } from "./ToggleRow";
import { TimeWindow } from "./TimeWindow";
import { useT } from "../i18n/I18nProvider";

export interface FilterPanelProps {
  dataset: Dataset;
  filters: Filters;
  counts: FilterCounts;
  onChange: (filters: Filters) => void;
  /** What the graph's colours show: kinds (the swatches' colours), else only their shapes mean the kind. */
  colourBy?: ColourBy;
}

const zero = { shown: 0, total: 0 };

export function FilterPanel({ dataset, filters, counts, onChange, colourBy = "kind" }: FilterPanelProps) {
  const t = useT();
  const language = dataset.language;
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const unsourcedCount = counts.statuses.get("unsourced") ?? zero;
  const factsOnly =
    FACTS_ONLY_STATUSES.every((status) => filters.hiddenStatuses.includes(status)) &&
    filters.hiddenStatuses.length === FACTS_ONLY_STATUSES.length;
  return (
    <aside className="filter-panel" aria-label={t("filters.label")} id="filters" tabIndex={-1}>
      <div className="filter-actions">
        <button
          type="button"
          aria-pressed={factsOnly}
          onClick={() => set({ hiddenStatuses: factsOnly ? [] : [...FACTS_ONLY_STATUSES] })}
        >
          {t("filters.factsOnly")}
        </button>
        <button
          type="button"
          disabled={filtersAreDefault(filters)}
          onClick={() => onChange({ ...DEFAULT_FILTERS, mode: filters.mode })}
        >
          {t("filters.reset")}
        </button>
      </div>
      <fieldset>
        <legend>{t("filters.actors")}</legend>
        <ul className="toggle-list">
          {dataset.actorKinds.map((kind, index) => {
            const count = counts.actorKinds.get(kind.id) ?? zero;
            return (
              <ToggleRow
                key={kind.id}
                checked={!filters.hiddenActorKinds.includes(kind.id)}
                onChange={() => set({ hiddenActorKinds: toggleListItem(filters.hiddenActorKinds, kind.id) })}
                symbol={<ActorKindSwatch index={index} neutral={colourBy !== "kind"} />}
                label={kind.label}
                lang={language}
                shown={count.shown}
                total={count.total}
              />
            );
          })}
        </ul>
        {colourBy !== "kind" && (
          <p className="hint">{t(colourBy === "file" ? "filters.coloursFromFile" : "filters.coloursByCommunity")}</p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t("filters.relations")}</legend>
        <ul className="toggle-list">
          {groupByFamily(dataset.relationKinds).map(({ family, kinds }) => (
            <li key={family.id} className="relation-family">
              {/* With few kinds each is its own family: no heading. */}
              {kinds.length > 1 || kinds[0]?.id !== family.id ? (
                <span className="family-heading" lang={isAppFamily(family) ? t.lang : language}>
                  {familyLabel(t, family)}
                </span>
              ) : null}
              <ul className="toggle-list">
                {kinds.map((kind) => {
                  const count = counts.relationKinds.get(kind.id) ?? zero;
                  return (
                    <ToggleRow
                      key={kind.id}
                      checked={!filters.hiddenRelationKinds.includes(kind.id)}
                      onChange={() =>
                        set({ hiddenRelationKinds: toggleListItem(filters.hiddenRelationKinds, kind.id) })
                      }
                      symbol={<LineSwatch colour={family.colour} />}
                      label={`${kind.label}${kind.directed ? " →" : ""}`}
                      lang={language}
                      shown={count.shown}
                      total={count.total}
                    />
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t("filters.status")}</legend>
        <ul className="toggle-list">
          {claimStatuses.map((status) => {
            const count = counts.statuses.get(status) ?? zero;
            return (
              <ToggleRow
                key={status}
                checked={!filters.hiddenStatuses.includes(status)}
                onChange={() => set({ hiddenStatuses: toggleListItem(filters.hiddenStatuses, status) })}
                symbol={<LineSwatch status={status} />}
                label={statusText(t, status).label}
                shown={count.shown}
                total={count.total}
              />
            );
          })}
          {unsourcedCount.total > 0 && (
            <ToggleRow
              checked={!filters.hiddenStatuses.includes("unsourced")}
              onChange={() => set({ hiddenStatuses: toggleListItem(filters.hiddenStatuses, "unsourced") })}
              symbol={<LineSwatch status="unsourced" />}
              label={t("filters.unsourced", { label: statusText(t, "unsourced").label })}
              shown={unsourcedCount.shown}
              total={unsourcedCount.total}
            />
          )}
        </ul>
        <p className="hint">{lineStyleText(t)}</p>
      </fieldset>
      <fieldset>
        <legend>{t("claim.sources")}</legend>
        <p className="hint">{filters.sources.length === 0 ? t("filters.anySource") : t("filters.tickedSources")}</p>
        <ul className="toggle-list">
          {dataset.sources.map((source) => {
            const count = counts.sources.get(source.id) ?? zero;
            return (
              <ToggleRow
                key={source.id}
                checked={filters.sources.includes(source.id)}
                onChange={() => set({ sources: toggleListItem(filters.sources, source.id) })}
                symbol={null}
                label={source.title}
                lang={language}
                shown={count.shown}
                total={count.total}
              />
            );
          })}
        </ul>
      </fieldset>
      <TimeWindow filters={filters} onChange={set} />
      <fieldset>
        <legend>{t("filters.filteredOut")}</legend>
        <label className="inline">
          <input
            type="radio"
            name="hidden-mode"
            checked={filters.mode === "hide"}
            onChange={() => set({ mode: "hide" })}
          />{" "}
          {t("filters.hide")}
        </label>
        <label className="inline">
          <input
            type="radio"
            name="hidden-mode"
            checked={filters.mode === "fade"}
            onChange={() => set({ mode: "fade" })}
          />{" "}
          {t("filters.fade")}
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
