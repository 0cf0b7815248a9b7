// Walking the graph by keyboard. Arrow keys step through the neighbours of the current "anchor"
// actor (selecting each, so the details panel and the live region follow); Enter walks on to the
// selected neighbour, Backspace walks back, Escape clears; + − 0 zoom and fit.
import { useRef, type KeyboardEvent, type RefObject } from "react";
import { busiestActor, neighbourOrder } from "../../analysis";
import type { ActorGraph } from "../../model";
import type { Selection } from "../../state";
import type { GraphView } from "../../view";
import type { ElementSets } from "../../view";


export function useGraphKeyboard(graph: ActorGraph, visible: ElementSets, selection: Selection | undefined, onSelect: (selection: Selection | undefined) => void, viewRef: RefObject<GraphView | null>) {
  const anchor = useRef<string | undefined>(undefined);
  const trail = useRef<string[]>([]);

  const neighbours = (id: string) => neighbourOrder(graph, id, visible.relations).filter((other) => visible.actors.has(other));
  const selectActor = (id: string | undefined) => onSelect(id === undefined ? undefined : { type: "actor", id });

  const step = (delta: 1 | -1) => {
    const current = selection?.type === "actor" && visible.actors.has(selection.id) ? selection.id : undefined;
    if (current === undefined) return selectActor(busiestActor(graph, visible.actors, visible.relations));
    if (anchor.current === undefined || (current !== anchor.current && !neighbours(anchor.current).includes(current))) anchor.current = current;
    const around = neighbours(anchor.current);
    if (around.length === 0) return;
    const position = around.indexOf(current);
    const next = position < 0 ? (delta === 1 ? 0 : around.length - 1) : (position + delta + around.length) % around.length;
    selectActor(around[next]);
  };

  return (event: KeyboardEvent<HTMLElement>) => {
    const view = viewRef.current;
    const handled = () => event.preventDefault();
    switch (event.key) {
      case "ArrowRight":
      case "ArrowDown":
        handled();
        return step(1);
      case "ArrowLeft":
      case "ArrowUp":
        handled();
        return step(-1);
      case "Enter":
        if (selection?.type === "actor" && selection.id !== anchor.current) {
          handled();
          if (anchor.current !== undefined) trail.current.push(anchor.current);
          anchor.current = selection.id;
        }
        return;
      case "Backspace": {
        const previous = trail.current.pop();
        if (previous === undefined) return;
        handled();
        anchor.current = previous;
        return selectActor(previous);
      }
      case "Escape":
        anchor.current = undefined;
        trail.current = [];
        return selectActor(undefined);
      case "+":
      case "=":
        handled();
        return view?.zoomBy(1.25);
      case "-":
        handled();
        return view?.zoomBy(0.8);
      case "0":
        handled();
        return view?.fit();
    }
  };
}
