import type { RelationStatus } from "../../model";
import { STATUS_PRESENTATION } from "../../state";

/** Status as text, symbol and colour together: colour is never the only signal. */
export function StatusBadge({ status }: { status: RelationStatus }) {
  const text = STATUS_PRESENTATION[status];
  return (
    <span className={`status-badge status-${status}`} title={`${text.label}: ${text.description}`}>
      <span aria-hidden="true">{text.symbol} </span>
      {text.label}
    </span>
  );
}
