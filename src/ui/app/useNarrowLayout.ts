// Whether the window is narrow enough (below ~1000 CSS px: a small screen, or 200 % zoom on a
// laptop) that the side panels become drawers over the graph (reflow.css holds the same width).
import { useSyncExternalStore } from "react";

export const NARROW_LAYOUT = "screen and (max-width: 1000px)";

const query = () =>
  typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia(NARROW_LAYOUT)
    : undefined;

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener("change", onChange);
  return () => list?.removeEventListener("change", onChange);
}

export function useNarrowLayout(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  );
}
