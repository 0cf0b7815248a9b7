// A long list shown in steps: its first items in the frame that shows it, the rest after that
// frame is painted, a step at a time (each a transition React renders in slices), until all of it
// is on screen. A hub's details listed ~400 relations (thousands in real networks) before the
// panel could paint; now the panel paints at once and the list completes in the next frames.
import { startTransition, useEffect, useState } from "react";

/** Items rendered before the first paint, and added per later step. */
export const FIRST_ITEMS = 40;
export const ITEMS_PER_STEP = 200;

/** How many of `total` items to show after `step` steps (0: the first paint). */
export function shownAfter(total: number, step: number, first = FIRST_ITEMS, perStep = ITEMS_PER_STEP): number {
  return Math.min(total, first + step * perStep);
}

/** The first items of `items`, growing to all of them; a new list (by identity) starts again. */
export function useGrowingList<T>(items: readonly T[], first = FIRST_ITEMS, perStep = ITEMS_PER_STEP): readonly T[] {
  const [progress, setProgress] = useState<{ items: readonly T[]; step: number }>({ items, step: 0 });
  const step = progress.items === items ? progress.step : 0;
  const count = shownAfter(items.length, step, first, perStep);
  useEffect(() => {
    if (count >= items.length) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The task after the next frame: this step's items are painted before more are rendered.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setProgress({ items, step: step + 1 })), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [items, step, count]);
  return count >= items.length ? items : items.slice(0, count);
}
