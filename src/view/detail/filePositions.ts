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

/**
 * The file's layout for the listed actors even when the file placed only some: an actor it left
 * out goes to the middle of its placed neighbours (slightly apart, so that two such actors do not
 * coincide), or, with none, on a row under the file's picture. Undefined when the file placed
 * none of them.
 */
export function fileLayout(graph: ActorGraph, ids: readonly string[]): Map<string, Point> | undefined {
  const whole = filePositions(graph, ids);
  if (whole) return whole;
  const placed = new Map<string, Point>();
  for (const id of ids) {
    const display = displayOf(graph.getNodeAttribute(id, "actor"));
    const { x, y } = display ?? {};
    if (typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y))
      placed.set(id, { x, y: -y });
  }
  if (placed.size === 0) return undefined;
  const xs = [...placed.values()].map((point) => point.x);
  const ys = [...placed.values()].map((point) => point.y);
  const left = Math.min(...xs);
  const width = Math.max(...xs) - left;
  const spacing = Math.max(width, Math.max(...ys) - Math.min(...ys), 1) / Math.max(Math.sqrt(placed.size), 1);
  const bottom = Math.max(...ys) + spacing * 2;
  const positions = new Map(placed);
  let row = 0;
  ids.forEach((id, index) => {
    if (positions.has(id)) return;
    const neighbours = graph.neighbors(id).flatMap((neighbour) => placed.get(neighbour) ?? []);
    if (neighbours.length > 0) {
      const angle = index * 2.39996; // golden angle: apart from any other actor placed the same way
      positions.set(id, {
        x: neighbours.reduce((sum, point) => sum + point.x, 0) / neighbours.length + Math.cos(angle) * spacing * 0.5,
        y: neighbours.reduce((sum, point) => sum + point.y, 0) / neighbours.length + Math.sin(angle) * spacing * 0.5,
      });
    } else {
      const slot = row++;
      positions.set(id, { x: left + (slot % 20) * spacing, y: bottom + Math.floor(slot / 20) * spacing });
    }
  });
  return positions;
}
