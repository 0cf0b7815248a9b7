// Brushing: drag across the timeline's dates to choose a period. Reports the two ends as
// fractions of the plot's width; a press without a drag is left to the click under it.
import { useRef, useState, type PointerEvent, type RefObject } from "react";

export interface Brush {
  from: number;
  to: number;
}

const DRAG_PX = 5;

export function useBrush(plot: RefObject<HTMLElement | null>, onBrushed: (brush: Brush) => void) {
  const start = useRef<{ x: number; fraction: number } | undefined>(undefined);
  const dragged = useRef(false);
  const [brush, setBrush] = useState<Brush | undefined>();

  const fractionAt = (clientX: number): number | undefined => {
    const box = plot.current?.getBoundingClientRect();
    if (!box || box.width === 0) return undefined;
    return Math.min(1, Math.max(0, (clientX - box.left) / box.width));
  };
  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    const box = plot.current?.getBoundingClientRect();
    if (!box || event.clientX < box.left || event.clientX > box.right) return;
    const fraction = fractionAt(event.clientX);
    if (fraction === undefined) return;
    start.current = { x: event.clientX, fraction };
    dragged.current = false;
  };
  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const began = start.current;
    if (!began) return;
    if (!dragged.current && Math.abs(event.clientX - began.x) < DRAG_PX) return;
    if (!dragged.current) event.currentTarget.setPointerCapture(event.pointerId);
    dragged.current = true;
    const fraction = fractionAt(event.clientX) ?? began.fraction;
    setBrush({ from: Math.min(began.fraction, fraction), to: Math.max(began.fraction, fraction) });
  };
  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    const began = start.current;
    start.current = undefined;
    if (!began || !dragged.current) return;
    const fraction = fractionAt(event.clientX) ?? began.fraction;
    setBrush(undefined);
    onBrushed({ from: Math.min(began.fraction, fraction), to: Math.max(began.fraction, fraction) });
  };
  /** True once, right after a drag: the click that ends a brush must not also select a claim. */
  const consumeDrag = () => {
    const was = dragged.current;
    dragged.current = false;
    return was;
  };
  return {
    brush,
    consumeDrag,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp,
      onPointerCancel: () => ((start.current = undefined), setBrush(undefined)),
    },
  };
}
