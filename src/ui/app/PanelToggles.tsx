// Narrow windows: the buttons that open the side panels as drawers over the graph (useDrawers).
import type { Drawers } from "./useDrawers";
import { DRAWER_IDS } from "./useDrawers";
import { useT } from "../i18n/I18nProvider";

export function PanelToggles({ drawers }: { drawers: Drawers }) {
  const t = useT();
  return (
    <div className="panel-toggles" role="group" aria-label={t("explorer.panels")}>
      <button
        type="button"
        id={DRAWER_IDS.filters.button}
        aria-expanded={drawers.open === "filters"}
        aria-controls={DRAWER_IDS.filters.drawer}
        onClick={() => drawers.toggle("filters")}
      >
        {t("filters.label")}
      </button>
      <button
        type="button"
        id={DRAWER_IDS.details.button}
        aria-expanded={drawers.open === "details"}
        aria-controls={DRAWER_IDS.details.drawer}
        onClick={() => drawers.toggle("details")}
      >
        {t("details.label")}
      </button>
    </div>
  );
}
