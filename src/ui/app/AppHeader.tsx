// Title, search, shown/total counts and the view and tool switches.
import type { ReactNode } from "react";
import type { ViewMode } from "../../state";
import { useT } from "../i18n/I18nProvider";

export interface AppHeaderProps {
  title: string;
  /** The dataset's language, which the title is written in. */
  lang?: string;
  search: ReactNode;
  counts: string;
  view: ViewMode;
  onView: (view: ViewMode) => void;
  tools: ReactNode;
}

export function AppHeader({ title, lang, search, counts, view, onView, tools }: AppHeaderProps) {
  const t = useT();
  return (
    <header className="app-header">
      <h1 className="dataset-title" lang={lang} dir="auto">
        {title}
      </h1>
      {search}
      <p className="counts" data-testid="counts">
        {counts}
      </p>
      <div className="view-switch" role="group" aria-label={t("header.view")}>
        <button type="button" aria-pressed={view === "graph"} onClick={() => onView("graph")}>
          {t("header.graph")}
        </button>
        <button type="button" aria-pressed={view === "table"} onClick={() => onView("table")}>
          {t("header.table")}
        </button>
        <button type="button" aria-pressed={view === "timeline"} onClick={() => onView("timeline")}>
          {t("header.timeline")}
        </button>
      </div>
      <div className="header-tools">{tools}</div>
    </header>
  );
}
