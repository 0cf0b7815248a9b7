// Where an actor added by an edit first appears, so that an edit never re-lays-out the graph:
// next to the actors it is connected to (around their middle), else at the centre of the view,
// on the first free spot of rings around that point. Pure and deterministic (tested headless).
export interface Point {
  x: number;
  y: number;
}

/** Spots tried per ring, the first at the right of the anchor, then turning. */
const SPOTS_PER_RING = 12;
const MAX_RINGS = 12;

function freeSpot(anchor: Point, taken: readonly Point[], spacing: number, firstRing: number): Point {
  const clear = (point: Point) =>
    taken.every((other) => Math.hypot(other.x - point.x, other.y - point.y) >= spacing * 0.9);
  for (let ring = firstRing; ring <= MAX_RINGS; ring++) {
    if (ring === 0) {
      if (clear(anchor)) return anchor;
      continue;
    }
    for (let spot = 0; spot < SPOTS_PER_RING; spot++) {
      // Each ring turns half a step so that spots of successive rings do not line up.
      const angle = ((spot + (ring % 2) / 2) / SPOTS_PER_RING) * 2 * Math.PI;
      const point = { x: anchor.x + Math.cos(angle) * spacing * ring, y: anchor.y + Math.sin(angle) * spacing * ring };
      if (clear(point)) return point;
    }
  }
  // A crowded view: beside the anchor, outside the rings tried.
  return { x: anchor.x + spacing * (MAX_RINGS + 1), y: anchor.y };
}

/**
 * Positions for `newIds` (in that order, each placed one counting as taken for the next), given
 * the positions of the actors already drawn, each actor's neighbours and the centre of the view.
 */
export function placeNewActors(
  newIds: readonly string[],
  neighboursOf: (id: string) => readonly string[],
  known: ReadonlyMap<string, Point>,
  centre: Point,
  spacing = 70,
): Map<string, Point> {
  const placed = new Map<string, Point>();
  const taken = [...known.values()];
  for (const id of newIds) {
    const anchors = neighboursOf(id)
      .map((neighbour) => known.get(neighbour) ?? placed.get(neighbour))
      .filter((point): point is Point => point !== undefined);
    const anchor =
      anchors.length > 0
        ? { x: mean(anchors.map((point) => point.x)), y: mean(anchors.map((point) => point.y)) }
        : centre;
    // Next to its neighbours, never on top of them (the middle of two may be free: ring 0 then).
    const point = freeSpot(anchor, taken, spacing, anchors.length === 1 ? 1 : 0);
    placed.set(id, point);
    taken.push(point);
  }
  return placed;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
