// Keyboard of the story player, as a presenter's clicker and a projector audience expect it.
// Enter is deliberately not "next": it activates whatever button has the focus.

export type PlaybackAction = "next" | "previous" | "first" | "last" | "exit" | "fullscreen" | { jump: number };

const NAMED_KEYS: Readonly<Record<string, PlaybackAction>> = {
  ArrowRight: "next",
  " ": "next",
  PageDown: "next",
  ArrowLeft: "previous",
  PageUp: "previous",
  Home: "first",
  End: "last",
  Escape: "exit",
  f: "fullscreen",
  F: "fullscreen",
};

/**
 * The action for a `KeyboardEvent.key`, or undefined when the player should let the key through.
 * "1".."9" jump to that step and "0" to step 10 (1-based, for `jumpToStep`). Callers should not
 * ask about keys pressed with Ctrl, Alt or Meta, which belong to the browser.
 */
export function playbackKeyAction(key: string): PlaybackAction | undefined {
  if (Object.hasOwn(NAMED_KEYS, key)) return NAMED_KEYS[key];
  if (/^[0-9]$/.test(key)) return { jump: key === "0" ? 10 : Number(key) };
  return undefined;
}
