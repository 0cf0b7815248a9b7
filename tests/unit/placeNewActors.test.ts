import { describe, expect, it } from "vitest";
import { placeNewActors, type Point } from "../../src/view/placeNewActors";

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

describe("placing actors added by an edit", () => {
  const known = new Map<string, Point>([
    ["a", { x: 0, y: 0 }],
    ["b", { x: 400, y: 0 }],
    ["c", { x: 1000, y: 1000 }],
  ]);

  it("puts an actor with one neighbour next to it, not on top of it nor of anyone else", () => {
    const placed = placeNewActors(["n"], () => ["c"], known, { x: 0, y: 0 });
    const point = placed.get("n")!;
    expect(distance(point, known.get("c")!)).toBeCloseTo(70);
    for (const other of known.values()) expect(distance(point, other)).toBeGreaterThanOrEqual(63);
  });

  it("puts an actor with two neighbours between them", () => {
    const point = placeNewActors(["n"], () => ["a", "b"], known, { x: 5000, y: 5000 }).get("n")!;
    expect(point).toEqual({ x: 200, y: 0 });
  });

  it("puts an actor with no drawn neighbour at the view centre, or the nearest free spot", () => {
    expect(placeNewActors(["n"], () => [], known, { x: -500, y: -500 }).get("n")).toEqual({ x: -500, y: -500 });
    const beside = placeNewActors(["n"], () => [], known, { x: 10, y: 0 }).get("n")!;
    expect(distance(beside, known.get("a")!)).toBeGreaterThanOrEqual(63);
    expect(distance(beside, { x: 10, y: 0 })).toBeLessThanOrEqual(71);
  });

  it("places several new actors apart from each other, a new one next to another new one", () => {
    const placed = placeNewActors(["n1", "n2", "n3"], (id) => (id === "n3" ? ["n2"] : []), known, { x: -500, y: -500 });
    const [n1, n2, n3] = ["n1", "n2", "n3"].map((id) => placed.get(id)!);
    expect(distance(n1!, n2!)).toBeGreaterThanOrEqual(63);
    expect(distance(n3!, n2!)).toBeCloseTo(70);
    expect(distance(n3!, n1!)).toBeGreaterThanOrEqual(63);
  });

  it("is deterministic: the same input gives the same places", () => {
    const once = placeNewActors(["x", "y"], () => ["a"], known, { x: 0, y: 0 });
    expect(placeNewActors(["x", "y"], () => ["a"], known, { x: 0, y: 0 })).toEqual(once);
  });
});
