import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boxesIntersect, placeLabels, type LabelBox, type LabelCandidate } from "../../src/view/labels/placeLabels";

const boxArb: fc.Arbitrary<LabelBox> = fc
  .record({
    x: fc.integer({ min: -500, max: 500 }),
    y: fc.integer({ min: -500, max: 500 }),
    w: fc.integer({ min: 0, max: 200 }),
    h: fc.integer({ min: 0, max: 60 }),
  })
  .map(({ x, y, w, h }) => ({ x1: x, y1: y, x2: x + w, y2: y + h }));

const candidatesArb = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[a-z]{1,6}$/),
    priority: fc.integer({ min: 0, max: 5 }),
    boxes: fc.array(boxArb, { minLength: 1, maxLength: 3 }),
  }),
  { selector: (candidate) => candidate.id, maxLength: 80 },
);

const shownBoxes = (candidates: readonly LabelCandidate[], placement: Map<string, number>) =>
  candidates.flatMap((candidate) => {
    const index = placement.get(candidate.id);
    return index === undefined ? [] : [{ candidate, box: candidate.boxes[index] as LabelBox }];
  });

describe("placeLabels", () => {
  it("never shows two labels that intersect", () => {
    fc.assert(
      fc.property(candidatesArb, fc.integer({ min: 0, max: 8 }), (candidates, gap) => {
        const shown = shownBoxes(candidates, placeLabels(candidates, gap));
        for (const [i, a] of shown.entries())
          for (const b of shown.slice(i + 1)) expect(boxesIntersect(a.box, b.box, gap)).toBe(false);
      }),
    );
  });

  it("hides a label only when every form of it meets a more important shown label", () => {
    fc.assert(
      fc.property(candidatesArb, (candidates) => {
        const placement = placeLabels(candidates);
        const shown = shownBoxes(candidates, placement);
        for (const candidate of candidates) {
          const index = placement.get(candidate.id);
          // Forms before the chosen one (all forms when hidden) were each blocked.
          const rejected = candidate.boxes.slice(0, index ?? candidate.boxes.length);
          for (const box of rejected) {
            // Any shown label may touch it; at least one of those must be as important.
            const blockers = shown.filter(
              (other) => other.candidate.id !== candidate.id && boxesIntersect(box, other.box),
            );
            const priorities = blockers.map((other) => other.candidate.priority);
            expect(Math.max(-1, ...priorities), `${candidate.id} form blocked`).toBeGreaterThanOrEqual(
              candidate.priority,
            );
          }
        }
      }),
    );
  });

  it("keeps a form that a less important label also touches (the counterexample CI found)", () => {
    const important: LabelCandidate = { id: "c", priority: 2, boxes: [{ x1: -24, y1: -181, x2: -22, y2: -181 }] };
    const middle: LabelCandidate = {
      id: "a",
      priority: 1,
      boxes: [
        { x1: -23, y1: -182, x2: -23, y2: -180 },
        { x1: 0, y1: 0, x2: 0, y2: 0 },
      ],
    };
    const minor: LabelCandidate = { id: "b", priority: 0, boxes: [{ x1: -24, y1: -241, x2: -22, y2: -181 }] };
    expect(placeLabels([middle, minor, important])).toEqual(
      new Map([
        ["c", 0],
        ["a", 1],
        ["b", 0],
      ]),
    );
  });

  it("is the same whatever order the candidates come in", () => {
    fc.assert(
      fc.property(candidatesArb, fc.integer(), (candidates, seed) => {
        const shuffled = [...candidates].sort(
          (a, b) => ((a.id.charCodeAt(0) * seed) % 7) - ((b.id.charCodeAt(0) * seed) % 7),
        );
        expect([...placeLabels(shuffled)].sort()).toEqual([...placeLabels(candidates)].sort());
      }),
    );
  });

  it("shows the more important of two overlapping labels, and a shorter form of the other when it fits", () => {
    const hub: LabelCandidate = { id: "hub", priority: 10, boxes: [{ x1: 0, y1: 0, x2: 100, y2: 20 }] };
    const leaf: LabelCandidate = {
      id: "leaf",
      priority: 1,
      boxes: [
        { x1: 50, y1: 10, x2: 200, y2: 30 },
        { x1: 120, y1: 10, x2: 160, y2: 30 },
      ],
    };
    expect(placeLabels([leaf, hub])).toEqual(
      new Map([
        ["hub", 0],
        ["leaf", 1],
      ]),
    );
    expect(placeLabels([leaf, { ...hub, boxes: [{ x1: 0, y1: 0, x2: 170, y2: 20 }] }])).toEqual(new Map([["hub", 0]]));
  });

  it("always shows a forced label (the hovered actor), hiding what it covers", () => {
    const big: LabelCandidate = { id: "big", priority: 100, boxes: [{ x1: 0, y1: 0, x2: 100, y2: 20 }] };
    const hovered: LabelCandidate = {
      id: "hovered",
      priority: 0,
      forced: true,
      boxes: [{ x1: 10, y1: 5, x2: 60, y2: 25 }],
    };
    expect(placeLabels([big, hovered])).toEqual(new Map([["hovered", 0]]));
  });

  it("skips boxes that are not numbers (a label not measured yet)", () => {
    const broken: LabelCandidate = { id: "x", priority: 1, boxes: [{ x1: Number.NaN, y1: 0, x2: 1, y2: 1 }] };
    expect(placeLabels([broken])).toEqual(new Map());
  });
});
