// The keyboard shortcuts, one "?" away (or the button), in a native modal dialog: it traps focus,
// closes with Escape. Focus goes back to where it was by hand: Chromium drops it to the page top
// when the dialog was opened by a key rather than by its button.
import { useEffect, useRef } from "react";
import { useModalDialog } from "./useReturnFocus";

const SHORTCUTS: Array<[string, string]> = [
  ["/", "Search actors by any spelling or script"],
  ["↑ ↓, Enter", "Move through search results, open one"],
  ["Tab into the graph, then ← → ↑ ↓", "Step through the selected actor's neighbours"],
  ["Enter / Backspace (in the graph)", "Walk on to the selected neighbour / walk back"],
  ["+ − 0 (in the graph)", "Zoom in, zoom out, fit"],
  ["Escape (in the graph)", "Clear the selection"],
  ["→ Space PageDown / ← PageUp", "Next / previous step when presenting"],
  ["Home End, 1–9", "First, last or numbered step when presenting"],
  ["F / Escape", "Fullscreen / leave the presentation"],
  ["?", "This list"],
];

export function ShortcutsDialog() {
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
      <button type="button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={open}>
        ?
      </button>
      <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <table>
          <tbody>
            {SHORTCUTS.map(([keys, action]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          <button type="submit" autoFocus>
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
