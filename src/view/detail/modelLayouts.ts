// Layouts of large graphs computed on the model, not on cytoscape (which holds only part of the
// graph): seeded start positions, concentric by degree, and breadth-first from a root.
import { clusteredLayoutOf, seededPositions as seededModelPositions, type ActorGraph } from "../../model";
import type { Point } from "./chooseDetail";

const SPACING = 60;

/** Seeded random positions in a square that grows with the graph (ForceAtlas2 starts here). */
export const seededPositions = (ids: readonly string[], seed: number): Map<string, Point> =>
  seededModelPositions(ids, seed, 120);

/**
 * The first picture of a graph without file positions: actors grouped by label propagation
 * (O(relations), ~tens of ms at 60k relations), each group in its own disc, so the picture shows
 * structure before ForceAtlas2's answer arrives; the same for the same seed. Its extent is
 * about the seeded square's (the spiral of groups spans ~4 × spacing × √count). A large import
 * has computed them between frames already (model/firstLayout.ts): then they are only read here.
 */
export function clusteredPositions(graph: ActorGraph, ids: readonly string[], seed: number): Map<string, Point> {
  const start = clusteredLayoutOf(graph, ids, seed);
  return new Map(ids.map((id, position) => [id, { x: start[position * 2] ?? 0, y: start[position * 2 + 1] ?? 0 }]));
}

/** A sunflower spiral in rank order: the best-connected actors in the middle, rings outwards. */
export function concentricPositions(ranked: readonly string[]): Map<string, Point> {
  const golden = Math.PI * (3 - Math.sqrt(5));
  return new Map(
    ranked.map((id, index) => [
      id,
      {
        x: SPACING * Math.sqrt(index) * Math.cos(index * golden),
        y: SPACING * Math.sqrt(index) * Math.sin(index * golden),
      },
    ]),
  );
}

/**
 * Rows by distance from the root (ignoring direction), long rows wrapped; actors the root cannot
 * reach go in rows below, most important first.
 */
export function breadthFirstPositions(
  graph: ActorGraph,
  ids: readonly string[],
  root: string | undefined,
  maxRow = 120,
): Map<string, Point> {
  const allowed = new Set(ids);
  const levels: string[][] = [];
  const seen = new Set<string>();
  let frontier = root !== undefined && allowed.has(root) ? [root] : [];
  frontier.forEach((id) => seen.add(id));
  while (frontier.length > 0) {
    levels.push(frontier);
    const next: string[] = [];
    for (const id of frontier)
      graph.forEachNeighbor(id, (neighbour) => {
        if (!allowed.has(neighbour) || seen.has(neighbour)) return;
        seen.add(neighbour);
        next.push(neighbour);
      });
    frontier = next;
  }
  const unreached = ids.filter((id) => !seen.has(id));
  if (unreached.length > 0) levels.push(unreached);
  const positions = new Map<string, Point>();
  let row = 0;
  for (const level of levels) {
    for (let start = 0; start < level.length; start += maxRow) {
      const slice = level.slice(start, start + maxRow);
      slice.forEach((id, index) =>
        positions.set(id, { x: (index - (slice.length - 1) / 2) * SPACING, y: row * SPACING * 2 }),
      );
      row++;
    }
  }
  return positions;
}

/** Actors by degree, highest first; ties by id so the order is stable (kept in the model). */
export { rankByDegree } from "../../model";
