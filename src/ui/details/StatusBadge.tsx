import type { ClaimStatus } from "../../model";

/** Status as text, symbol and colour together: colour is never the only signal. */
const STATUS_TEXT: Record<ClaimStatus, { label: string; symbol: string; description: string }> = {
  confirmed: { label: "Confirmed", symbol: "✔", description: "verified by the reporting source or by officials on record" },
  reported: { label: "Reported", symbol: "●", description: "stated by the source as its own finding" },
  claimed: { label: "Claimed", symbol: "◐", description: "asserted by a party, not verified" },
  disputed: { label: "Disputed", symbol: "⚠", description: "contradicted by another claim or source" },
  denied: { label: "Denied", symbol: "✖", description: "denied by the party concerned" },
};

export const statusLabel = (status: ClaimStatus): string => STATUS_TEXT[status].label;

export function StatusBadge({ status }: { status: ClaimStatus }) {
  const text = STATUS_TEXT[status];
  return (
    <span className={`status-badge status-${status}`} title={`${text.label}: ${text.description}`}>
      <span aria-hidden="true">{text.symbol} </span>
      {text.label}
    </span>
  );
}
