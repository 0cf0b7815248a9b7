// The camera for a selection (view/camera/keepInView.ts): the neighbourhood ends up inside the
// free area, the zoom never grows, and nothing moves when all of it is already in view.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keepInView, type Viewport } from "../../src/view/camera/keepInView";
import { freeSpan } from "../../src/ui/app/freeSpan";

const AREA = { x1: 0, y1: 0, x2: 800, y2: 600 };
const PADDING = 20;
const onScreen = (x: number, y: number, { zoom, pan }: Viewport) => ({ x: x * zoom + pan.x, y: y * zoom + pan.y });

const caseArb = fc.record({
  x: fc.double({ min: -2000, max: 2000, noNaN: true }),
  y: fc.double({ min: -2000, max: 2000, noNaN: true }),
  w: fc.double({ min: 0, max: 3000, noNaN: true }),
  h: fc.double({ min: 0, max: 3000, noNaN: true }),
  ax: fc.double({ min: 0, max: 1, noNaN: true }),
  ay: fc.double({ min: 0, max: 1, noNaN: true }),
  zoom: fc.double({ min: 0.05, max: 5, noNaN: true }),
  panX: fc.double({ min: -3000, max: 3000, noNaN: true }),
  panY: fc.double({ min: -3000, max: 3000, noNaN: true }),
  freeStart: fc.integer({ min: 0, max: 300 }),
});

describe("keepInView", () => {
  it("puts the whole box inside the free area (padded), never zooms in, and keeps the zoom when the box fits", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const box = { x1: c.x, y1: c.y, x2: c.x + c.w, y2: c.y + c.h };
        const anchor = { x: c.x + c.ax * c.w, y: c.y + c.ay * c.h };
        const area = { ...AREA, x1: c.freeStart };
        const viewport = { zoom: c.zoom, pan: { x: c.panX, y: c.panY } };
        const next = keepInView({ box, anchor, viewport, area, padding: PADDING, minZoom: 0.001 });
        expect(next.zoom).toBeLessThanOrEqual(c.zoom);
        const fitsAsIs =
          c.w * c.zoom <= area.x2 - area.x1 - 2 * PADDING && c.h * c.zoom <= area.y2 - area.y1 - 2 * PADDING;
        if (fitsAsIs) expect(next.zoom).toBe(c.zoom);
        const topLeft = onScreen(box.x1, box.y1, next);
        const bottomRight = onScreen(box.x2, box.y2, next);
        expect(topLeft.x).toBeGreaterThanOrEqual(area.x1 + PADDING - 1e-6);
        expect(topLeft.y).toBeGreaterThanOrEqual(area.y1 + PADDING - 1e-6);
        expect(bottomRight.x).toBeLessThanOrEqual(area.x2 - PADDING + 1e-6);
        expect(bottomRight.y).toBeLessThanOrEqual(area.y2 - PADDING + 1e-6);
      }),
    );
  });

  it("does not move a camera that already shows the whole box", () => {
    const viewport = { zoom: 1.5, pan: { x: 100, y: 50 } };
    const next = keepInView({
      box: { x1: 0, y1: 0, x2: 200, y2: 100 },
      anchor: { x: 10, y: 10 },
      viewport,
      area: AREA,
      padding: PADDING,
      minZoom: 0.02,
    });
    expect(next).toEqual(viewport);
  });

  it("pans only as far as needed: the box's far edge lands on the padded border", () => {
    // The box spans 600..700 on screen at x; the free area ends at 500 (a drawer covers the rest).
    const next = keepInView({
      box: { x1: 600, y1: 100, x2: 700, y2: 200 },
      anchor: { x: 650, y: 150 },
      viewport: { zoom: 1, pan: { x: 0, y: 0 } },
      area: { ...AREA, x2: 500 },
      padding: PADDING,
      minZoom: 0.02,
    });
    expect(next.zoom).toBe(1);
    expect(next.pan).toEqual({ x: 500 - PADDING - 700, y: 0 });
  });

  it("zooms out around the selected element when the neighbourhood is larger than the area", () => {
    const viewport = { zoom: 2, pan: { x: 0, y: 0 } };
    const anchor = { x: 200, y: 150 };
    const next = keepInView({
      box: { x1: 0, y1: 0, x2: 1000, y2: 300 },
      anchor,
      viewport,
      area: AREA,
      padding: PADDING,
      minZoom: 0.02,
    });
    expect(next.zoom).toBeCloseTo((800 - 2 * PADDING) / 1000, 9);
    const shown = onScreen(0, 0, next);
    expect(shown.x).toBeCloseTo(PADDING, 6);
  });
});

describe("freeSpan", () => {
  it("leaves the wider side of the canvas free beside a drawer, in canvas pixels", () => {
    expect(freeSpan({ left: 0, right: 800 }, { left: 420, right: 800 })).toEqual({ start: 0, end: 420 });
    // Right to left: the details drawer is on the left.
    expect(freeSpan({ left: 0, right: 800 }, { left: 0, right: 380 })).toEqual({ start: 380, end: 800 });
    // A canvas that starts further right.
    expect(freeSpan({ left: 100, right: 900 }, { left: 520, right: 900 })).toEqual({ start: 0, end: 420 });
  });

  it("is undefined when the drawer does not cover the canvas", () => {
    expect(freeSpan({ left: 300, right: 900 }, { left: 0, right: 260 })).toBeUndefined();
  });
});
