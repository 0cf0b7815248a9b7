// Gives focus back to where it was when something transient (a dialog, a menu, a list of import
// problems, the presenter) closes. Without this, closing it drops focus to the page top and a
// keyboard user starts over from the first Tab.
import { useEffect, useRef, type RefObject } from "react";

/** Where focus is now, to give back later; undefined when nothing in particular has it. */
export function focusedElement(): HTMLElement | undefined {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/**
 * The element itself when it is still on the page; else one that looks the same (same tag,
 * name and text), as when the whole screen was replaced (the explorer after the presenter).
 */
function stillThere(element: HTMLElement): HTMLElement | undefined {
  if (element.isConnected) return element;
  const name = (candidate: Element) => `${candidate.getAttribute("aria-label") ?? ""}|${candidate.textContent ?? ""}`;
  const wanted = name(element);
  return [...document.querySelectorAll<HTMLElement>(element.tagName)].find((candidate) => name(candidate) === wanted);
}

/** Focuses `element` (or its look-alike) unless focus has meanwhile gone somewhere on purpose. */
export function returnFocus(element: HTMLElement | undefined, fallback?: () => HTMLElement | null | undefined): void {
  if (focusedElement() && focusedElement()?.isConnected) return;
  const target = (element && stillThere(element)) ?? fallback?.() ?? undefined;
  target?.focus();
}

/**
 * While `open`, remembers what had focus when it opened; when it closes or unmounts, gives focus
 * back after the page has settled (the next frame: the screen may be replaced in between).
 */
export function useReturnFocus(open: boolean, fallback?: () => HTMLElement | null | undefined): void {
  useEffect(() => {
    if (!open) return;
    const opener = focusedElement();
    return () => {
      requestAnimationFrame(() => returnFocus(opener, fallback));
    };
    // The fallback is read when closing; a new function each render must not reopen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
}

/**
 * Opens a native modal dialog and, when it closes (Escape, a form, a script), gives focus back
 * to what had it. Chromium does not when the dialog was opened by a key rather than a click.
 */
export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>): () => void {
  const opener = useRef<HTMLElement | undefined>(undefined);
  useEffect(() => {
    const element = dialog.current;
    const onClose = () => returnFocus(opener.current);
    element?.addEventListener("close", onClose);
    return () => element?.removeEventListener("close", onClose);
  }, [dialog]);
  return () => {
    const element = dialog.current;
    if (!element || element.open) return;
    opener.current = focusedElement();
    element.showModal();
  };
}
