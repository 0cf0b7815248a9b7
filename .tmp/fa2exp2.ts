import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { syntheticDataset } from "../scripts/synthetic";
import { clusteredStart } from "../src/analysis/clusteredStart";
const n = Number(process.argv[2] ?? 5000);
const iters = Number(process.argv[3] ?? 40);
const d = syntheticDataset(n);
const K = Math.max(1, Math.round(Math.sqrt(n) / 3));
const index = new Map(d.actors.map((a, i) => [a.id, i]));
const edges = d.relations.map((r) => [index.get(r.from)!, index.get(r.to)!] as [number, number]);
let t = performance.now();
const start = clusteredStart(n, edges, 1, 60);
console.log("seed ms", Math.round(performance.now() - t));
function spread(p: (i: number) => { x: number; y: number }) {
  const cx = new Array(K).fill(0), cy = new Array(K).fill(0), cn = new Array(K).fill(0);
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) { const q = p(i); cx[i % K] += q.x; cy[i % K] += q.y; cn[i % K]++; mx += q.x; my += q.y; }
  mx /= n; my /= n;
  let within = 0, total = 0;
  for (let i = 0; i < n; i++) { const q = p(i); const k = i % K; within += (q.x - cx[k] / cn[k]) ** 2 + (q.y - cy[k] / cn[k]) ** 2; total += (q.x - mx) ** 2 + (q.y - my) ** 2; }
  return (within / total).toFixed(3);
}
console.log("seed spread", spread((i) => ({ x: start[2 * i]!, y: start[2 * i + 1]! })));
const g = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
d.actors.forEach((a, i) => g.mergeNode(a.id, { x: start[2 * i]!, y: start[2 * i + 1]! }));
for (const r of d.relations) if (r.from !== r.to) g.mergeEdge(r.from, r.to);
const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: true, barnesHutTheta: 1, scalingRatio: 10, gravity: Number(process.argv[4] ?? 1), scalingRatio: Number(process.argv[5] ?? 10) };
t = performance.now();
const p = forceAtlas2(g, { iterations: iters, settings });
console.log(iters, "fa2 ms", Math.round(performance.now() - t), "spread", spread((i) => p[d.actors[i]!.id]!));
