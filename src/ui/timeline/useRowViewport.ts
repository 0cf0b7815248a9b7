// Which rows of the timeline's list are on screen (plus a few either side), and scrolling a row
// into view below the sticky axis. Below DRAW_ALL rows every row is drawn, so that print and
// find-in-page see them all.
import { useEffect, useLayoutEffect, useRef, useState } from "react";

const DRAW_ALL = 400;
const OVERSCAN = 8;

export function useRowViewport(rowHeight: number, itemCount: number) {
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 800 });

  const measure = () => {
    const box = scroller.current;
    if (box) setViewport({ top: box.scrollTop - (list.current?.offsetTop ?? 0), height: box.clientHeight });
  };
  useLayoutEffect(measure, []);
  useEffect(() => {
    const box = scroller.current;
    if (!box || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const scrollToItem = (index: number) => {
    const box = scroller.current;
    if (!box) return;
    const listTop = list.current?.offsetTop ?? 0; // the sticky axis covers the list's first pixels
    const top = listTop + index * rowHeight;
    if (top - listTop < box.scrollTop) box.scrollTop = top - listTop;
    else if (top + rowHeight > box.scrollTop + box.clientHeight) box.scrollTop = top + rowHeight - box.clientHeight;
    measure();
  };

  const drawAll = itemCount <= DRAW_ALL;
  const first = drawAll ? 0 : Math.max(0, Math.floor(viewport.top / rowHeight) - OVERSCAN);
  const last = drawAll
    ? itemCount
    : Math.min(itemCount, Math.ceil((viewport.top + viewport.height) / rowHeight) + OVERSCAN);
  return { scroller, list, measure, scrollToItem, first, last };
}
