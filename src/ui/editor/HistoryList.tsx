// The undo history as a list, newest first: what can be undone, then (marked) what can be redone.
// Each label is worded in the interface language, its names isolated (RichMessage).
import type { EditHistory } from "../../state/edit";
import { RichMessage } from "../app/RichMessage";
import { useT } from "../i18n/I18nProvider";
import { editLabelMessage } from "./editLabelMessage";

export function HistoryList({ history }: { history: EditHistory }) {
  const t = useT();
  const count = history.past.length + history.future.length;
  if (count === 0) return null;
  const time = (at: number) => t.intl.formatTime(at, { hour: "2-digit", minute: "2-digit" });
  return (
    <details className="editor-history">
      <summary>{t("history.listTitle", { count })}</summary>
      <ol aria-label={t("history.listLabel")}>
        {[...history.future].reverse().map((entry, index) => (
          <li key={`future-${index}-${entry.at}`} className="editor-history-undone">
            <span className="editor-history-label">
              <RichMessage message={editLabelMessage(entry.label)} t={t} />
            </span>{" "}
            <small>({t("history.undone")})</small>
          </li>
        ))}
        {[...history.past].reverse().map((entry, index) => (
          <li key={`past-${index}-${entry.at}`}>
            <span className="editor-history-label">
              <RichMessage message={editLabelMessage(entry.label)} t={t} />
            </span>{" "}
            <small>{time(entry.at)}</small>
          </li>
        ))}
      </ol>
    </details>
  );
}
