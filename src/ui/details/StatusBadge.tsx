import type { RelationStatus } from "../../model";
import { STATUS_PRESENTATION } from "../../state";
import { statusText } from "../i18n/statusText";
import { useT } from "../i18n/I18nProvider";

/** Status as text, symbol and colour together: colour is never the only signal. */
export function StatusBadge({ status }: { status: RelationStatus }) {
  const t = useT();
  const text = statusText(t, status);
  return (
    <span lang={t.lang} className={`status-badge status-${status}`} title={`${text.label}: ${text.description}`}>
      <span aria-hidden="true">{STATUS_PRESENTATION[status].symbol} </span>
      {text.label}
    </span>
  );
}
