// Undo and redo with what each would undo or redo (in the button's title), the last change in
// words (announced), and the history list. Every change is saved as it happens.
import { messageText, RichMessage } from "../app/RichMessage";
import { useT } from "../i18n/I18nProvider";
import { editLabelMessage } from "./editLabelMessage";
import { HistoryList } from "./HistoryList";
import type { EditorSession } from "./useEditor";

export function UndoBar({ session }: { session: EditorSession }) {
  const t = useT();
  const { history } = session;
  const lastDone = history.past.at(-1);
  const nextRedo = history.future[0];
  return (
    <>
      <button
        type="button"
        disabled={!lastDone}
        onClick={session.undo}
        title={
          lastDone
            ? t("editor.undoTitle", { label: messageText(editLabelMessage(lastDone.label), t) })
            : t("editor.nothingToUndo")
        }
        aria-keyshortcuts="Control+Z"
      >
        {t("editor.undo")}
      </button>
      <button
        type="button"
        disabled={!nextRedo}
        onClick={session.redo}
        title={
          nextRedo
            ? t("editor.redoTitle", { label: messageText(editLabelMessage(nextRedo.label), t) })
            : t("editor.nothingToRedo")
        }
        aria-keyshortcuts="Control+Shift+Z"
      >
        {t("editor.redo")}
      </button>
      <p className="editor-hint" aria-live="polite" data-testid="editor-last">
        {lastDone ? (
          <RichMessage
            message={{ id: "editor.lastChange", values: { label: editLabelMessage(lastDone.label) } }}
            t={t}
          />
        ) : (
          t("editor.noChange")
        )}{" "}
        {t("editor.savedHere")}
      </p>
      <HistoryList history={history} />
    </>
  );
}
