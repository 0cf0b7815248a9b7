// The claim under the pointer or keyboard focus: status, period, relation and its words.
import type { Claim, Relation } from "../../model";
import type { DatasetLookup } from "../../model";
import { StatusBadge } from "../details/StatusBadge";
import { claimPeriod, relationLabel } from "./claimLabel";
import { useT } from "../i18n/I18nProvider";

export interface Hint {
  relation: Relation;
  claim: Claim;
  /** Position inside the timeline's scroller, in pixels. */
  x: number;
  y: number;
}

export function ClaimHint({ hint, lookup }: { hint: Hint; lookup: DatasetLookup }) {
  const t = useT();
  return (
    <div
      className="tl-hint"
      role="tooltip"
      style={{ insetInlineStart: hint.x, top: hint.y }}
      data-testid="timeline-hint"
    >
      <p className="tl-hint-head">
        <StatusBadge status={hint.claim.status} /> <span className="tl-hint-period">{claimPeriod(hint.claim, t)}</span>
      </p>
      <p className="tl-hint-relation" lang={lookup.dataset.language} dir="auto">
        {relationLabel(lookup, hint.relation)}
      </p>
      <p lang={lookup.dataset.language} dir="auto">
        {hint.claim.text}
      </p>
    </div>
  );
}
