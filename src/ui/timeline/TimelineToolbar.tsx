// Above the timeline: the period shown (with one-click years, the keyboard's way to brush),
// clearing it, and how rows are grouped.
import { extentYears, type TimelineExtent } from "../../analysis";
import type { Filters } from "../../state";
import { formatPeriod } from "../format/dates";

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

export const windowText = (filters: Pick<Filters, "timeFrom" | "timeTo">): string => formatPeriod(filters.timeFrom, filters.timeTo);

export function TimelineToolbar({ extent, filters, byActor, onByActor, onWindow, rowCount, undatedCount, unsourcedCount }: TimelineToolbarProps) {
  const years = extent ? extentYears(extent) : [];
  const whole = filters.timeFrom === undefined && filters.timeTo === undefined;
  return (
    <div className="graph-toolbar tl-toolbar" role="toolbar" aria-label="Timeline">
      <span className="toolbar-label" data-testid="timeline-period">
        Period: <strong>{windowText(filters)}</strong>
      </span>
      {years.map((year) => (
        <button key={year} type="button" aria-pressed={filters.timeFrom === year && filters.timeTo === year} onClick={() => onWindow(year, year)}>
          {year}
        </button>
      ))}
      <button type="button" disabled={whole} onClick={() => onWindow(undefined, undefined)}>
        All time
      </button>
      <span className="toolbar-gap" />
      <span className="toolbar-label">
        {rowCount} dated relations · {undatedCount} undated claims
        {unsourcedCount > 0 && ` · ${unsourcedCount} unsourced relations (no claim, no date)`}
      </span>
      <label className="toolbar-label">
        Rows{" "}
        <select value={byActor ? "actor" : "relation"} onChange={(event) => onByActor(event.target.value === "actor")}>
          <option value="relation">one per relation</option>
          <option value="actor">grouped by actor</option>
        </select>
      </label>
    </div>
  );
}
