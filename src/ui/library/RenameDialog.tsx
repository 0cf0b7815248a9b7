// Renaming a network in the app, not with window.prompt: a modal dialog (the page behind is inert,
// so focus stays in it), the title checked by the dataset rules with the problem shown at the
// field, and focus given back to the Rename button that opened it.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { validate, type Dataset } from "../../model";
import { useModalDialog } from "../app/useReturnFocus";
import { useT } from "../i18n/I18nProvider";
import { issueText } from "../i18n/issueText";
import type { Translate } from "../i18n/translator";

export interface RenameDialogProps {
  dataset: Dataset;
  /** Renames; returns problems to show at the field when the new title is refused. */
  onRename: (title: string) => Promise<string[]> | string[];
  onClose: () => void;
}

/** What the dataset rules say about this title ("must not be empty", too long…). */
export function titleProblems(dataset: Dataset, title: string, t: Translate): string[] {
  return validate({ ...dataset, title })
    .filter((issue) => issue.path === "title" && issue.severity === "error")
    .map((issue) => issueText(issue, t));
}

/**
 * Tab from the last control goes to the first, Shift+Tab from the first to the last: a modal
 * dialog makes the page inert, but Chromium still lets Tab leave it for the browser's own UI.
 */
function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== "Tab") return;
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>("input, button, select, textarea")].filter(
    (control) => !control.hasAttribute("disabled"),
  );
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

export function RenameDialog({ dataset, onRename, onClose }: RenameDialogProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const showModal = useModalDialog(dialog);
  const [title, setTitle] = useState(dataset.title);
  const [problems, setProblems] = useState<string[]>([]);
  const id = useId();

  useEffect(() => {
    showModal();
    const element = dialog.current;
    element?.querySelector("input")?.select();
    element?.addEventListener("close", onClose);
    return () => element?.removeEventListener("close", onClose);
    // Opened once, when mounted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = async () => {
    const found = titleProblems(dataset, title, t);
    const refused = found.length > 0 ? found : await onRename(title.trim());
    setProblems(refused);
    if (refused.length === 0) dialog.current?.close();
    else dialog.current?.querySelector("input")?.focus();
  };

  return (
    <dialog ref={dialog} className="rename-dialog" aria-labelledby={`${id}-title`} onKeyDown={keepFocusInside}>
      <h2 id={`${id}-title`}>{t("library.renameTitle", { title: dataset.title })}</h2>
      <form
        className="editor-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className={`editor-field${problems.length > 0 ? " invalid" : ""}`}>
          <label htmlFor={id}>{t("library.newTitlePrompt")}</label>
          <input
            id={id}
            value={title}
            aria-invalid={problems.length > 0 || undefined}
            aria-describedby={problems.length > 0 ? `${id}-problem` : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
          {problems.length > 0 && (
            <p id={`${id}-problem`} className="editor-problem" role="alert">
              {t("library.titleProblem", { problems: problems.join("; ") })}
            </p>
          )}
        </div>
        <div className="editor-actions">
          <button type="submit">{t("library.rename")}</button>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t("library.cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
