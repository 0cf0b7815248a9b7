// Long tables render only the rows near the scroll position (80k rows took ~30 s to render
// whole): a table keeps its own scroll box and spacer rows stand in for the rest, so the
// markup stays a real <table> for assistive technology. Short tables render every row.
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef, type ReactNode } from "react";

/** Tables longer than this are windowed. */
export const WINDOWED_FROM = 300;

export interface RowWindow {
  /** Indexes of the rows to render, in order. */
  indexes: number[];
  /** Spacer heights before and after the rendered rows. */
  before: number;
  after: number;
  /** Give each rendered <tr> this ref and `data-index`, so real heights replace the estimate. */
  measure: (row: HTMLTableRowElement | null) => void;
  scrollRef: React.RefObject<HTMLDivElement | null>;
  windowed: boolean;
}

export function useRowWindow(count: number, estimatedHeight: number): RowWindow {
  const scrollRef = useRef<HTMLDivElement>(null);
  const windowed = count > WINDOWED_FROM;
  // The virtualiser's functions change as it scrolls: this hook is not memoised, by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: windowed ? count : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedHeight,
    overscan: 4,
    // The first render, before the box is measured, already shows a screenful of rows.
    initialRect: { width: 1000, height: 900 },
  });
  if (!windowed)
    return {
      indexes: Array.from({ length: count }, (_, index) => index),
      before: 0,
      after: 0,
      measure: () => undefined,
      scrollRef,
      windowed,
    };
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  return {
    indexes: items.map((item) => item.index),
    before: first?.start ?? 0,
    after: last ? virtualizer.getTotalSize() - last.end : 0,
    measure: virtualizer.measureElement,
    scrollRef,
    windowed,
  };
}

/** The scroll box of a windowed table (a plain wrapper otherwise). */
export function TableScroll({
  windowed,
  scrollRef,
  label,
  children,
}: {
  windowed: boolean;
  scrollRef: RowWindow["scrollRef"];
  label: string;
  children: ReactNode;
}) {
  if (!windowed) return <>{children}</>;
  return (
    <div ref={scrollRef} className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

/** A row of the given height that stands in for rows not rendered. */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" className="spacer-row">
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
