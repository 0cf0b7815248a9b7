// Undo and redo with what each would undo or redo (in the button's title), the last change in
// words (announced), and the history list. Every change is saved as it happens.
import { messageText, RichMessage } from "../app/RichMessage";
import { useT } from "../i18n/I18nProvider";
import { editLabelMessage } from "./editLabelMessage";
import type { HistoryEntry } from "../../state/edit";
import { HistoryList } from "./HistoryList";
import type { EditorSession } from "./useEditor";

export function UndoBar({ session }: { session: EditorSession }) {
  const t = useT();
  const { history } = session;
  const lastDone = history.past.at(-1);
  const nextRedo = history.future[0];
  return (
    <>
      <HistoryButton
        entry={lastDone}
        onClick={session.undo}
        text={t("editor.undo")}
        title={(label) => t("editor.undoTitle", { label })}
        none={t("editor.nothingToUndo")}
        keys="Control+Z"
      />
      <HistoryButton
        entry={nextRedo}
        onClick={session.redo}
        text={t("editor.redo")}
        title={(label) => t("editor.redoTitle", { label })}
        none={t("editor.nothingToRedo")}
        keys="Control+Shift+Z"
      />
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

/** Undo or redo: disabled when there is nothing to undo or redo; its title names the change. */
function HistoryButton(props: {
  entry: HistoryEntry | undefined;
  onClick: () => void;
  text: string;
  title: (label: string) => string;
  none: string;
  keys: string;
}) {
  const t = useT();
  const { entry } = props;
  return (
    <button
      type="button"
      disabled={!entry}
      onClick={props.onClick}
      title={entry ? props.title(messageText(editLabelMessage(entry.label), t)) : props.none}
      aria-keyshortcuts={props.keys}
    >
      {props.text}
    </button>
  );
}
