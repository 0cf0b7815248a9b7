// The timeline as text: dated claims in time order, as a table a screen reader or a printout
// can read. Long timelines show their first rows; the view above holds them all.
import { useMemo, useState } from "react";
import type { TimelineRow } from "../../analysis";
import type { DatasetLookup } from "../../model";
import { StatusBadge } from "../details/StatusBadge";
import { claimPeriod, relationLabel } from "./claimLabel";
import { useT } from "../i18n/I18nProvider";

const LIMIT = 500;

export function TimelineText({ rows, lookup }: { rows: readonly TimelineRow[]; lookup: DatasetLookup }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const entries = useMemo(
    () =>
      !open
        ? []
        : rows
            .flatMap((row) => row.claims.map((entry) => ({ relation: row.relation, ...entry })))
            .sort((a, b) => (a.span.start ?? -Infinity) - (b.span.start ?? -Infinity))
            .slice(0, LIMIT),
    [rows, open],
  );
  const total = rows.reduce((sum, row) => sum + row.claims.length, 0);
  return (
    <details className="tl-text" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t("timeline.asText", { count: total })}</summary>
      {open && (
        <table>
          <caption>{total > LIMIT ? t("timeline.captionFirst", { limit: LIMIT }) : t("timeline.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("timeline.when")}</th>
              <th scope="col">{t("timeline.status")}</th>
              <th scope="col">{t("table.relation")}</th>
              <th scope="col">{t("timeline.claim")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.claim.id}>
                <td>{claimPeriod(entry.claim, t)}</td>
                <td>
                  <StatusBadge status={entry.claim.status} />
                </td>
                <td lang={lookup.dataset.language} dir="auto">
                  {relationLabel(lookup, entry.relation)}
                </td>
                <td lang={lookup.dataset.language} dir="auto">
                  {entry.claim.text}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
