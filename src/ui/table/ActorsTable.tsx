import { useMemo, useState } from "react";
import type { Actor } from "../../model";
import type { Selection } from "../../state";
import { actorKindLabel, type DatasetLookup } from "../../model";
import { SortableHeader } from "./SortableHeader";
import { actorNameRanks, nextSort, rowMatches, sortRows, type SortState } from "./sortRows";
import { DataTableSection } from "./DataTableSection";
import { useRowWindow } from "./useRowWindow";
import { useT } from "../i18n/I18nProvider";

type Column = "name" | "kind" | "degree" | "relations";

export interface ActorsTableProps {
  actors: readonly Actor[];
  lookup: DatasetLookup;
  /** Distinct neighbours and relation counts within what is shown. */
  degree: (id: string) => { neighbours: number; relations: number };
  selection: Selection | undefined;
  onSelect: (selection: Selection) => void;
}

export function ActorsTable({ actors, lookup, degree, selection, onSelect }: ActorsTableProps) {
  const t = useT();
  const [sort, setSort] = useState<SortState<Column>>({ key: "name", direction: "ascending" });
  const [filter, setFilter] = useState("");
  const rows = useMemo(() => {
    const value = (actor: Actor, key: Column): string | number =>
      key === "name"
        ? actor.name
        : key === "kind"
          ? actorKindLabel(lookup, actor.kind)
          : key === "degree"
            ? degree(actor.id).neighbours
            : degree(actor.id).relations;
    const matching =
      filter.trim() === ""
        ? actors
        : actors.filter((actor) => rowMatches([actor.name, ...actor.aliases, actor.kind, ...actor.tags], filter));
    const ranks = sort.key === "name" ? actorNameRanks(lookup) : undefined;
    return sortRows(matching, sort, value, ranks);
  }, [actors, lookup, degree, sort, filter]);
  const onSort = (key: Column) => setSort((current) => nextSort(current, key, key === "degree" || key === "relations"));
  const rowWindow = useRowWindow(rows.length, 30);
  return (
    <DataTableSection
      id="actors-table-title"
      title={t("table.actors")}
      filter={filter}
      onFilter={setFilter}
      rowCount={rows.length}
      scrollLabel={t("table.actorsScroll")}
      rowWindow={rowWindow}
      columns={5}
      language={lookup.dataset.language}
      header={
        <>
          <SortableHeader column="name" label={t("table.name")} sort={sort} onSort={onSort} />
          <SortableHeader column="kind" label={t("table.kind")} sort={sort} onSort={onSort} />
          <SortableHeader column="degree" label={t("table.degree")} sort={sort} onSort={onSort} />
          <SortableHeader column="relations" label={t("table.relations")} sort={sort} onSort={onSort} />
          <th scope="col">{t("table.aliases")}</th>
        </>
      }
      renderRow={(index) => {
        const actor = rows[index];
        if (!actor) return null;
        const selected = selection?.type === "actor" && selection.id === actor.id;
        return (
          <tr
            key={actor.id}
            ref={rowWindow.measure}
            data-index={index}
            aria-selected={selected}
            className={selected ? "selected-row" : undefined}
          >
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onSelect({ type: "actor", id: actor.id })}>
                <bdi>{actor.name}</bdi>
              </button>
            </th>
            <td>{actorKindLabel(lookup, actor.kind)}</td>
            <td className="number" lang={t.lang}>
              {t.intl.formatNumber(degree(actor.id).neighbours)}
            </td>
            <td className="number" lang={t.lang}>
              {t.intl.formatNumber(degree(actor.id).relations)}
            </td>
            <td>
              {actor.aliases.map((alias, index) => (
                <span key={index}>
                  {index > 0 && " · "}
                  <bdi>{alias}</bdi>
                </span>
              ))}
            </td>
          </tr>
        );
      }}
    />
  );
}
