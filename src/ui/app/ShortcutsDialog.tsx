// The keyboard shortcuts, one "?" away (or the button), in a native modal dialog: it traps focus,
// closes with Escape. Focus goes back to where it was by hand: Chromium drops it to the page top
// when the dialog was opened by a key rather than by its button.
import { useEffect, useRef } from "react";
import { useModalDialog } from "./useReturnFocus";
import { useT } from "../i18n/I18nProvider";
import type { MessageId } from "../i18n/catalogues";

/** [keys, what they do]: both are catalogue messages (key names are words too: "Enter", "Tab"). */
const SHORTCUTS: Array<[MessageId, MessageId]> = [
  ["shortcuts.keys.search", "shortcuts.search"],
  ["shortcuts.keys.results", "shortcuts.results"],
  ["shortcuts.keys.neighbours", "shortcuts.neighbours"],
  ["shortcuts.keys.walk", "shortcuts.walk"],
  ["shortcuts.keys.zoom", "shortcuts.zoom"],
  ["shortcuts.keys.clear", "shortcuts.clear"],
  ["shortcuts.keys.step", "shortcuts.step"],
  ["shortcuts.keys.jump", "shortcuts.jump"],
  ["shortcuts.keys.fullscreen", "shortcuts.fullscreen"],
  ["shortcuts.keys.help", "shortcuts.help"],
];

export function ShortcutsDialog() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const open = useModalDialog(dialog);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== "?" || target?.closest("input, textarea, select, [contenteditable=true]")) return;
      event.preventDefault();
      open();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <>
      <button type="button" aria-label={t("shortcuts.title")} title={t("shortcuts.buttonHint")} onClick={open}>
        ?
      </button>
      <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">{t("shortcuts.title")}</h2>
        <table>
          <tbody>
            {SHORTCUTS.map(([keys, action]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{t(keys)}</kbd>
                </th>
                <td>{t(action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          <button type="submit" autoFocus>
            {t("common.close")}
          </button>
        </form>
      </dialog>
    </>
  );
}
