// What an import found, grouped by kind of problem ("2 × unknown actor … — show"), each with its
// file and line or JSON path. When part of the file is usable, the person may import that part;
// until then nothing on screen changes.
import { useMemo } from "react";
import type { Issue } from "../../model";
import type { PartialImport } from "../../io/readDataset";
import { useReturnFocus } from "../app/useReturnFocus";
import { useT } from "../i18n/I18nProvider";
import { IssuePath, IssueText } from "../i18n/issueText";

/** Messages that differ only in quoted names or numbers are one group (the English message: it says the kind of problem in any interface language). */
const groupKey = (issue: Issue): string =>
  `${issue.severity} ${issue.message.replace(/"[^"]*"/g, "“…”").replace(/\d+/g, "N")}`;

function groups(issues: readonly Issue[]): Array<{ key: string; issues: Issue[] }> {
  const byKey = new Map<string, Issue[]>();
  for (const issue of issues)
    (byKey.get(groupKey(issue)) ?? byKey.set(groupKey(issue), []).get(groupKey(issue)))?.push(issue);
  return [...byKey]
    .map(([key, list]) => ({ key, issues: list }))
    .sort((a, b) => Number(b.issues[0]?.severity === "error") - Number(a.issues[0]?.severity === "error"));
}

export function ImportReport({
  file,
  issues,
  partial,
  onImportPart,
  onClose,
}: {
  file: string;
  issues: readonly Issue[];
  partial?: PartialImport | undefined;
  onImportPart?: (() => void) | undefined;
  onClose: () => void;
}) {
  // Closing the report gives focus back to where it was (the Import button, usually).
  useReturnFocus(true);
  const t = useT();
  // The report stays open while the person explores: a 20k file's 15,000 warnings were grouped
  // again on every render of the app (a selection, a keystroke), ~60 ms each.
  const grouped = useMemo(() => groups(issues), [issues]);
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const title =
    errors === 0 ? t("app.importedWithWarnings") : partial ? t("importReport.partTitle") : t("app.importFailed");
  return (
    <section
      className={errors === 0 ? "issue-list import-report warnings" : "issue-list import-report"}
      role={errors === 0 ? "status" : "alert"}
      aria-label={title}
    >
      <h2>{title}</h2>
      <p>
        {/* The file name is data: isolated, so a right-to-left override in it cannot reverse the line (issue 12). */}
        <bdi>{file}</bdi>:{" "}
        {errors > 0
          ? t("importReport.problems", { count: errors })
          : t("importReport.warnings", { count: issues.length })}
        {errors > 0 && issues.length > errors && t("importReport.alsoWarnings", { count: issues.length - errors })}
      </p>
      {partial && (
        <p className="partial-summary">
          {t("importReport.partial", {
            skippedRelations: partial.skipped.relations,
            skippedActors: partial.skipped.actors,
            actors: partial.dataset.actors.length,
            relations: partial.dataset.relations.length,
          })}
        </p>
      )}
      <ul className="issue-groups">
        {grouped.map(({ key, issues: group }) => (
          <li key={key}>
            <details>
              <summary>
                {group.length > 1 && `${t.intl.formatNumber(group.length)} × `}
                {group[0]?.severity === "warning" ? `${t("issues.warningPrefix")} ` : ""}
                {group[0] && <IssueText issue={group[0]} />} — {t("importReport.show")}
              </summary>
              <ul>
                {group.slice(0, 200).map((issue, index) => (
                  <li key={index}>
                    <IssuePath issue={issue} />: <IssueText issue={issue} />
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        {partial && onImportPart && (
          <button type="button" onClick={onImportPart}>
            {t("importReport.importPart", {
              actors: partial.dataset.actors.length,
              relations: partial.dataset.relations.length,
            })}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t("common.close")}
        </button>
      </div>
    </section>
  );
}
