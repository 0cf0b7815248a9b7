// Fullscreen of one element, with the browser's own state as the source of truth (Esc or F11
// leave it without asking us).
import { useSyncExternalStore, type RefObject } from "react";

function subscribe(onChange: () => void): () => void {
  document.addEventListener("fullscreenchange", onChange);
  return () => document.removeEventListener("fullscreenchange", onChange);
}

const isFullscreen = () => document.fullscreenElement !== null;

export function useFullscreen(target: RefObject<HTMLElement | null>): { fullscreen: boolean; toggle: () => void } {
  const fullscreen = useSyncExternalStore(subscribe, isFullscreen, () => false);
  const toggle = () => {
    // Refused without a user gesture or by policy: the button simply does nothing then.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void target.current?.requestFullscreen?.().catch(() => undefined);
  };
  return { fullscreen, toggle };
}
