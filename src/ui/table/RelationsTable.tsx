import { useMemo, useState } from "react";
import { RELATION_STATUS_ORDER, relationStatus, strongestStatus, type Claim, type Relation } from "../../model";
import type { Selection } from "../../state";
import { StatusBadge } from "../details/StatusBadge";
import { actorName, relationKindLabel, type DatasetLookup } from "../../model";
import { SortableHeader } from "./SortableHeader";
import { actorNameRanks, nextSort, rowMatches, sortRows, type SortState } from "./sortRows";
import { DataTableSection } from "./DataTableSection";
import { useRowWindow } from "./useRowWindow";
import { useT } from "../i18n/I18nProvider";

type Column = "from" | "kind" | "to" | "status" | "claims";

export interface RelationsTableProps {
  relations: readonly Relation[];
  lookup: DatasetLookup;
  shownClaims: ReadonlyMap<string, Claim[]>;
  selection: Selection | undefined;
  onSelect: (selection: Selection) => void;
}

export function RelationsTable({ relations, lookup, shownClaims, selection, onSelect }: RelationsTableProps) {
  const t = useT();
  const [sort, setSort] = useState<SortState<Column>>({ key: "from", direction: "ascending" });
  const [filter, setFilter] = useState("");
  const claimsOf = (relation: Relation) => shownClaims.get(relation.id) ?? relation.claims;
  const rows = useMemo(() => {
    const value = (relation: Relation, key: Column): string | number => {
      if (key === "from") return actorName(lookup, relation.from);
      if (key === "to") return actorName(lookup, relation.to);
      if (key === "kind") return relationKindLabel(lookup, relation.kind);
      const claims = shownClaims.get(relation.id) ?? relation.claims;
      return key === "claims"
        ? claims.length
        : RELATION_STATUS_ORDER.indexOf(claims.length === 0 ? relationStatus(relation) : strongestStatus(claims));
    };
    const matching =
      filter.trim() === ""
        ? relations
        : relations.filter((relation) =>
            rowMatches(
              [
                actorName(lookup, relation.from),
                actorName(lookup, relation.to),
                relationKindLabel(lookup, relation.kind),
                ...relation.claims.map((claim) => claim.text),
              ],
              filter,
            ),
          );
    // Both ends are actor names: ranked once per dataset, shared with the actors table.
    const byName = sort.key === "from" || sort.key === "to";
    const ranks = byName ? actorNameRanks(lookup) : undefined;
    return sortRows(matching, sort, value, ranks);
  }, [relations, lookup, shownClaims, sort, filter]);
  const onSort = (key: Column) => setSort((current) => nextSort(current, key, key === "claims"));
  const rowWindow = useRowWindow(rows.length, 52);
  return (
    <DataTableSection
      id="relations-table-title"
      title={t("table.relationsTitle")}
      filter={filter}
      onFilter={setFilter}
      rowCount={rows.length}
      scrollLabel={t("table.relationsScroll")}
      rowWindow={rowWindow}
      columns={5}
      language={lookup.dataset.language}
      header={
        <>
          <SortableHeader column="from" label={t("paths.from")} sort={sort} onSort={onSort} />
          <SortableHeader column="kind" label={t("table.relation")} sort={sort} onSort={onSort} />
          <SortableHeader column="to" label={t("paths.to")} sort={sort} onSort={onSort} />
          <SortableHeader column="status" label={t("table.strongest")} sort={sort} onSort={onSort} />
          <SortableHeader column="claims" label={t("table.claims")} sort={sort} onSort={onSort} />
        </>
      }
      renderRow={(index) => {
        const relation = rows[index];
        if (!relation) return null;
        const selected = selection?.type === "relation" && selection.id === relation.id;
        const claims = claimsOf(relation);
        return (
          <tr
            key={relation.id}
            ref={rowWindow.measure}
            data-index={index}
            aria-selected={selected}
            className={selected ? "selected-row" : undefined}
          >
            <td>{actorName(lookup, relation.from)}</td>
            <th scope="row">
              <button
                type="button"
                className="link-button"
                onClick={() => onSelect({ type: "relation", id: relation.id })}
              >
                {relationKindLabel(lookup, relation.kind)}
              </button>
            </th>
            <td>{actorName(lookup, relation.to)}</td>
            <td>
              <StatusBadge status={claims.length === 0 ? relationStatus(relation) : strongestStatus(claims)} />
            </td>
            <td>
              <ul className="cell-claims">
                {claims.map((claim) => (
                  <li key={claim.id}>
                    <StatusBadge status={claim.status} /> <bdi>{claim.text}</bdi>
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        );
      }}
    />
  );
}
