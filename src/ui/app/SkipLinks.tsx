// The explorer's skip links: to the graph (or the region holding the table or timeline), the
// details and the filters.
import { useT } from "../i18n/I18nProvider";
import type { Drawers } from "./useDrawers";

export function SkipLinks({ drawers }: { drawers: Drawers }) {
  const t = useT();
  return (
    <nav className="skip-links" aria-label={t("explorer.skipLinks")}>
      {/* Buttons, not #anchors: the hash belongs to the app state. The graph comes first: it is what the page is for. */}
      <button type="button" onClick={skipToGraph}>
        {t("explorer.skipGraph")}
      </button>
      <button type="button" onClick={() => drawers.reveal("details")}>
        {t("explorer.skipDetails")}
      </button>
      <button type="button" onClick={() => drawers.reveal("filters")}>
        {t("explorer.skipFilters")}
      </button>
    </nav>
  );
}

/** The graph when it is shown, else the region that holds the tables. */
function skipToGraph() {
  const canvas = document.getElementById("graph-canvas");
  if (canvas && canvas.offsetParent !== null) canvas.focus();
  else document.getElementById("graph-area")?.focus();
}
