// Which labels to draw so that no two overlap: the label grid of sigma.js made strict. Candidates
// are taken by importance (priority, then id, so the result is deterministic); each takes the first
// of its boxes (full label, then shorter forms) that meets no box already placed, or none at all.
// A spatial grid keeps the collision test near-linear. Pure: no cytoscape, no DOM.

export interface LabelBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** Larger is more important: shown first. */
  priority: number;
  /** The forms this label can take, preferred first (e.g. full name, then abbreviated). */
  boxes: readonly LabelBox[];
  /** Shown whatever it covers (the hovered or keyboard-focused actor); others give way. */
  forced?: boolean;
}

/** Chosen form per shown label: the index into its `boxes`. Labels not in the map are hidden. */
export type LabelPlacement = Map<string, number>;

export const boxesIntersect = (a: LabelBox, b: LabelBox, gap = 0): boolean =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

const byImportance = (a: LabelCandidate, b: LabelCandidate): number =>
  Number(b.forced ?? false) - Number(a.forced ?? false) ||
  b.priority - a.priority ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** `gap` keeps this much space between shown labels (in the boxes' units). */
export function placeLabels(candidates: readonly LabelCandidate[], gap = 0): LabelPlacement {
  const placement: LabelPlacement = new Map();
  const grid = new BoxGrid(cellSizeFor(candidates));
  for (const candidate of [...candidates].sort(byImportance)) {
    const fits = (box: LabelBox) => validBox(box) && (candidate.forced || !grid.hits(box, gap));
    const index = candidate.boxes.findIndex(fits);
    const box = candidate.boxes[index];
    if (box === undefined) continue;
    placement.set(candidate.id, index);
    grid.add(box);
  }
  return placement;
}

const validBox = (box: LabelBox): boolean =>
  [box.x1, box.y1, box.x2, box.y2].every(Number.isFinite) && box.x2 >= box.x1 && box.y2 >= box.y1;

/** A cell about the size of a typical label: each box then touches a few cells. */
function cellSizeFor(candidates: readonly LabelCandidate[]): number {
  const sizes = candidates.flatMap((candidate) =>
    candidate.boxes.filter(validBox).map((box) => Math.max(box.x2 - box.x1, box.y2 - box.y1)),
  );
  sizes.sort((a, b) => a - b);
  return Math.max(sizes[Math.floor(sizes.length / 2)] ?? 1, 1e-6);
}

class BoxGrid {
  private readonly cells = new Map<string, LabelBox[]>();
  constructor(private readonly size: number) {}

  private *cellsOf(box: LabelBox, gap: number): Generator<string> {
    const span = (low: number, high: number) =>
      [Math.floor((low - gap) / this.size), Math.floor((high + gap) / this.size)] as const;
    const [cx1, cx2] = span(box.x1, box.x2);
    const [cy1, cy2] = span(box.y1, box.y2);
    // Huge boxes (one label over the whole graph) would touch millions of cells: one bucket.
    if ((cx2 - cx1 + 1) * (cy2 - cy1 + 1) > 4096) {
      yield "huge";
      return;
    }
    for (let x = cx1; x <= cx2; x++) for (let y = cy1; y <= cy2; y++) yield `${x},${y}`;
  }

  add(box: LabelBox): void {
    for (const key of this.cellsOf(box, 0)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  hits(box: LabelBox, gap: number): boolean {
    if (this.cells.get("huge")?.some((other) => boxesIntersect(box, other, gap))) return true;
    for (const key of this.cellsOf(box, gap)) {
      if (key === "huge")
        return [...this.cells.values()].some((cell) => cell.some((other) => boxesIntersect(box, other, gap)));
      if (this.cells.get(key)?.some((other) => boxesIntersect(box, other, gap))) return true;
    }
    return false;
  }
}
