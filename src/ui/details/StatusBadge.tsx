import type { RelationStatus } from "../../model";

/** Status as text, symbol and colour together: colour is never the only signal. */
const STATUS_TEXT: Record<RelationStatus, { label: string; symbol: string; description: string }> = {
  confirmed: { label: "Confirmed", symbol: "✔", description: "verified by the reporting source or by officials on record" },
  reported: { label: "Reported", symbol: "●", description: "stated by the source as its own finding" },
  claimed: { label: "Claimed", symbol: "◐", description: "asserted by a party, not verified" },
  disputed: { label: "Disputed", symbol: "⚠", description: "contradicted by another claim or source" },
  denied: { label: "Denied", symbol: "✖", description: "denied by the party concerned" },
  unsourced: { label: "Unsourced", symbol: "○", description: "no claim and no source: not evidence of anything" },
};

export const statusLabel = (status: RelationStatus): string => STATUS_TEXT[status].label;

export function StatusBadge({ status }: { status: RelationStatus }) {
  const text = STATUS_TEXT[status];
  return (
    <span className={`status-badge status-${status}`} title={`${text.label}: ${text.description}`}>
      <span aria-hidden="true">{text.symbol} </span>
      {text.label}
    </span>
  );
}
