import { buildGraph, parseDataset } from "../src/model";
import { syntheticDataset } from "../scripts/synthetic";
import { buildScene, sceneBase } from "../src/view/overview/overviewScene";
import { ElementState } from "../src/view/elementState";
import { SpatialGrid } from "../src/view/overview/SpatialGrid";
for (const n of [5000, 20000]) {
  const parsed = parseDataset(syntheticDataset(n));
  if (!parsed.ok) throw new Error("bad");
  const graph = buildGraph(parsed.dataset);
  const positions = new Map(graph.nodes().map((id, i) => [id, { x: (i * 7919) % 1000, y: (i * 104729) % 1000 }]));
  let t0 = performance.now(); const base = sceneBase(graph); console.log(n, 'base', (performance.now()-t0).toFixed(1));
  for (let r = 0; r < 3; r++) {
    let t = performance.now();
    const scene = buildScene({ base, positions, state: new ElementState(), kindIndex: () => 0 });
    const a = performance.now() - t;
    t = performance.now();
    const grid = new SpatialGrid(scene.xs, scene.ys);
    grid.nearest({ x: 10, y: 10 }, 5);
    console.log(n, "scene", a.toFixed(1), "grid", (performance.now() - t).toFixed(1));
  }
}
