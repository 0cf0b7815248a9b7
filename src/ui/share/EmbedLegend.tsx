// The embedded view's legend: what the shapes and line styles mean, read-only (no toggles), folded
// into a <details> so that a small frame keeps its room for the graph.
import { RELATION_STATUS_ORDER, type Dataset } from "../../model";
import type { FilterCounts } from "../../state";
import { relationFamilies } from "../../view";
import { ActorKindSwatch, LineSwatch } from "../filters/Swatch";
import { useT } from "../i18n/I18nProvider";
import { statusText } from "../i18n/statusText";

export interface EmbedLegendProps {
  dataset: Dataset;
  counts: FilterCounts;
}

export function EmbedLegend({ dataset, counts }: EmbedLegendProps) {
  const t = useT();
  const families = relationFamilies(dataset.relationKinds);
  const shownStatuses = RELATION_STATUS_ORDER.filter((status) => (counts.statuses.get(status)?.shown ?? 0) > 0);
  return (
    <details className="embed-legend">
      <summary>{t("embed.legend")}</summary>
      <div className="embed-legend-body" role="group" aria-label={t("embed.legend")}>
        <ul lang={dataset.language}>
          {dataset.actorKinds.map((kind, index) => (
            <li key={kind.id}>
              <ActorKindSwatch index={index} /> {kind.label}
            </li>
          ))}
        </ul>
        <ul lang={dataset.language}>
          {dataset.relationKinds.map((kind) => (
            <li key={kind.id}>
              <LineSwatch colour={families.get(kind.id)?.colour} /> {kind.label}
              {kind.directed ? " →" : ""}
            </li>
          ))}
        </ul>
        <ul>
          {shownStatuses.map((status) => (
            <li key={status}>
              <LineSwatch status={status} /> {statusText(t, status).label}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
