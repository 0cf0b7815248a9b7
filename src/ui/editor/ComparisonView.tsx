// The editor while two versions are compared: their differences (also marked on the graph) and,
// for a file brought to compare, replacing the network with it or merging it in.
import type { Dataset, Issue } from "../../model";
import { isSameDataset, mergeFrom, replaceWith, type DatasetDiff, type Edit } from "../../state/edit";
import { useT } from "../i18n/I18nProvider";
import { IssueLines } from "../i18n/issueText";
import { DiffList } from "./DiffList";
import { Message } from "./Message";
import type { Comparison } from "./VersionsSection";

export interface ComparisonViewProps {
  /** The network being edited. */
  dataset: Dataset;
  comparison: Comparison;
  diff: DatasetDiff;
  /** Why the file could not be brought in, if it could not. */
  problems: Issue[];
  onBringIn: (edit: Edit) => void;
  onClose: () => void;
}

export function ComparisonView({ dataset, comparison, diff, problems, onBringIn, onClose }: ComparisonViewProps) {
  const t = useT();
  return (
    <>
      <DiffList a={comparison.a} b={comparison.b} diff={diff} labels={comparison.labels} />
      <p className="editor-legend">
        {t("editor.onGraph")} <span className="diff-added">{t("editor.mark.added")}</span> ·{" "}
        <span className="diff-removed">{t("editor.mark.removed")}</span> ·{" "}
        <span className="diff-changed">{t("editor.mark.changed")}</span>
      </p>
      {comparison.file && (
        <div className="editor-row editor-wrap" role="group" aria-label={t("editor.bringIn")}>
          <button
            type="button"
            disabled={isSameDataset(diff)}
            onClick={() =>
              comparison.file && onBringIn(replaceWith(dataset, comparison.file.dataset, comparison.file.name))
            }
          >
            {t("editor.replace")}
          </button>
          <button
            type="button"
            onClick={() =>
              comparison.file && onBringIn(mergeFrom(dataset, comparison.file.dataset, comparison.file.name))
            }
          >
            {t("editor.merge")}
          </button>
        </div>
      )}
      {problems.length > 0 && (
        <p className="editor-problem" role="alert">
          <Message id="editor.cannotBringIn" values={{ problems: <IssueLines issues={problems.slice(0, 3)} /> }} />
        </p>
      )}
      <button type="button" onClick={onClose}>
        {comparison.file ? t("editor.keepNetwork") : t("editor.closeComparison")}
      </button>
    </>
  );
}
