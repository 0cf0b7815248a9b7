// Fullscreen, a window resize or a projector switch changes the canvas size; the step's focus is
// fitted again so that it stays in view. The first report (the initial size) is not a change.
import { useEffect, useRef, type RefObject } from "react";
import type { GraphView } from "../../view";

export function useFitOnResize(
  box: RefObject<HTMLElement | null>,
  viewRef: RefObject<GraphView | null>,
  ids: readonly string[],
): void {
  const latest = useRef(ids);
  useEffect(() => {
    latest.current = ids;
  }, [ids]);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let size = "";
    const observer = new ResizeObserver(() => {
      const next = `${element.clientWidth}x${element.clientHeight}`;
      if (size !== "" && next !== size) {
        viewRef.current?.resize();
        viewRef.current?.fit(latest.current.length > 0 ? latest.current : undefined);
      }
      size = next;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [box, viewRef]);
}
