import type { Issue } from "../../model";
import { useReturnFocus } from "./useReturnFocus";
import { useT } from "../i18n/I18nProvider";
import { IssuePath, IssueText } from "../i18n/issueText";

/** Problems found in a file, each with where it is (JSON path or line). Text only, never HTML. */
export function IssueList({
  title,
  file,
  issues,
  onClose,
}: {
  title: string;
  file: string;
  issues: readonly Issue[];
  onClose?: () => void;
}) {
  const t = useT();
  const shown = issues.slice(0, 50);
  // Closing the list gives focus back to where it was (the Import button, usually).
  useReturnFocus(onClose !== undefined);
  // Warnings only (an import that worked but changed things) read as advice, not as an error.
  const onlyWarnings = issues.every((issue) => issue.severity === "warning");
  return (
    <section
      className={onlyWarnings ? "issue-list warnings" : "issue-list"}
      role={onlyWarnings ? "status" : "alert"}
      aria-label={title}
    >
      <h2>{title}</h2>
      <p>
        {t(onlyWarnings ? "issues.warningCount" : "issues.problemCount", { file, count: issues.length })}
        {issues.length > shown.length && ` ${t("issues.firstShown", { count: shown.length })}`}
      </p>
      <ul>
        {shown.map((issue, index) => (
          <li key={index}>
            <IssuePath issue={issue} />: {issue.severity === "warning" ? `${t("issues.warningPrefix")} ` : ""}
            <IssueText issue={issue} />
          </li>
        ))}
      </ul>
      {onClose && (
        <button type="button" onClick={onClose}>
          {t("common.close")}
        </button>
      )}
    </section>
  );
}
