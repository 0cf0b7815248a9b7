import type { SortState } from "./sortRows";

/** A column header that sorts on click or Enter/Space, announcing its order with aria-sort. */
export function SortableHeader<K extends string>({
  column,
  label,
  sort,
  onSort,
}: {
  column: K;
  label: string;
  sort: SortState<K>;
  onSort: (key: K) => void;
}) {
  const active = sort.key === column;
  return (
    <th scope="col" aria-sort={active ? sort.direction : "none"}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true">{active ? (sort.direction === "ascending" ? " ▲" : " ▼") : " ↕"}</span>
      </button>
    </th>
  );
}
