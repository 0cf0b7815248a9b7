// The presenter's keyboard on the whole window: arrows, Space, PageUp/PageDown (what clickers
// send), Home/End, digits, Esc and F. Keys typed into fields, or held with a modifier, pass through.
import { useEffect, useEffectEvent } from "react";
import { playbackKeyAction, type PlaybackAction } from "../../state";

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function usePlaybackKeys(onAction: (action: PlaybackAction) => void): void {
  const act = useEffectEvent(onAction);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || isTextField(event.target)) return;
      // Keys inside a dialog (e.g. "Save as page") belong to it, not to the story behind.
      if (event.target instanceof Element && event.target.closest("dialog")) return;
      // Space on a focused button presses that button; acting on it too would move two steps.
      if (event.key === " " && event.target instanceof HTMLButtonElement) return;
      const action = playbackKeyAction(event.key);
      if (action === undefined) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
