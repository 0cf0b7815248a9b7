import type { Issue } from "../../model";
import { useReturnFocus } from "./useReturnFocus";

/** Problems found in a file, each with where it is (JSON path or line). Text only, never HTML. */
export function IssueList({ title, file, issues, onClose }: { title: string; file: string; issues: readonly Issue[]; onClose?: () => void }) {
  const shown = issues.slice(0, 50);
  // Closing the list gives focus back to where it was (the Import button, usually).
  useReturnFocus(onClose !== undefined);
  // Warnings only (an import that worked but changed things) read as advice, not as an error.
  const onlyWarnings = issues.every((issue) => issue.severity === "warning");
  const noun = onlyWarnings ? "warning" : "problem";
  return (
    <section className={onlyWarnings ? "issue-list warnings" : "issue-list"} role={onlyWarnings ? "status" : "alert"} aria-label={title}>
      <h2>{title}</h2>
      <p>
        {file}: {issues.length} {noun}
        {issues.length === 1 ? "" : "s"}
        {issues.length > shown.length && ` (first ${shown.length} shown)`}
      </p>
      <ul>
        {shown.map((issue, index) => (
          <li key={index}>
            <code>{issue.path}</code>: {issue.severity === "warning" ? "warning: " : ""}
            {issue.message}
          </li>
        ))}
      </ul>
      {onClose && (
        <button type="button" onClick={onClose}>
          Close
        </button>
      )}
    </section>
  );
}
