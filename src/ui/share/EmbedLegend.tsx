// The embedded view's legend: what the shapes and line styles mean, read-only (no toggles), folded
// into a <details> so that a small frame keeps its room for the graph.
import { RELATION_STATUS_ORDER, type Dataset } from "../../model";
import { statusLabel, type FilterCounts } from "../../state";
import { ActorKindSwatch, LineSwatch, relationSwatchColour } from "../filters/Swatch";

export interface EmbedLegendProps {
  dataset: Dataset;
  counts: FilterCounts;
}

export function EmbedLegend({ dataset, counts }: EmbedLegendProps) {
  const shownStatuses = RELATION_STATUS_ORDER.filter((status) => (counts.statuses.get(status)?.shown ?? 0) > 0);
  return (
    <details className="embed-legend">
      <summary>Legend</summary>
      <div className="embed-legend-body" role="group" aria-label="Legend">
        <ul>
          {dataset.actorKinds.map((kind, index) => (
            <li key={kind.id}>
              <ActorKindSwatch index={index} /> {kind.label}
            </li>
          ))}
        </ul>
        <ul>
          {dataset.relationKinds.map((kind, index) => (
            <li key={kind.id}>
              <LineSwatch colour={relationSwatchColour(index)} /> {kind.label}
              {kind.directed ? " →" : ""}
            </li>
          ))}
        </ul>
        <ul>
          {shownStatuses.map((status) => (
            <li key={status}>
              <LineSwatch status={status} /> {statusLabel(status)}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
