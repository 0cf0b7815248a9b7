// Title, search, shown/total counts and the view and tool switches.
import type { ReactNode } from "react";
import type { ViewMode } from "../../state";

export interface AppHeaderProps {
  title: string;
  search: ReactNode;
  counts: string;
  view: ViewMode;
  onView: (view: ViewMode) => void;
  tools: ReactNode;
}

export function AppHeader({ title, search, counts, view, onView, tools }: AppHeaderProps) {
  return (
    <header className="app-header">
      <h1 className="dataset-title">{title}</h1>
      {search}
      <p className="counts" data-testid="counts">
        {counts}
      </p>
      <div className="view-switch" role="group" aria-label="View">
        <button type="button" aria-pressed={view === "graph"} onClick={() => onView("graph")}>
          Graph
        </button>
        <button type="button" aria-pressed={view === "table"} onClick={() => onView("table")}>
          Table
        </button>
        <button type="button" aria-pressed={view === "timeline"} onClick={() => onView("timeline")}>
          Timeline
        </button>
      </div>
      <div className="header-tools">{tools}</div>
    </header>
  );
}
