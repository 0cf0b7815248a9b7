// One relation's row: its name, then each dated claim as a bar over its span.
import { memo } from "react";
import { drawnSpan, type TimelineExtent, type TimelineRow as Row } from "../../analysis";
import type { Claim } from "../../model";
import type { DatasetLookup } from "../../model";
import { barStyle } from "./barStyle";
import { claimLabel, relationLabel } from "./claimLabel";
import { useT } from "../i18n/I18nProvider";

export interface TimelineRowProps {
  row: Row;
  index: number;
  top: number;
  height: number;
  extent: TimelineExtent;
  lookup: DatasetLookup;
  colour: string;
  /** The claims of this relation that pass every filter (others are drawn faint). */
  shown: readonly Claim[] | undefined;
  selected: boolean;
  related: boolean;
  /** Index of the claim holding keyboard focus in this row, if any. */
  activeClaim: number | undefined;
  onOpen: (relationId: string, itemIndex: number, claimIndex: number) => void;
  onHint: (target: HTMLElement | undefined, relationId?: string, claimIndex?: number) => void;
}

export const TimelineRow = memo(function TimelineRow(props: TimelineRowProps) {
  const t = useT();
  const { row, lookup, extent } = props;
  const relation = row.relation;
  const label = relationLabel(lookup, relation);
  const className = ["tl-row", props.selected && "tl-row-selected", props.related && "tl-row-related"]
    .filter(Boolean)
    .join(" ");
  return (
    <div
      role="listitem"
      className={className}
      style={{ top: props.top, height: props.height }}
      data-relation={relation.id}
    >
      <span className="tl-label" title={label} lang={lookup.dataset.language} dir="auto">
        {label}
      </span>
      <div className="tl-plot">
        {row.claims.map((entry, claimIndex) => {
          const out = props.shown !== undefined && !props.shown.includes(entry.claim);
          return (
            <button
              key={entry.claim.id}
              type="button"
              className={`tl-bar tl-status-${entry.claim.status}${out || props.shown === undefined ? " tl-out" : ""}`}
              style={barStyle(drawnSpan(entry.span, extent), entry.claim.status, props.colour)}
              tabIndex={props.activeClaim === claimIndex ? 0 : -1}
              data-claim={entry.claim.id}
              data-key={`${props.index}:${claimIndex}`}
              aria-label={claimLabel(lookup, relation, entry.claim, t)}
              aria-pressed={props.selected}
              onClick={() => props.onOpen(relation.id, props.index, claimIndex)}
              onMouseEnter={(event) => props.onHint(event.currentTarget, relation.id, claimIndex)}
              onMouseLeave={() => props.onHint(undefined)}
              onFocus={(event) => props.onHint(event.currentTarget, relation.id, claimIndex)}
              onBlur={() => props.onHint(undefined)}
            >
              <span className="tl-bar-line" />
            </button>
          );
        })}
      </div>
    </div>
  );
});
