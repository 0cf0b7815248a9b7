// What an import found, grouped by kind of problem ("2 × unknown actor … — show"), each with its
// file and line or JSON path. When part of the file is usable, the person may import that part;
// until then nothing on screen changes.
import type { Issue } from "../../model";
import type { PartialImport } from "../../io/readDataset";
import { useReturnFocus } from "../app/useReturnFocus";

/** Messages that differ only in quoted names or numbers are one group. */
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

const plural = (count: number, noun: string) => `${count.toLocaleString()} ${noun}${count === 1 ? "" : "s"}`;

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
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const title =
    errors === 0
      ? "Imported with warnings"
      : partial
        ? "This file could not be imported whole; its valid part can be"
        : "This file could not be imported; nothing was changed";
  return (
    <section
      className={errors === 0 ? "issue-list import-report warnings" : "issue-list import-report"}
      role={errors === 0 ? "status" : "alert"}
      aria-label={title}
    >
      <h2>{title}</h2>
      <p>
        <bdi>{file}</bdi>: {errors > 0 ? plural(errors, "problem") : plural(issues.length, "warning")}
        {errors > 0 && issues.length > errors && `, ${plural(issues.length - errors, "warning")}`}
      </p>
      {partial && (
        <p className="partial-summary">
          {plural(partial.skipped.relations, "relation")} and {plural(partial.skipped.actors, "actor")} would be
          skipped; {plural(partial.dataset.actors.length, "actor")} and{" "}
          {plural(partial.dataset.relations.length, "relation")} can be imported. Nothing changes until you choose.
        </p>
      )}
      <ul className="issue-groups">
        {groups(issues).map(({ key, issues: group }) => (
          <li key={key}>
            <details>
              <summary>
                {group.length > 1 && `${group.length} × `}
                {group[0]?.severity === "warning" ? "warning: " : ""}
                {group[0]?.message} — show
              </summary>
              <ul>
                {group.slice(0, 200).map((issue, index) => (
                  <li key={index}>
                    <code>{issue.path}</code>: {issue.message}
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
            Import the valid part ({plural(partial.dataset.actors.length, "actor")},{" "}
            {plural(partial.dataset.relations.length, "relation")})
          </button>
        )}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
