// Narrow windows (useNarrowLayout): the legend and filters, and the details with paths and
// stories, open one at a time as drawers over the graph. A button opens each (focus goes into
// the drawer); Escape or the button closes it and focus goes back to the button; selecting an
// actor or relation opens the details without taking focus from where the person is.
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import type { Selection } from "../../state";
import type { GraphView } from "../../view";
import { freeSpan } from "./freeSpan";

export type DrawerName = "filters" | "details";

/** The element each drawer is, the one that takes focus when it opens, and its button. */
export const DRAWER_IDS: Record<DrawerName, { drawer: string; focus: string; button: string }> = {
  filters: { drawer: "filters-drawer", focus: "filters", button: "filters-toggle" },
  details: { drawer: "side-panel", focus: "details", button: "details-toggle" },
};

export interface Drawers {
  /** The drawer open now (narrow windows only; wide windows show every panel). */
  open: DrawerName | undefined;
  toggle: (name: DrawerName) => void;
  /** Opens a drawer and moves focus into it (its button, a skip link). */
  reveal: (name: DrawerName) => void;
  /** Escape inside a drawer closes it. */
  onKeyDown: (name: DrawerName) => (event: KeyboardEvent) => void;
}

export function useDrawers(
  narrow: boolean,
  selection: Selection | undefined,
  viewRef: RefObject<GraphView | null>,
): Drawers {
  const [open, setOpen] = useState<DrawerName | undefined>(narrow && selection ? "details" : undefined);
  const focusOnOpen = useRef(false);
  const selected = selection ? `${selection.type}:${selection.id}` : undefined;
  // A new selection opens the details (adjusted while rendering, React's way for derived state).
  const [seen, setSeen] = useState(selected);
  if (seen !== selected) {
    setSeen(selected);
    if (narrow && selected !== undefined) setOpen("details");
  }

  useEffect(() => {
    if (!open || !focusOnOpen.current) return;
    focusOnOpen.current = false;
    document.getElementById(DRAWER_IDS[open].focus)?.focus();
  }, [open]);

  // The camera keeps a selection in the part of the graph the drawer leaves free.
  useEffect(() => {
    const shown = narrow ? open : undefined;
    const frame = requestAnimationFrame(() => {
      const canvas = document.getElementById("graph-canvas")?.getBoundingClientRect();
      const drawer = shown && document.getElementById(DRAWER_IDS[shown].drawer)?.getBoundingClientRect();
      viewRef.current?.setFreeSpan(canvas && drawer ? freeSpan(canvas, drawer) : undefined);
    });
    return () => cancelAnimationFrame(frame);
  }, [narrow, open, viewRef]);

  const close = (name: DrawerName) => {
    setOpen(undefined);
    document.getElementById(DRAWER_IDS[name].button)?.focus();
  };
  const reveal = (name: DrawerName) => {
    if (open === name || !narrow) {
      document.getElementById(DRAWER_IDS[name].focus)?.focus();
      return;
    }
    focusOnOpen.current = true;
    setOpen(name);
  };
  return {
    open: narrow ? open : undefined,
    toggle: (name) => (open === name ? close(name) : reveal(name)),
    reveal,
    onKeyDown: (name) => (event) => {
      if (event.key !== "Escape" || event.defaultPrevented || !narrow || open !== name) return;
      event.preventDefault();
      event.stopPropagation();
      close(name);
    },
  };
}
