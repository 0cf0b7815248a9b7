// A uniform grid over points in model coordinates: finds the actor under the pointer among
// 20k+ drawn only in the overview layer (cytoscape cannot hit-test what it does not hold).
import type { Point } from "../detail/chooseDetail";

export class SpatialGrid {
  private readonly cells = new Map<string, number[]>();
  private readonly cellSize: number;

  /** `xs`/`ys` are the points' coordinates; indices into them are what queries return. */
  constructor(
    private readonly xs: Float64Array,
    private readonly ys: Float64Array,
    count = xs.length,
  ) {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (let i = 0; i < count; i++) {
      x1 = Math.min(x1, xs[i] ?? 0);
      x2 = Math.max(x2, xs[i] ?? 0);
      y1 = Math.min(y1, ys[i] ?? 0);
      y2 = Math.max(y2, ys[i] ?? 0);
    }
    // About two points per cell on average, whatever the spread.
    const area = Number.isFinite(x1) ? Math.max(x2 - x1, 1) * Math.max(y2 - y1, 1) : 1;
    this.cellSize = Math.max(Math.sqrt((area * 2) / Math.max(count, 1)), 1e-6);
    for (let i = 0; i < count; i++) {
      const key = this.key(this.cell(xs[i] ?? 0), this.cell(ys[i] ?? 0));
      const bucket = this.cells.get(key);
      if (bucket) bucket.push(i);
      else this.cells.set(key, [i]);
    }
  }

  /** The index of the point nearest to `at` within `radius`, or undefined. */
  nearest(at: Point, radius: number): number | undefined {
    let best: number | undefined;
    let bestDistance = radius * radius;
    const [cx1, cx2, cy1, cy2] = [
      this.cell(at.x - radius),
      this.cell(at.x + radius),
      this.cell(at.y - radius),
      this.cell(at.y + radius),
    ];
    // A huge radius (zoomed far out) would visit millions of empty cells: give up instead.
    if ((cx2 - cx1 + 1) * (cy2 - cy1 + 1) > 10_000) return undefined;
    for (let cx = cx1; cx <= cx2; cx++)
      for (let cy = cy1; cy <= cy2; cy++)
        for (const index of this.cells.get(this.key(cx, cy)) ?? []) {
          const dx = (this.xs[index] ?? 0) - at.x;
          const dy = (this.ys[index] ?? 0) - at.y;
          const distance = dx * dx + dy * dy;
          if (distance <= bestDistance) {
            bestDistance = distance;
            best = index;
          }
        }
    return best;
  }

  private cell(value: number): number {
    return Math.floor(value / this.cellSize);
  }

  private key(cx: number, cy: number): string {
    return `${cx},${cy}`;
  }
}
