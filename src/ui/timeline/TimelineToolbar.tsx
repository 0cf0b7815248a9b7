// Above the timeline: the period shown (with one-click years, the keyboard's way to brush),
// clearing it, and how rows are grouped.
import { extentYears, type TimelineExtent } from "../../analysis";
import type { Filters } from "../../state";
import { formatPeriod } from "../format/dates";
import { useT } from "../i18n/I18nProvider";
import type { Translate } from "../i18n/translator";

export interface TimelineToolbarProps {
  extent: TimelineExtent | undefined;
  filters: Filters;
  byActor: boolean;
  onByActor: (byActor: boolean) => void;
  onWindow: (from: string | undefined, to: string | undefined) => void;
  rowCount: number;
  undatedCount: number;
  unsourcedCount: number;
}

export const windowText = (filters: Pick<Filters, "timeFrom" | "timeTo">, t: Translate): string =>
  formatPeriod(filters.timeFrom, filters.timeTo, t);

export function TimelineToolbar({
  extent,
  filters,
  byActor,
  onByActor,
  onWindow,
  rowCount,
  undatedCount,
  unsourcedCount,
}: TimelineToolbarProps) {
  const t = useT();
  const years = extent ? extentYears(extent) : [];
  const whole = filters.timeFrom === undefined && filters.timeTo === undefined;
  return (
    <div className="graph-toolbar tl-toolbar" role="toolbar" aria-label={t("header.timeline")}>
      <span className="toolbar-label" data-testid="timeline-period">
        {t("timeline.period")} <strong>{windowText(filters, t)}</strong>
      </span>
      {years.map((year) => (
        <button
          key={year}
          type="button"
          aria-pressed={filters.timeFrom === year && filters.timeTo === year}
          onClick={() => onWindow(year, year)}
        >
          {year}
        </button>
      ))}
      <button type="button" disabled={whole} onClick={() => onWindow(undefined, undefined)}>
        {t("time.allTimeButton")}
      </button>
      <span className="toolbar-gap" />
      <span className="toolbar-label">
        {t("timeline.counts", { rows: rowCount, undated: undatedCount })}
        {unsourcedCount > 0 && ` · ${t("timeline.unsourced", { count: unsourcedCount })}`}
      </span>
      <label className="toolbar-label">
        {t("timeline.rows")}{" "}
        <select value={byActor ? "actor" : "relation"} onChange={(event) => onByActor(event.target.value === "actor")}>
          <option value="relation">{t("timeline.perRelation")}</option>
          <option value="actor">{t("timeline.byActor")}</option>
        </select>
      </label>
    </div>
  );
}
