import { useT } from "../i18n/I18nProvider";

/** Title, row filter and row count above a data table. */
export function TableHead({
  id,
  title,
  filter,
  onFilter,
  rows,
}: {
  id: string;
  title: string;
  filter: string;
  onFilter: (text: string) => void;
  rows: number;
}) {
  const t = useT();
  return (
    <div className="table-head">
      <h2 id={id}>{title}</h2>
      <label>
        {t("table.filterRows")}{" "}
        <input type="search" value={filter} onChange={(event) => onFilter(event.target.value)} />
      </label>
      <span className="hint">{t("table.rows", { count: rows })}</span>
    </div>
  );
}
