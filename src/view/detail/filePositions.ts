// Positions a file brings (schema v2 `display.x/y`, e.g. a GEXF laid out in Gephi): a large
// graph that has them for every actor opens with its own structure instead of a layout.
import type { ActorGraph } from "../../model";
import type { Point } from "./chooseDetail";

interface DisplayHint {
  x?: unknown;
  y?: unknown;
}

/** Read loosely: `display` is optional in schema v2 and absent from older datasets. */
const displayOf = (actor: unknown): DisplayHint | undefined =>
  (actor as { display?: DisplayHint } | undefined)?.display;

/**
 * Every listed actor's file position (y pointing up in files such as GEXF, down on screen), or
 * undefined when any actor lacks one: half a graph placed by a file and half at random shows
 * no structure.
 */
export function filePositions(graph: ActorGraph, ids: readonly string[]): Map<string, Point> | undefined {
  if (ids.length === 0) return undefined;
  const positions = new Map<string, Point>();
  for (const id of ids) {
    const display = displayOf(graph.getNodeAttribute(id, "actor"));
    const x = display?.x;
    const y = display?.y;
    if (typeof x !== "number" || typeof y !== "number" || !Number.isFinite(x) || !Number.isFinite(y)) return undefined;
    positions.set(id, { x, y: -y });
  }
  return positions;
}
