import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layeredLayout, type LayeredNode } from "../../src/view/layeredLayout";

const graphArb = fc
  .record({
    count: fc.integer({ min: 1, max: 30 }),
    edges: fc.array(fc.tuple(fc.nat(29), fc.nat(29)), { maxLength: 60 }),
    sizes: fc.array(fc.tuple(fc.integer({ min: 10, max: 200 }), fc.integer({ min: 10, max: 60 })), {
      minLength: 30,
      maxLength: 30,
    }),
  })
  .map(({ count, edges, sizes }) => {
    const nodes: LayeredNode[] = Array.from({ length: count }, (_, index) => ({
      id: `n${index}`,
      width: sizes[index]![0],
      height: sizes[index]![1],
    }));
    const adjacency = new Map(nodes.map((node) => [node.id, [] as string[]]));
    for (const [a, b] of edges) {
      if (a >= count || b >= count || a === b) continue;
      adjacency.get(`n${a}`)!.push(`n${b}`);
      adjacency.get(`n${b}`)!.push(`n${a}`);
    }
    return { nodes, neighbours: (id: string) => adjacency.get(id) ?? [] };
  });

describe("layeredLayout", () => {
  it("places every node, and no two nodes' boxes (with their labels) overlap", () => {
    fc.assert(
      fc.property(graphArb, ({ nodes, neighbours }) => {
        const positions = layeredLayout(nodes, neighbours, "n0", { columnGap: 10, rowGap: 4 });
        expect(positions.size).toBe(nodes.length);
        const boxes = nodes.map((node) => {
          const { x, y } = positions.get(node.id)!;
          return { x1: x - node.width / 2, x2: x + node.width / 2, y1: y - node.height / 2, y2: y + node.height / 2 };
        });
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1))
            expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
      }),
    );
  });

  it("puts the root in the first column and its neighbours in the second", () => {
    const nodes = ["hub", "a", "b", "c"].map((id) => ({ id, width: 50, height: 20 }));
    const adjacency: Record<string, string[]> = { hub: ["a", "b"], a: ["hub", "c"], b: ["hub"], c: ["a"] };
    const positions = layeredLayout(nodes, (id) => adjacency[id] ?? [], "hub", { columnGap: 10, rowGap: 5 });
    const x = (id: string) => positions.get(id)!.x;
    expect(x("hub")).toBeLessThan(x("a"));
    expect(x("a")).toBe(x("b"));
    expect(x("c")).toBeGreaterThan(x("a"));
  });
});
