// Walking the graph by keyboard. Arrow keys step through the neighbours of the current "anchor"
// actor (selecting each, so the details panel and the live region follow); Enter walks on to the
// selected neighbour, Backspace walks back, Escape clears; + − 0 zoom and fit. R selects the
// relation between the actor walked from and the one selected; Enter on a relation takes focus
// to its claims and sources in the details panel.
import { useRef, type KeyboardEvent, type RefObject } from "react";
import { busiestActor, neighbourOrder } from "../../analysis";
import type { ActorGraph } from "../../model";
import type { Selection } from "../../state";
import type { GraphView } from "../../view";
import type { ElementSets } from "../../view";

const relationEnds = (graph: ActorGraph, id: string) =>
  graph.hasEdge(id) ? { from: graph.source(id), to: graph.target(id) } : undefined;

/** The details panel's heading (what is selected), where its claims and sources begin. */
function focusDetails() {
  const heading = document.getElementById("details-title");
  if (heading) heading.focus();
  else document.getElementById("details")?.focus();
}

export function useGraphKeyboard(
  graph: ActorGraph,
  visible: ElementSets,
  selection: Selection | undefined,
  onSelect: (selection: Selection | undefined) => void,
  viewRef: RefObject<GraphView | null>,
) {
  const anchor = useRef<string | undefined>(undefined);
  const trail = useRef<string[]>([]);

  const neighbours = (id: string) =>
    neighbourOrder(graph, id, visible.relations).filter((other) => visible.actors.has(other));
  const selectActor = (id: string | undefined) => onSelect(id === undefined ? undefined : { type: "actor", id });

  /** The actor the keyboard stands on: the selected one, or the far end of the selected relation. */
  const currentActor = (): string | undefined => {
    if (selection?.type === "actor") return visible.actors.has(selection.id) ? selection.id : undefined;
    if (selection?.type !== "relation") return undefined;
    const ends = relationEnds(graph, selection.id);
    if (!ends) return undefined;
    return ends.from === anchor.current ? ends.to : ends.from;
  };

  /** The visible relation joining the anchor and the current actor; else the current actor's first. */
  const relationHere = (): string | undefined => {
    const current = currentActor();
    if (current === undefined) return undefined;
    const edges = graph.edges(current).filter((edge) => visible.relations.has(edge));
    const between =
      anchor.current === undefined || anchor.current === current
        ? []
        : edges.filter((edge) => graph.hasExtremity(edge, anchor.current!));
    return between[0] ?? edges[0];
  };

  const step = (delta: 1 | -1) => {
    const current = currentActor();
    if (current === undefined) return selectActor(busiestActor(graph, visible.actors, visible.relations));
    if (anchor.current === undefined || (current !== anchor.current && !neighbours(anchor.current).includes(current)))
      anchor.current = current;
    const around = neighbours(anchor.current);
    if (around.length === 0) return;
    const position = around.indexOf(current);
    const next =
      position < 0 ? (delta === 1 ? 0 : around.length - 1) : (position + delta + around.length) % around.length;
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
      case "r":
      case "R": {
        const relation = relationHere();
        if (relation === undefined) return;
        handled();
        return onSelect({ type: "relation", id: relation });
      }
      case "Enter":
        if (selection?.type === "relation") {
          handled();
          return focusDetails();
        }
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
