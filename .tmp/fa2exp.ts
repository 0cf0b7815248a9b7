import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { syntheticDataset } from "/work/wt/whole/scripts/synthetic";
import { seededSquare } from "/work/wt/whole/src/model";
const n = Number(process.argv[2] ?? 5000);
const d = syntheticDataset(n);
const K = Math.max(1, Math.round(Math.sqrt(n) / 3));
function run(iterations: number, extra: object) {
  const g = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const start = seededSquare(n, 1, 60);
  d.actors.forEach((a, i) => g.mergeNode(a.id, { x: start[i]!.x, y: start[i]!.y }));
  for (const r of d.relations) if (r.from !== r.to) g.mergeEdge(r.from, r.to);
  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: true, barnesHutTheta: 1, scalingRatio: 10, gravity: 1, ...extra };
  const t = performance.now();
  const p = forceAtlas2(g, { iterations, settings });
  const ms = performance.now() - t;
  // community spread vs whole spread
  const cx = new Array(K).fill(0), cy = new Array(K).fill(0), cn = new Array(K).fill(0);
  let mx = 0, my = 0;
  d.actors.forEach((a, i) => { const q = p[a.id]!; cx[i % K] += q.x; cy[i % K] += q.y; cn[i % K]++; mx += q.x; my += q.y; });
  mx /= n; my /= n;
  let within = 0, total = 0;
  d.actors.forEach((a, i) => { const q = p[a.id]!; const k = i % K; within += (q.x - cx[k] / cn[k]) ** 2 + (q.y - cy[k] / cn[k]) ** 2; total += (q.x - mx) ** 2 + (q.y - my) ** 2; });
  console.log(iterations, JSON.stringify(extra), Math.round(ms) + " ms", "within/total var", (within / total).toFixed(3));
}
run(40, {});
run(100, {});
run(40, { linLogMode: true });
run(100, { linLogMode: true });
run(40, { outboundAttractionDistribution: true });
run(40, { gravity: 0.05 });
